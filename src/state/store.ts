/**
 * The app state (zustand, vanilla store so tests and the app share one implementation). The data
 * source is injected: the app fetches bundled files, Node tests read the same files from disk.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { buildGraph } from '../core/graph/build.ts';
import type { InterlinkageGraph } from '../core/graph/types.ts';
import { goalClusterLayout, type Positions } from '../core/layout/goal-clusters.ts';
import type { Catalogue, DatasetEntry, Lang, LinkDataset } from '../core/model/types.ts';

export interface DataSource {
  fetchDatasetList(): Promise<DatasetEntry[]>;
  fetchCatalogue(): Promise<Catalogue>;
  fetchLinkDataset(entry: DatasetEntry): Promise<LinkDataset>;
}

export type Status = 'idle' | 'loading' | 'ready' | 'error';

export interface AppState {
  status: Status;
  /** last failure, shown to the user; the previous dataset stays on screen */
  error: string | null;
  datasets: DatasetEntry[];
  catalogue: Catalogue | null;
  datasetId: string | null;
  graph: InterlinkageGraph | null;
  positions: Positions | null;
  lang: Lang;
  init(preferredId?: string): Promise<void>;
  openDataset(id: string): Promise<void>;
  setLang(lang: Lang): void;
  dismissError(): void;
}

export type AppStore = StoreApi<AppState>;

export function createAppStore(source: DataSource, initial: Partial<Pick<AppState, 'lang'>> = {}): AppStore {
  // Guards against a slow earlier request overwriting a later choice.
  let requestSeq = 0;
  return createStore<AppState>()((set, get) => ({
    status: 'idle',
    error: null,
    datasets: [],
    catalogue: null,
    datasetId: null,
    graph: null,
    positions: null,
    lang: initial.lang ?? 'en',

    async init(preferredId) {
      set({ status: 'loading', error: null });
      try {
        const [datasets, catalogue] = await Promise.all([source.fetchDatasetList(), source.fetchCatalogue()]);
        performance.mark('sdg:catalogue-loaded');
        set({ datasets, catalogue });
        const first = datasets.find((d) => d.id === preferredId) ?? datasets[0];
        if (!first) throw new Error('data/datasets.json lists no dataset');
        await get().openDataset(first.id);
      } catch (e) {
        set({ status: 'error', error: (e as Error).message });
      }
    },

    async openDataset(id) {
      const { datasets, catalogue } = get();
      const entry = datasets.find((d) => d.id === id);
      if (!entry || !catalogue) {
        set({ error: `Unknown dataset "${id}"` });
        return;
      }
      const seq = ++requestSeq;
      const hadGraph = get().graph !== null;
      set({ status: 'loading' });
      try {
        const dataset = await source.fetchLinkDataset(entry);
        performance.mark('sdg:links-loaded');
        const graph = buildGraph(catalogue, dataset);
        performance.mark('sdg:graph-built');
        if (seq !== requestSeq) return;
        set({ graph, positions: goalClusterLayout(graph), datasetId: id, status: 'ready', error: null });
      } catch (e) {
        if (seq !== requestSeq) return;
        // Nothing is lost: the dataset already on screen stays.
        set({ status: hadGraph ? 'ready' : 'error', error: `Could not open "${entry.name}": ${(e as Error).message}` });
      }
    },

    setLang(lang) {
      set({ lang });
    },

    dismissError() {
      set({ error: null });
    },
  }));
}

export const currentEntry = (s: AppState): DatasetEntry | undefined => s.datasets.find((d) => d.id === s.datasetId);
