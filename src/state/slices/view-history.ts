/**
 * View slice: the undoable view (selection, depth, direction, layout, goal level) with its history,
 * and the display settings beside it (size metric, layout lock, fit requests).
 */
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import { aggregateGraph } from '../../core/analysis/aggregate.ts';
import { DEFAULT_VIEW, nextSelection, sameView } from '../view.ts';
import type { MetricName } from '../../core/metrics/index.ts';
import type { SliceCreator, View, ViewSlice } from '../types.ts';
import { highlightOf } from './analysis.ts';
import { normaliseView, type ShowGraph } from './show-graph.ts';

const HISTORY_LIMIT = 100;

export const createViewSlice = (show: ShowGraph, initialSize?: MetricName): SliceCreator<ViewSlice> => (set, get) => {
  function applyView(next: View, record: boolean) {
    const s = get();
    const prev = s.view;
    let v = normaliseView(next, s.graph);
    if (sameView(prev, v)) return;
    const history = record ? { past: [...s.past, prev].slice(-HISTORY_LIMIT), future: [] } : {};
    if (v.goalLevel !== prev.goalLevel && s.baseGraph && s.catalogue) {
      const base = s.baseGraph;
      const canAggregate = base.getAttribute('level') === 'indicator';
      const graph = v.goalLevel && canAggregate ? (aggregateGraph(base, 'goal', s.catalogue) as unknown as InterlinkageGraph) : base;
      if (!canAggregate) v = { ...v, goalLevel: false };
      // Selected indicators map to their goals, and goals back to nothing, so the highlight stays meaningful.
      const select = v.goalLevel
        ? [...new Set(v.select.map((c) => base.hasNode(c) ? base.getNodeAttribute(c, 'goal') ?? c : c))]
        : v.select;
      show(graph, history, { ...v, select });
      return;
    }
    set({ ...history, view: v, highlight: s.graph ? highlightOf(s.graph, v) : null });
  }

  return {
    view: DEFAULT_VIEW,
    past: [],
    future: [],
    sizeMetric: initialSize ?? 'out',
    fileStyle: { colours: true, sizes: true },
    layoutLocked: false,
    fitRequest: 0,

    setView(patch, options) {
      applyView({ ...get().view, ...patch }, options?.record ?? true);
    },

    selectNode(code, additive = false) {
      get().setView({ select: nextSelection(get().view.select, code, additive) });
    },

    clearSelection() {
      get().setView({ select: [] });
    },

    undo() {
      const { past, view, future } = get();
      if (!past.length) return;
      const prev = past[past.length - 1];
      set({ past: past.slice(0, -1), future: [view, ...future].slice(0, HISTORY_LIMIT) });
      applyView(prev, false);
    },

    redo() {
      const { past, view, future } = get();
      if (!future.length) return;
      const [next, ...rest] = future;
      set({ past: [...past, view].slice(-HISTORY_LIMIT), future: rest });
      applyView(next, false);
    },

    setSizeMetric(sizeMetric) {
      set({ sizeMetric });
    },

    setFileStyle(patch) {
      set({ fileStyle: { ...get().fileStyle, ...patch } });
    },

    setLayoutLocked(layoutLocked) {
      set({ layoutLocked });
    },

    requestFit() {
      set({ fitRequest: get().fitRequest + 1 });
    },
  };
};
