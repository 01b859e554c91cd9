/**
 * Imported datasets in the app store, without changing the store's own code (owned elsewhere):
 *
 *  - `installImportedDatasets(store, persistence)` wraps the store's `openDataset` action (via
 *    `store.setState({ openDataset })`) so ids starting with "import:" open from memory, and anything
 *    else goes to the original action; it loads saved imports from IndexedDB and keeps their entries
 *    in `datasets` (re-appending them when `init()` replaces the list).
 *  - `addImportedDataset(store, network, fileName)` registers, persists and opens a new import.
 *
 * Opening an import sets the same fields the store's own `showGraph` sets. A failed or cancelled import
 * never reaches this module, so the dataset and view on screen are untouched.
 */
import type { AppState, AppStore } from '../store.ts';
import type { DatasetEntry } from '../../core/model/types.ts';
import type { ImportedNetwork } from '../../core/io/result.ts';
import { graphFromImport } from '../../core/io/import-graph.ts';
import type { SessionImport } from '../../core/io/session.ts';
import { goalClusterLayout } from '../../core/layout/goal-clusters.ts';
import { classifyNodes } from '../../core/analysis/classify.ts';
import { computeMetrics } from '../metrics-runner.ts';
import { DEFAULT_VIEW, type View } from '../view.ts';
import type { ImportPersistence } from './persistence.ts';

export const IMPORT_PREFIX = 'import:';
export const isImportedId = (id: string | null | undefined) => !!id && id.startsWith(IMPORT_PREFIX);

interface Registry {
  imports: Map<string, SessionImport>;
  persistence: ImportPersistence | null;
  originalOpen: AppState['openDataset'];
  seq: number;
}

const registries = new WeakMap<AppStore, Registry>();

export function entryOf(item: SessionImport): DatasetEntry {
  const n = item.network;
  return {
    id: item.id, name: `${item.name} (imported)`, description: `Imported from ${item.fileName}`,
    provenance: `imported from ${item.fileName}${item.importedAt ? ` on ${item.importedAt.slice(0, 10)}` : ''}`,
    licence: 'as the source file', illustrative: n.illustrative === true || n.dataset?.illustrative === true,
    level: n.level === 'goal' ? 'goal' : 'indicator', file: '', nodes: n.nodes.length, links: n.links.length,
  };
}

function syncEntries(store: AppStore, reg: Registry) {
  const { datasets } = store.getState();
  const bundled = datasets.filter((d) => !isImportedId(d.id));
  const next = [...bundled, ...[...reg.imports.values()].map(entryOf)];
  const same = next.length === datasets.length && next.every((d, i) => d.id === datasets[i].id && d.name === datasets[i].name);
  if (!same) store.setState({ datasets: next });
}

function showImported(store: AppStore, reg: Registry, item: SessionImport, initialView?: Partial<View>) {
  const s = store.getState();
  const { graph, positions } = graphFromImport(item.network, s.catalogue ?? undefined);
  graph.setAttribute('datasetId', item.id);
  graph.setAttribute('name', item.name);
  const view: View = {
    ...DEFAULT_VIEW, layout: s.view?.layout ?? DEFAULT_VIEW.layout, depth: s.view?.depth ?? 1, direction: s.view?.direction ?? 'out',
    ...initialView, goalLevel: false,
  };
  view.select = view.select.filter((c) => graph.hasNode(c));
  const seq = ++reg.seq;
  const base = {
    graph, baseGraph: graph, datasetId: item.id, status: 'ready', error: null, past: [], future: [],
    filters: { goals: [], classes: [] }, visible: null, pathResult: null, portfolio: null,
  } as Partial<AppState>;
  if (typeof s.setView === 'function') {
    // Let the store's own code put the graph on screen (classes, highlight, metrics with its stale-result
    // guard): with `baseGraph` set and the view at goal level, leaving goal level shows `baseGraph`.
    // `graph` itself changes once, in that one update: two graph changes in a row race the canvas.
    const { graph: _g, ...rest } = base;
    store.setState({ ...rest, view: { ...view, goalLevel: true } });
    store.getState().setView({ ...view, goalLevel: false }, { record: false });
    if (positions) {
      // The file's own layout, once the canvas has taken the new graph.
      setTimeout(() => { if (store.getState().graph === graph) store.setState({ positions }); }, 50);
    }
    return;
  }
  store.setState({ ...base, positions: positions ?? goalClusterLayout(graph), classes: classifyNodes(graph), metrics: null, metricsByCode: null, view, highlight: null } as Partial<AppState>);
  computeMetrics(graph).then(
    (metrics) => { if (seq === reg.seq && store.getState().graph === graph) store.setState({ metrics, metricsByCode: Object.fromEntries(metrics.map((m) => [m.code, m])) }); },
    () => {},
  );
}

/** Wraps `openDataset` and loads saved imports; idempotent per store. Returns a function that undoes it. */
export function installImportedDatasets(store: AppStore, persistence: ImportPersistence | null): () => void {
  if (registries.has(store)) return () => {};
  const originalOpen = store.getState().openDataset;
  const reg: Registry = { imports: new Map(), persistence, originalOpen, seq: 0 };
  registries.set(store, reg);
  const openDataset: AppState['openDataset'] = async (id, initialView) => {
    const item = reg.imports.get(id);
    if (!item) { reg.seq++; return originalOpen(id, initialView); }
    try {
      showImported(store, reg, item, initialView);
    } catch (e) {
      store.setState({ error: `Could not open "${item.name}": ${(e as Error).message}` });
    }
  };
  store.setState({ openDataset });
  const unsubscribe = store.subscribe((s, prev) => { if (s.datasets !== prev.datasets) syncEntries(store, reg); });
  if (persistence) {
    void persistence.loadAll().then(({ items, problems }) => {
      for (const item of items) if (!reg.imports.has(item.id)) reg.imports.set(item.id, item);
      syncEntries(store, reg);
      if (problems.length) store.setState({ error: `Saved imports: ${problems.join('; ')}. The app works without them.` });
    });
  }
  return () => {
    unsubscribe();
    if (store.getState().openDataset === openDataset) store.setState({ openDataset: originalOpen });
    registries.delete(store);
  };
}

function uniqueId(reg: Registry, name: string): string {
  const base = `${IMPORT_PREFIX}${name.toLowerCase().replace(/\.[a-z0-9]+$/, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'file'}`;
  let id = base;
  for (let i = 2; reg.imports.has(id); i++) id = `${base}-${i}`;
  return id;
}

function registryOf(store: AppStore): Registry {
  let reg = registries.get(store);
  if (!reg) { installImportedDatasets(store, null); reg = registries.get(store)!; }
  return reg;
}

/** Registers (and persists) an imported network, then opens it. Returns its dataset id. */
export async function addImportedDataset(store: AppStore, network: ImportedNetwork, fileName: string, options: { open?: boolean; id?: string; view?: Partial<View> } = {}): Promise<string> {
  const reg = registryOf(store);
  const name = network.dataset?.name && network.format === 'dataset-json' ? network.dataset.name : fileName.replace(/^.*[\\/]/, '');
  const id = options.id ?? uniqueId(reg, name);
  const item: SessionImport = { id, name, fileName, importedAt: new Date().toISOString(), network };
  reg.imports.set(id, item);
  syncEntries(store, reg);
  if (reg.persistence) {
    reg.persistence.save(item).catch((e: Error) => store.setState({ error: `The import works now but could not be saved for next time: ${e.message}` }));
  }
  if (options.open !== false) await store.getState().openDataset(id, options.view);
  return id;
}

export function importedDatasets(store: AppStore): SessionImport[] {
  return [...(registries.get(store)?.imports.values() ?? [])];
}

export async function removeImportedDataset(store: AppStore, id: string): Promise<void> {
  const reg = registryOf(store);
  reg.imports.delete(id);
  syncEntries(store, reg);
  await reg.persistence?.remove(id);
}
