/**
 * The app state (zustand, vanilla store so tests and the app share one implementation). The data
 * source is injected: the app fetches bundled files, Node tests read the same files from disk.
 *
 * The UI only reads state and calls actions here; every analysis (ego networks, paths, portfolio,
 * aggregation, metrics) is a call into the core made from this file or its helpers.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { buildGraph } from '../core/graph/build.ts';
import type { InterlinkageGraph } from '../core/graph/types.ts';
import { goalClusterLayout, type Positions } from '../core/layout/goal-clusters.ts';
import type { Catalogue, DatasetEntry, Lang, LinkDataset } from '../core/model/types.ts';
import type { MetricName, NodeMetrics } from '../core/metrics/index.ts';
import { classifyNodes, type NodeClass } from '../core/analysis/classify.ts';
import { egoNetwork } from '../core/analysis/ego.ts';
import { filterNodes } from '../core/analysis/filter.ts';
import { allShortestPaths, kShortestPaths, type InfluencePath } from '../core/analysis/paths.ts';
import { greedyPortfolio, type Portfolio } from '../core/analysis/portfolio.ts';
import { aggregateGraph } from '../core/analysis/aggregate.ts';
import { DEFAULT_VIEW, MAX_DEPTH, nextSelection, sameView, type View } from './view.ts';
import { computeMetrics } from './metrics-runner.ts';
import { createPresentSlice, type PresentSlice } from './present.ts';
import type { SessionImport } from '../core/io/session.ts';
import { graphFromImport } from '../core/io/import-graph.ts';
import { entryOf, isImportedId } from './io/import-entry.ts';

export interface DataSource {
  fetchDatasetList(): Promise<DatasetEntry[]>;
  fetchCatalogue(): Promise<Catalogue>;
  fetchLinkDataset(entry: DatasetEntry): Promise<LinkDataset>;
}

export type Status = 'idle' | 'loading' | 'ready' | 'error';

export interface Highlight {
  /** node → steps from the nearest selected node (selected at 0) */
  distance: Record<string, number>;
  /** "source→target" keys of highlighted links */
  links: string[];
}

export interface Filters {
  goals: string[];
  classes: NodeClass[];
}

export interface PathResult {
  from: string;
  to: string;
  distance: number | null;
  paths: InfluencePath[];
  truncated: boolean;
  /** the k shortest routes of up to MAX_ROUTE_LINKS links, not only the shortest ones */
  longer?: boolean;
}

/** "Longer routes too": how many routes and how long; chains of five or more links explain little. */
export const ROUTES_K = 10;
export const MAX_ROUTE_LINKS = 4;

export interface AppState extends PresentSlice {
  status: Status;
  /** last failure, shown to the user; the previous dataset stays on screen */
  error: string | null;
  datasets: DatasetEntry[];
  catalogue: Catalogue | null;
  datasetId: string | null;
  /** the graph on screen: the dataset's, or its goal-level aggregate */
  graph: InterlinkageGraph | null;
  /** the dataset's own graph, kept while the goal-level aggregate is shown */
  baseGraph: InterlinkageGraph | null;
  positions: Positions | null;
  lang: Lang;

  view: View;
  /** undo / redo stacks of views (Ctrl+Z / Ctrl+Shift+Z) */
  past: View[];
  future: View[];
  highlight: Highlight | null;
  classes: Record<string, NodeClass>;
  metrics: NodeMetrics[] | null;
  metricsByCode: Record<string, NodeMetrics> | null;
  sizeMetric: MetricName;
  filters: Filters;
  /** codes that pass the filters, or null when no filter is set */
  visible: Set<string> | null;
  layoutLocked: boolean;
  pathResult: PathResult | null;
  portfolio: Portfolio | null;
  /** bumped to ask the canvas to fit the highlighted part */
  fitRequest: number;
  /** networks the user imported, by dataset id ("import:…"); listed after the bundled datasets */
  imports: Record<string, SessionImport>;

  /** Loads the catalogue and the dataset list, then opens a dataset unless `open` is false (a `?src=` link opens its own). */
  init(preferredId?: string, initialView?: Partial<View>, options?: { open?: boolean }): Promise<void>;
  /** Opens a bundled dataset or an imported network by its id. */
  openDataset(id: string, initialView?: Partial<View>): Promise<void>;
  /** Adds (or replaces) imported networks and lists them; opening is a separate step. */
  registerImports(items: SessionImport[]): void;
  forgetImport(id: string): void;
  setLang(lang: Lang): void;
  dismissError(): void;
  setView(patch: Partial<View>, options?: { record?: boolean }): void;
  selectNode(code: string, additive?: boolean): void;
  clearSelection(): void;
  undo(): void;
  redo(): void;
  setSizeMetric(metric: MetricName): void;
  setFilters(patch: Partial<Filters>): void;
  setLayoutLocked(locked: boolean): void;
  findPaths(from: string, to: string, options?: { longer?: boolean }): void;
  clearPaths(): void;
  runPortfolio(k: number, depth: number): void;
  requestFit(): void;
}

export type AppStore = StoreApi<AppState>;

const HISTORY_LIMIT = 100;

/** The dataset list with the imports after the bundled datasets, in the order they were added. */
function withImports(datasets: DatasetEntry[], imports: Record<string, SessionImport>): DatasetEntry[] {
  return [...datasets.filter((d) => !isImportedId(d.id)), ...Object.values(imports).map(entryOf)];
}

export function highlightOf(graph: InterlinkageGraph, view: View): Highlight | null {
  const seeds = view.select.filter((c) => graph.hasNode(c));
  if (!seeds.length) return null;
  const ego = egoNetwork(graph, seeds, { depth: view.depth, direction: view.direction });
  // Only links followed in the chosen direction light up (a→b with b one step further out), so the
  // arrows read as "influence flows this way" rather than every link among the neighbours.
  const d = ego.distance;
  const links = ego.links
    .filter((l) => (view.direction === 'in' ? d[l.source] === d[l.target] + 1
      : view.direction === 'out' ? d[l.target] === d[l.source] + 1
        : Math.abs(d[l.target] - d[l.source]) === 1))
    .map((l) => `${l.source}→${l.target}`);
  return { distance: d, links };
}

function visibleOf(graph: InterlinkageGraph, filters: Filters): Set<string> | null {
  if (!filters.goals.length && !filters.classes.length) return null;
  return new Set(filterNodes(graph, { goals: filters.goals, classes: filters.classes }));
}

function normaliseView(view: View, graph: InterlinkageGraph | null): View {
  const depth = Math.min(MAX_DEPTH, Math.max(1, Math.round(view.depth) || 1));
  const select = graph ? view.select.filter((c) => graph.hasNode(c)) : view.select;
  return { ...view, depth, select };
}

export function createAppStore(source: DataSource, initial: Partial<Pick<AppState, 'lang' | 'filters' | 'sizeMetric'>> = {}): AppStore {
  // Guards against a slow earlier request overwriting a later choice.
  let requestSeq = 0;
  let metricsSeq = 0;
  return createStore<AppState>()((set, get) => {
    /** Puts a graph on screen with everything derived from it; metrics follow asynchronously. */
    function showGraph(graph: InterlinkageGraph, extra: Partial<AppState>, view: View) {
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
        highlight: highlightOf(graph, v),
        visible: visibleOf(graph, filters),
        pathResult: null,
        portfolio: null,
      });
      const seq = ++metricsSeq;
      computeMetrics(graph).then(
        (metrics) => {
          if (seq !== metricsSeq) return;
          set({ metrics, metricsByCode: Object.fromEntries(metrics.map((m) => [m.code, m])) });
        },
        (e) => seq === metricsSeq && set({ error: `Metrics could not be computed: ${(e as Error).message}` }),
      );
    }

    /** An imported network on screen: its own graph (no goal level of its own) and, if it has one, its layout. */
    function showImport(item: SessionImport, initialView?: Partial<View>) {
      const s = get();
      const { graph, positions } = graphFromImport(item.network, s.catalogue ?? undefined);
      graph.setAttribute('datasetId', item.id);
      graph.setAttribute('name', item.name);
      const view: View = { ...DEFAULT_VIEW, layout: s.view.layout, depth: s.view.depth, direction: s.view.direction, ...initialView, goalLevel: false };
      showGraph(graph, {
        baseGraph: graph, datasetId: item.id, status: 'ready', error: null, past: [], future: [],
        filters: { goals: [], classes: [] }, ...(positions ? { positions } : {}),
      }, view);
    }

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
        showGraph(graph, history, { ...v, select });
        return;
      }
      set({ ...history, view: v, highlight: s.graph ? highlightOf(s.graph, v) : null });
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
      lang: initial.lang ?? 'en',
      view: DEFAULT_VIEW,
      past: [],
      future: [],
      highlight: null,
      classes: {},
      metrics: null,
      metricsByCode: null,
      sizeMetric: initial.sizeMetric ?? 'out',
      filters: initial.filters ?? { goals: [], classes: [] },
      visible: null,
      layoutLocked: false,
      pathResult: null,
      portfolio: null,
      fitRequest: 0,
      imports: {},
      ...createPresentSlice(set, get),

      async init(preferredId, initialView, options) {
        set({ status: 'loading', error: null });
        try {
          const [bundled, catalogue] = await Promise.all([source.fetchDatasetList(), source.fetchCatalogue()]);
          performance.mark('sdg:catalogue-loaded');
          const datasets = withImports(bundled, get().imports);
          set({ datasets, catalogue });
          const first = datasets.find((d) => d.id === preferredId) ?? datasets[0];
          if (!first) throw new Error('data/datasets.json lists no dataset');
          if (options?.open !== false) await get().openDataset(first.id, initialView);
        } catch (e) {
          set({ status: 'error', error: (e as Error).message });
        }
      },

      async openDataset(id, initialView) {
        const imported = get().imports[id];
        if (imported) {
          ++requestSeq; // a bundled dataset still loading must not replace it
          try {
            showImport(imported, initialView);
          } catch (e) {
            set({ error: `Could not open "${imported.name}": ${(e as Error).message}` });
          }
          return;
        }
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
          const base = buildGraph(catalogue, dataset);
          performance.mark('sdg:graph-built');
          if (seq !== requestSeq) return;
          const view: View = { ...DEFAULT_VIEW, layout: get().view.layout, depth: get().view.depth, direction: get().view.direction, ...initialView };
          const goalLevel = view.goalLevel && dataset.level === 'indicator';
          const graph = goalLevel ? (aggregateGraph(base, 'goal', catalogue) as unknown as InterlinkageGraph) : base;
          showGraph(graph, { baseGraph: base, datasetId: id, status: 'ready', error: null, past: [], future: [] }, { ...view, goalLevel });
        } catch (e) {
          if (seq !== requestSeq) return;
          // Nothing is lost: the dataset already on screen stays.
          set({ status: hadGraph ? 'ready' : 'error', error: `Could not open "${entry.name}": ${(e as Error).message}` });
        }
      },

      registerImports(items) {
        if (!items.length) return;
        const imports = { ...get().imports };
        for (const item of items) imports[item.id] = item;
        set({ imports, datasets: withImports(get().datasets, imports) });
      },

      forgetImport(id) {
        const { [id]: _gone, ...imports } = get().imports;
        set({ imports, datasets: withImports(get().datasets, imports) });
      },

      setLang(lang) {
        set({ lang });
      },

      dismissError() {
        set({ error: null });
      },

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

      setFilters(patch) {
        const filters = { ...get().filters, ...patch };
        const graph = get().graph;
        set({ filters, visible: graph ? visibleOf(graph, filters) : null });
      },

      setLayoutLocked(layoutLocked) {
        set({ layoutLocked });
      },

      findPaths(from, to, options) {
        const graph = get().graph;
        if (!graph) return;
        const r = allShortestPaths(graph, from, to, 20);
        if (options?.longer && r.distance !== null) {
          const paths = kShortestPaths(graph, from, to, ROUTES_K, Math.max(MAX_ROUTE_LINKS, r.distance));
          set({ pathResult: { from, to, distance: r.distance, paths, truncated: false, longer: true } });
          return;
        }
        set({ pathResult: { from, to, distance: r.distance, paths: r.paths, truncated: r.truncated } });
      },

      clearPaths() {
        set({ pathResult: null });
      },

      runPortfolio(k, depth) {
        const graph = get().graph;
        if (!graph) return;
        set({ portfolio: greedyPortfolio(graph, { k, depth, direction: 'out' }) });
      },

      requestFit() {
        set({ fitRequest: get().fitRequest + 1 });
      },
    };
  });
}

export const currentEntry = (s: AppState): DatasetEntry | undefined => s.datasets.find((d) => d.id === s.datasetId);
