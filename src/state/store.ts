/**
 * The app store: one vanilla zustand store (so tests and the app share one implementation) composed
 * of feature slices — datasets (slices/datasets.ts), view and history (slices/view-history.ts),
 * filters (slices/filters.ts), analysis (slices/analysis.ts) and presentation (present.ts). The data
 * source is injected: the app fetches bundled files, Node tests read the same files from disk.
 *
 * The UI only reads state and calls actions; every analysis is a call into the core made by a slice.
 */
import { createStore } from 'zustand/vanilla';
import type { DatasetEntry } from '../core/model/types.ts';
import type { AppState, AppStore, DataSource } from './types.ts';
import { createDatasetsSlice } from './slices/datasets.ts';
import { createViewSlice } from './slices/view-history.ts';
import { createFiltersSlice } from './slices/filters.ts';
import { createAnalysisSlice } from './slices/analysis.ts';
import { createGraphPresenter } from './slices/show-graph.ts';
import { createPresentSlice } from './present.ts';
import { createCameraSlice } from './slices/camera.ts';
import { createSystemSlice } from './slices/system.ts';
import { createEvidenceSlice } from './slices/evidence.ts';

export type { AppState, AppStore, DataSource,  Highlight,   } from './types.ts';
export { highlightOf, MAX_ROUTE_LINKS, ROUTES_K } from './slices/analysis.ts';

export function createAppStore(source: DataSource, initial: Partial<Pick<AppState, 'lang' | 'filters' | 'sizeMetric'>> = {}): AppStore {
  return createStore<AppState>()((set, get) => {
    const show = createGraphPresenter(set, get);
    return {
      ...createDatasetsSlice(source, show, initial.lang)(set, get),
      ...createViewSlice(show, initial.sizeMetric)(set, get),
      ...createFiltersSlice(initial.filters)(set, get),
      ...createAnalysisSlice(set, get),
      ...createPresentSlice(set, get),
      ...createCameraSlice(set, get),
      ...createSystemSlice(source)(set, get),
      ...createEvidenceSlice(set, get),
    };
  });
}

export const currentEntry = (s: AppState): DatasetEntry | undefined => s.datasets.find((d) => d.id === s.datasetId);
