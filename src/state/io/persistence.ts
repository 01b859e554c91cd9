/**
 * Imported datasets saved in IndexedDB (idb-keyval), so they are there after a reload. Every record is
 * validated when read: a damaged record or an unusable database is reported, never fatal.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { validateNetwork, type SessionImport } from '../../core/io/session.ts';

export interface ImportPersistence {
  loadAll(): Promise<{ items: SessionImport[]; problems: string[] }>;
  save(item: SessionImport): Promise<void>;
  remove(id: string): Promise<void>;
}

const RECORD_VERSION = 1;

export function checkRecord(key: unknown, value: unknown): SessionImport | string {
  const v = value as Record<string, unknown> | null;
  if (typeof key !== 'string' || !v || typeof v !== 'object') return `record ${String(key)} is not an object`;
  if (v.version !== RECORD_VERSION) return `record ${key} has unknown version ${String(v.version)}`;
  if (typeof v.id !== 'string' || typeof v.name !== 'string') return `record ${key} has no id or name`;
  const network = validateNetwork(v.network, `record ${key}`);
  if (typeof network === 'string') return network;
  return { id: v.id, name: v.name, fileName: typeof v.fileName === 'string' ? v.fileName : v.name, importedAt: typeof v.importedAt === 'string' ? v.importedAt : '', network };
}

export function indexedDbPersistence(dbName = 'sdg-explorer-imports'): ImportPersistence | null {
  if (typeof indexedDB === 'undefined') return null;
  let store: UseStore;
  try {
    store = createStore(dbName, 'datasets');
  } catch {
    return null;
  }
  return {
    async loadAll() {
      const problems: string[] = [];
      const items: SessionImport[] = [];
      let all: [IDBValidKey, unknown][];
      try {
        all = await entries(store);
      } catch (e) {
        return { items, problems: [`the local store could not be read (${(e as Error).message})`] };
      }
      for (const [key, value] of all) {
        const item = checkRecord(key, value);
        if (typeof item === 'string') problems.push(`${item}; skipped`);
        else items.push(item);
      }
      return { items, problems };
    },
    save: (item) => set(item.id, { version: RECORD_VERSION, ...item }, store),
    remove: (id) => del(id, store),
  };
}
