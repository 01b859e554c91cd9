/**
 * Imported networks: the store holds them (`imports`, `registerImports`, and `openDataset` opens
 * them like any dataset); this module adds what the store does not know about — keeping them in
 * IndexedDB across reloads and naming new ones. A failed or cancelled import never reaches here, so
 * the dataset and view on screen are untouched.
 */
import { messageOf, stateMessage } from '../messages.ts';
import type { AppStore } from '../store.ts';
import type { ImportedNetwork } from '../../core/io/result.ts';
import type { SessionImport } from '../../core/io/session.ts';
import type { View } from '../view.ts';
import type { ImportPersistence } from './persistence.ts';
import { IMPORT_PREFIX, isImportedId } from './import-entry.ts';
import { recordDamagedImports } from './damaged-imports.ts';

export {  isImportedId,  } from './import-entry.ts';

const persistenceOf = new WeakMap<AppStore, ImportPersistence | null>();

const loaded = new WeakMap<AppStore, Promise<void>>();

/**
 * Loads the imports saved in this browser into the store; idempotent per store. The promise settles
 * once they are registered (or the store turned out unusable), so a reload can reopen one of them.
 */
export function installImportedDatasets(store: AppStore, persistence: ImportPersistence | null): Promise<void> {
  const done = loaded.get(store);
  if (done) return done;
  persistenceOf.set(store, persistence);
  const loading = !persistence ? Promise.resolve() : persistence.loadAll().then(({ items, problems }) => {
    const known = store.getState().imports;
    store.getState().registerImports(items.filter((item) => !known.has(item.id)));
    // One banner for all skipped records: the first problem says what was wrong, the count how many.
    if (problems.length) store.setState({ error: stateMessage('savedImportsProblems', { count: problems.length }, problems[0]) });
    // …and the session menu lists each damaged record with its reason, to delete it.
    recordDamagedImports(store, persistence, problems);
  }, () => {});
  loaded.set(store, loading);
  return loading;
}

function uniqueId(store: AppStore, name: string): string {
  const imports = store.getState().imports;
  const base = `${IMPORT_PREFIX}${name.toLowerCase().replace(/\.[a-z0-9]+$/, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'file'}`;
  let id = base;
  for (let i = 2; imports.has(id); i++) id = `${base}-${i}`;
  return id;
}

/**
 * Registers an imported network, opens it, and only then saves it: a network that cannot be opened
 * is forgotten again instead of being saved and failing after every reload. Returns its dataset id.
 */
export async function addImportedDataset(store: AppStore, network: ImportedNetwork, fileName: string, options: { open?: boolean; id?: string; view?: Partial<View> } = {}): Promise<string> {
  const name = network.dataset?.name && network.format === 'dataset-json' ? network.dataset.name : fileName.replace(/^.*[\\/]/, '');
  const id = options.id ?? uniqueId(store, name);
  const item: SessionImport = { id, name, fileName, importedAt: new Date().toISOString(), network };
  store.getState().registerImports([item]);
  if (options.open !== false) {
    await store.getState().openDataset(id, options.view);
    if (store.getState().datasetId !== id) {
      store.getState().forgetImport(id);
      return id;
    }
  }
  saveImport(store, item);
  return id;
}

/** Keeps an import in IndexedDB; a failure is told, never silent. */
export function saveImport(store: AppStore, item: SessionImport): void {
  persistenceOf.get(store)?.save(item).catch((e: unknown) => store.setState({ error: stateMessage('importNotSaved', undefined, messageOf(e)) }));
}

export function importedDatasets(store: AppStore): SessionImport[] {
  return [...store.getState().imports.values()];
}

/**
 * Forgets an imported network here and in IndexedDB. When it is the one on screen, the first bundled
 * dataset opens first, so the picker never shows a dataset that is no longer listed.
 */
export async function removeImportedDataset(store: AppStore, id: string): Promise<void> {
  const s = store.getState();
  const fallback = s.datasets.find((d) => !isImportedId(d.id));
  if (s.datasetId === id && fallback) await s.openDataset(fallback.id);
  store.getState().forgetImport(id);
  await persistenceOf.get(store)?.remove(id);
}
