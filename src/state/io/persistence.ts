/**
 * Imported datasets saved in IndexedDB (idb-keyval), so they are there after a reload. Every record is
 * validated when read: a damaged record or an unusable database is reported, never fatal.
 */
import * as v from 'valibot';
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { SessionImport } from '../../core/io/session.ts';
import { asNetwork, ImportEntrySchema, issueWhere } from '../../core/io/schemas.ts';
import { message, type AppMessage } from '../../core/model/message.ts';

export interface ImportPersistence {
  /** every usable record; each damaged one is skipped with a message (`messages.storedRecordSkipped`…) */
  loadAll(): Promise<{ items: SessionImport[]; problems: AppMessage[] }>;
  save(item: SessionImport): Promise<void>;
  remove(id: string): Promise<void>;
}

const RECORD_VERSION = 1;

/** One stored record: the session's import entry plus the record version. */
const StoredImportSchema = v.looseObject({ ...ImportEntrySchema.entries, version: v.literal(RECORD_VERSION) });

/** @internal exported for its unit test */
export function checkRecord(key: unknown, value: unknown): SessionImport | AppMessage {
  if (typeof key !== 'string') return message('storedRecordSkipped', { key: String(key), where: '(key)' });
  const r = v.safeParse(StoredImportSchema, value);
  if (!r.success) return message('storedRecordSkipped', { key, where: issueWhere(r.issues) });
  const item = r.output;
  return {
    id: item.id, name: item.name, fileName: typeof item.fileName === 'string' ? item.fileName : item.name,
    importedAt: typeof item.importedAt === 'string' ? item.importedAt : '', network: asNetwork(item.network),
  };
}
/** An idb-keyval store, or null where IndexedDB is missing or refused (private modes, Node). */
export function keyvalStore(dbName: string, storeName: string): UseStore | null {
  if (typeof indexedDB === 'undefined') return null;
  try {
    return createStore(dbName, storeName);
  } catch {
    return null;
  }
}

export function indexedDbPersistence(dbName = 'sdg-explorer-imports'): ImportPersistence | null {
  const store = keyvalStore(dbName, 'datasets');
  if (!store) return null;
  return {
    async loadAll() {
      const problems: AppMessage[] = [];
      const items: SessionImport[] = [];
      let all: [IDBValidKey, unknown][];
      try {
        all = await entries(store);
      } catch (e) {
        return { items, problems: [message('storedUnreadable', { reason: (e as Error).message })] };
      }
      for (const [key, value] of all) {
        const item = checkRecord(key, value);
        if ('code' in item) problems.push(item);
        else items.push(item);
      }
      return { items, problems };
    },
    save: (item) => set(item.id, { version: RECORD_VERSION, ...item }, store),
    remove: (id) => del(id, store),
  };
}
