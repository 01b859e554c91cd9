/**
 * The graph canvas: a Cytoscape instance (canvas/useCyInstance.ts) and one controller per concern,
 * each subscribing to its own part of the store. Cytoscape only draws; what it shows is state.
 */
import { useEffect, useRef } from 'react';
import { useT } from './i18n.ts';
import { NodeTooltip } from './NodeTooltip.tsx';
import { LayoutProgressBar } from './graph/LayoutProgress.tsx';
import { usePublishCy } from './canvas/cy-context.tsx';
import { useCyInstance } from './canvas/useCyInstance.ts';
import { useNodeEvents } from './canvas/useNodeEvents.ts';
import { useEdgeEvents } from './canvas/useEdgeEvents.ts';
import { useEvidenceFilter } from './canvas/useEvidenceFilter.ts';
import { useHighlight } from './canvas/useHighlight.ts';
import { useMarks, usePaths, usePicks, useVisibleFilter } from './canvas/useClassSync.ts';
import { useNodeSizes } from './canvas/useNodeSizes.ts';
import { useLayout } from './canvas/useLayout.ts';
import { useFitRequests } from './canvas/useFitRequests.ts';
import { usePresentation } from './canvas/usePresentation.ts';
import { useScenePlayback } from './canvas/useScenePlayback.ts';
import { useFollowFit } from './canvas/useFollowFit.ts';
import { useScreenLabels } from './canvas/useScreenLabels.ts';
import { installWheelZoom } from './canvas/wheel-zoom.ts';
import { ZoomControls } from './canvas/ZoomControls.tsx';
import { GoalClusterLabels } from './canvas/GoalClusterLabels.tsx';
import { useSystemOverlay } from './canvas/useSystemOverlay.ts';

export function GraphCanvas() {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const { created, cy, drawn } = useCyInstance(container);
  const hover = useNodeEvents(created);
  useEdgeEvents(created);
  useEvidenceFilter(cy);
  // Order matters as it did in one component: highlight before filters, paths, sizes and layout.
  useHighlight(cy);
  useVisibleFilter(cy);
  usePaths(cy);
  usePicks(cy);
  useNodeSizes(cy);
  useLayout(cy);
  useFitRequests(cy);
  useFollowFit(cy);
  usePresentation(cy);
  useMarks(cy);
  // After presentation (which clears its labels on leaving) and after every class and camera change.
  useScreenLabels(cy, drawn);
  useScenePlayback(cy);
  useSystemOverlay(cy);

  const publish = usePublishCy();
  useEffect(() => {
    publish(cy);
    return () => publish(null);
  }, [cy, publish]);
  useEffect(() => (wrap.current && cy ? installWheelZoom(wrap.current, cy) : undefined), [cy]);

  return (
    <div className="canvas-wrap" ref={wrap}>
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph"
        data-ready={drawn ? 'true' : 'false'}
        role="img"
        aria-label={t('app.graphLabel')}
      />
      <GoalClusterLabels cy={cy} />
      <ZoomControls cy={cy} />
      <LayoutProgressBar />
      {hover && <NodeTooltip code={hover.code} x={hover.x} y={hover.y} />}
    </div>
  );
}
