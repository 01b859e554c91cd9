/** Filters slice: which goals and classes are shown; `visible` is derived once per change. */
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import { filterNodes } from '../../core/analysis/filter.ts';
import type { Filters, FiltersSlice, SliceCreator } from '../types.ts';

export const NO_FILTERS: Filters = { goals: [], classes: [] };

export function visibleOf(graph: InterlinkageGraph, filters: Filters): Set<string> | null {
  if (!filters.goals.length && !filters.classes.length) return null;
  return new Set(filterNodes(graph, { goals: filters.goals, classes: filters.classes }));
}

export const createFiltersSlice = (initial?: Filters): SliceCreator<FiltersSlice> => (set, get) => ({
  filters: initial ?? NO_FILTERS,
  visible: null,

  setFilters(patch) {
    const filters = { ...get().filters, ...patch };
    const graph = get().graph;
    set({ filters, visible: graph ? visibleOf(graph, filters) : null });
  },
});
