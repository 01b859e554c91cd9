/**
 * Putting a graph on screen, shared by the datasets slice (opening a dataset or an import) and the
 * view slice (switching to and from the goal level): the graph and everything derived from it change
 * in one update, and metrics follow from the worker. One presenter per store, so its sequence number
 * keeps a slow metrics run for an earlier graph from overwriting the current one.
 */
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import { goalClusterLayout } from '../../core/layout/goal-clusters.ts';
import { classifyNodes } from '../../core/analysis/classify.ts';
import { MAX_DEPTH } from '../../core/model/view-schema.ts';
import { computeMetrics } from '../metrics-runner.ts';
import type { AppState, SliceCreator, View } from '../types.ts';
import { freshAnalysis } from './analysis.ts';
import { visibleOf } from './filters.ts';
import { messageOf, stateMessage } from '../messages.ts';

export type ShowGraph = (graph: InterlinkageGraph, extra: Partial<AppState>, view: View) => void;

export function normaliseView(view: View, graph: InterlinkageGraph | null): View {
  const depth = Math.min(MAX_DEPTH, Math.max(1, Math.round(view.depth) || 1));
  const select = graph ? view.select.filter((c) => graph.hasNode(c)) : view.select;
  return { ...view, depth, select };
}

export const createGraphPresenter: SliceCreator<ShowGraph> = (set, get) => {
  let metricsSeq = 0;
  return (graph, extra, view) => {
    const v = normaliseView(view, graph);
    const filters = extra.filters ?? get().filters;
    set({
      ...extra,
      graph,
      // An imported file may bring its own layout.
      positions: extra.positions ?? goalClusterLayout(graph),
      classes: classifyNodes(graph),
      metrics: null,
      metricsByCode: null,
      view: v,
      visible: visibleOf(graph, filters),
      ...freshAnalysis(graph, v),
    });
    const seq = ++metricsSeq;
    computeMetrics(graph).then(
      (metrics) => {
        if (seq !== metricsSeq) return;
        set({ metrics, metricsByCode: Object.fromEntries(metrics.map((m) => [m.code, m])) });
      },
      (e) => seq === metricsSeq && set({ error: stateMessage('metricsFailed', undefined, messageOf(e)) }),
    );
  };
};
