/**
 * Datasets slice: the catalogue, the bundled datasets and the user's imports, the language, and
 * opening a dataset. Nothing is lost on failure: the dataset already on screen stays.
 */
import { buildGraph } from '../../core/graph/build.ts';
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import type { DatasetEntry, Lang } from '../../core/model/types.ts';
import { aggregateGraph } from '../../core/analysis/aggregate.ts';
import type { SessionImport } from '../../core/io/session.ts';
import { graphFromImportSteps, type ImportGraph } from '../../core/io/import-graph.ts';
import { goalClusterLayout } from '../../core/layout/goal-clusters.ts';
import { afterTask } from '../next-task.ts';
import { entryOf, isImportedId } from '../io/import-entry.ts';
import { DEFAULT_VIEW } from '../view.ts';
import type { DatasetsSlice, DataSource, SliceCreator, View } from '../types.ts';
import { NO_FILTERS } from './filters.ts';
import { datasetToOpen } from '../dataset-to-open.ts';
import { messageOf, stateMessage } from '../messages.ts';
import { datasetName } from '../../core/model/labels.ts';
import { MessageError } from '../../core/model/message.ts';
import type { ShowGraph } from './show-graph.ts';

/** The dataset list with the imports after the bundled datasets, in the order they were added. */
function withImports(datasets: DatasetEntry[], imports: ReadonlyMap<string, SessionImport>): DatasetEntry[] {
  return [...datasets.filter((d) => !isImportedId(d.id)), ...[...imports.values()].map(entryOf)];
}

/** Links built per task when an import is too big to build at once (showImport). */
const LINKS_PER_TASK = 12_500;

export const createDatasetsSlice = (source: DataSource, show: ShowGraph, lang?: Lang): SliceCreator<DatasetsSlice> => (set, get) => {
  // Guards against a slow earlier request overwriting a later choice.
  let requestSeq = 0;

  /** The view a newly opened dataset starts with: layout, depth and direction carry over. */
  const carriedView = (initialView?: Partial<View>): View => {
    const { layout, depth, direction } = get().view;
    return { ...DEFAULT_VIEW, layout, depth, direction, ...initialView };
  };

  /**
   * An imported network on screen: its own graph (no goal level of its own) and, if it has one, its
   * layout. A small one is shown at once; a big one is built in tasks of LINKS_PER_TASK links and laid
   * out in a task of its own, the status 'loading' meanwhile, so the page keeps answering (10k nodes /
   * 100k links: a 0.46 s build in one task before). `seq` is the request's number: a later choice
   * made meanwhile wins.
   */
  function showImport(item: SessionImport, seq: number, initialView?: Partial<View>): void | Promise<void> {
    const steps = graphFromImportSteps(item.network, get().catalogue ?? undefined, LINKS_PER_TASK);
    const first = steps.next();
    if (first.done) return present(item, first.value, initialView);
    set({ status: 'loading' });
    return (async () => {
      let r: IteratorResult<void, ImportGraph> = first;
      while (!r.done) {
        await afterTask();
        if (seq !== requestSeq) return;
        r = steps.next();
      }
      const built = r.value;
      // The layout, and then the page around the graph, in tasks of their own.
      await afterTask();
      if (seq !== requestSeq) return;
      const positions = built.positions ?? goalClusterLayout(built.graph);
      await afterTask();
      if (seq !== requestSeq) return;
      present(item, { ...built, positions }, initialView);
    })();
  }

  function present(item: SessionImport, { graph, positions }: ImportGraph, initialView?: Partial<View>) {
    graph.setAttribute('datasetId', item.id);
    graph.setAttribute('name', item.name);
    // Another dataset's filters do not carry over; the first dataset of a page keeps the link's.
    const fresh = get().datasetId !== null && get().datasetId !== item.id;
    show(graph, {
      baseGraph: graph, datasetId: item.id, status: 'ready', error: null, past: [], future: [],
      ...(fresh ? { filters: NO_FILTERS } : {}), ...(positions ? { positions } : {}),
    }, { ...carriedView(initialView), goalLevel: false });
  }

  return {
    status: 'idle',
    error: null,
    datasets: [],
    catalogue: null,
    datasetId: null,
    graph: null,
    baseGraph: null,
    positions: null,
    lang: lang ?? 'en',
    classes: {},
    metrics: null,
    metricsByCode: null,
    imports: new Map(),

    async init(preferredId, initialView, options) {
      set({ status: 'loading', error: null });
      try {
        const [bundled, catalogue] = await Promise.all([source.fetchDatasetList(), source.fetchCatalogue()]);
        performance.mark('sdg:catalogue-loaded');
        const datasets = withImports(bundled, get().imports);
        set({ datasets, catalogue });
        const toOpen = datasetToOpen(datasets, preferredId);
        if (toOpen.kind === 'none') throw new MessageError(stateMessage('datasetListEmpty', { file: 'data/datasets.json' }));
        if (options?.open === false) return;
        // A link or reload asking for an import this browser does not have says so: opening the
        // bundled (illustrative) network in its place would show other data under the same selection.
        if (toOpen.kind === 'missingImport') {
          set({ status: 'error', error: stateMessage('importNotInBrowser', { id: toOpen.id }) });
          return;
        }
        await get().openDataset(toOpen.entry.id, initialView);
      } catch (e) {
        set({ status: 'error', error: messageOf(e) });
      }
    },

    async openDataset(id, initialView) {
      const imported = get().imports.get(id);
      if (imported) {
        const seq = ++requestSeq; // a bundled dataset still loading must not replace it
        try {
          await showImport(imported, seq, initialView);
        } catch (e) {
          // Nothing is lost: the dataset already on screen stays.
          set({ status: get().graph ? 'ready' : 'error', error: stateMessage('datasetOpenFailed', { name: imported.name }, messageOf(e)) });
        }
        return;
      }
      const { datasets, catalogue } = get();
      const entry = datasets.find((d) => d.id === id);
      if (!entry || !catalogue) {
        set({ error: stateMessage('datasetUnknown', { id }) });
        return;
      }
      const seq = ++requestSeq;
      const hadGraph = get().graph !== null;
      set({ status: 'loading' });
      try {
        const dataset = await source.fetchLinkDataset(entry);
        performance.mark('sdg:links-loaded');
        // The graph is built in a task of its own: the bundled data usually arrive prefetched, and the
        // build then ran in the task that evaluated the app's code, one task of ≈ 0.1 s.
        await afterTask();
        if (seq !== requestSeq) return;
        const base = buildGraph(catalogue, dataset);
        performance.mark('sdg:graph-built');
        if (seq !== requestSeq) return;
        const view = carriedView(initialView);
        const goalLevel = view.goalLevel && dataset.level === 'indicator';
        const graph = goalLevel ? (aggregateGraph(base, 'goal', catalogue) as unknown as InterlinkageGraph) : base;
        show(graph, { baseGraph: base, datasetId: id, status: 'ready', error: null, past: [], future: [] }, { ...view, goalLevel });
      } catch (e) {
        if (seq !== requestSeq) return;
        // Nothing is lost: the dataset already on screen stays.
        set({ status: hadGraph ? 'ready' : 'error', error: stateMessage('datasetOpenFailed', { name: datasetName(entry, get().lang) }, messageOf(e)) });
      }
    },

    registerImports(items) {
      if (!items.length) return;
      const imports = new Map(get().imports);
      // Only import ids (core/io/session-imports.ts): an import can never pose as a bundled dataset.
      for (const item of items) if (isImportedId(item.id)) imports.set(item.id, item);
      set({ imports, datasets: withImports(get().datasets, imports) });
    },

    forgetImport(id) {
      const imports = new Map(get().imports);
      imports.delete(id);
      set({ imports, datasets: withImports(get().datasets, imports) });
    },

    setLang(lang) {
      set({ lang });
    },

    dismissError() {
      set({ error: null });
    },
  };
};
