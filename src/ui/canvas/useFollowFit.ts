/**
 * Fit to what changed: after a selection, a path, a portfolio or a filter, the camera frames the nodes
 * that answer the question (path nodes, picks, the highlighted neighbourhood, or what the filters
 * leave), inside the canvas a person can see. Off with the "follow changes" setting (state/slices/camera.ts);
 * presentation makes its own fit. The first draw already fits everything, so nothing new means no move.
 */
import { useEffect, useRef } from 'react';
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { useAppState } from '../../state/store-context.tsx';
import { visibleFit, type FitMargin } from './fit-visible.ts';
import { highlightedNodes } from '../graph/highlight-overlay.ts';
import { edgeCount } from '../graph/element-counts.ts';

/**
 * Above this many links a camera move redraws the whole graph at a new zoom, seconds of blocked page in
 * software rendering (2.6 s on 2k / 20k, 4–15 s on 10k / 100k in a loaded-machine profile): there the
 * camera moves only when part of what changed is off screen.
 */
const STILL_CAMERA_LINKS = 5_000;

/** Whether every node is inside the canvas as the camera stands now. */
function allOnScreen(cy: Core, nodes: NodeCollection): boolean {
  const w = cy.width(), h = cy.height();
  return nodes.every((n) => { const p = (n as NodeSingular).renderedPosition(); return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h; });
}

/** Room for a label above the top nodes and a clear edge round the rest. */
const FOLLOW_MARGIN: FitMargin = { side: 36, top: 44, bottom: 24 };

type Changed = 'path' | 'portfolio' | 'highlight' | 'visible';

function nodesFor(cy: Core, what: Changed): NodeCollection {
  const drawn = (sel: string) => cy.nodes(sel).filter((n) => !n.hasClass('filtered'));
  const part = what === 'path' ? drawn('.path') : what === 'portfolio' ? drawn('.pick') : highlightedNodes(cy).filter((n) => !n.hasClass('filtered'));
  return part.length ? part : drawn('node');
}

export function useFollowFit(cy: Core | null): void {
  const follow = useAppState((s) => s.followChanges);
  const presenting = useAppState((s) => s.presenting);
  const highlight = useAppState((s) => s.highlight);
  const pathResult = useAppState((s) => s.pathResult);
  const portfolio = useAppState((s) => s.portfolio);
  const visible = useAppState((s) => s.visible);
  const seen = useRef<{ cy: Core | null; values: unknown[] }>({ cy: null, values: [] });

  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const values = [highlight, pathResult, portfolio, visible];
    const before = seen.current;
    seen.current = { cy, values };
    // A new canvas starts from its own fit of everything; only a highlight it opened with is framed.
    const fresh = before.cy !== cy;
    const changed: Changed | undefined = fresh
      ? (highlight ? 'highlight' : undefined)
      : (['highlight', 'path', 'portfolio', 'visible'] as const).find((_, i) => values[i] !== before.values[i]);
    if (!changed || !follow || presenting || cy.width() <= 0) return;
    // A cleared path or portfolio frames what is left highlighted (or everything).
    const what = (changed === 'path' && !pathResult) || (changed === 'portfolio' && !portfolio) ? 'highlight' : changed;
    const part = nodesFor(cy, what);
    if (edgeCount(cy) > STILL_CAMERA_LINKS && allOnScreen(cy, part)) return;
    const vp = visibleFit(cy, part, FOLLOW_MARGIN);
    if (vp) cy.viewport(vp);
  }, [cy, follow, presenting, highlight, pathResult, portfolio, visible]);
}
