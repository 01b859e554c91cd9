/**
 * Screen labels (graph/screen-labels.ts) follow everything that changes who deserves one: the highlight,
 * filters, paths, picks, marks, the size metric and the camera. Camera moves are re-planned once they
 * pause (a wheel burst or a drag costs one plan, ~1 ms on the default data). Presentation has its own.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useAppState } from '../../state/store-context.tsx';
import { applyScreenLabels, clearScreenLabels } from '../graph/screen-labels.ts';
import { setPresentLabels } from '../graph/label-lod.ts';
import { prepareNextFrameInTasks } from '../graph/first-frame-in-tasks.ts';

/** Pause after the last viewport event before re-planning. */
const SETTLE_MS = 60;

/**
 * The budget of each task that prepares the frame after a plan. The bundled network's first plan
 * restyled ~60 hubs and re-measured ~1k of their links in the frame after it, one task of 70–130 ms.
 */
const LABEL_TASK_MS = 35;

/** `drawn`: the instance has drawn its first frame (a big graph's nodes are ready only then, first-frame-in-tasks.ts). */
export function useScreenLabels(cy: Core | null, drawn = true): void {
  const graph = useAppState((s) => s.graph);
  const lang = useAppState((s) => s.lang);
  const presenting = useAppState((s) => s.presenting);
  const highlight = useAppState((s) => s.highlight);
  const visible = useAppState((s) => s.visible);
  const pathResult = useAppState((s) => s.pathResult);
  const portfolio = useAppState((s) => s.portfolio);
  const marks = useAppState((s) => s.marks);
  const metricsByCode = useAppState((s) => s.metricsByCode);
  const sizeMetric = useAppState((s) => s.sizeMetric);

  // The label text (code, short title) in the current language, written once per graph and language.
  useEffect(() => {
    if (cy && !cy.destroyed() && graph) setPresentLabels(cy, graph, lang);
  }, [cy, graph, lang]);

  useEffect(() => {
    // Before the first frame the placer would compute every node's style and bounds in one task.
    if (!cy || cy.destroyed() || !drawn) return;
    if (presenting) {
      clearScreenLabels(cy);
      return;
    }
    // After the frame that shows the change, in a task of its own: the placer (tens of ms on a busy
    // selection) then never delays a click's highlight nor lengthens the click's task. What it
    // restyles on the canvas is prepared in short tasks before the frame that shows it, which then
    // only draws (graph/first-frame-in-tasks.ts).
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelPrepare = () => {};
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        cancelPrepare = prepareNextFrameInTasks(cy, applyScreenLabels(cy).restyled, LABEL_TASK_MS);
      }, 0);
    });
    const later = () => { clearTimeout(timer); timer = setTimeout(() => applyScreenLabels(cy), SETTLE_MS); };
    cy.on('viewport resize', later);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      cancelPrepare();
      if (!cy.destroyed()) cy.off('viewport resize', later);
    };
  }, [cy, drawn, presenting, lang, highlight, visible, pathResult, portfolio, marks, metricsByCode, sizeMetric]);
}
