/**
 * Imported datasets saved in IndexedDB (idb-keyval), so they are there after a reload. Every record is
 * validated when read: a damaged record or an unusable database is reported, never fatal.
 */
import * as v from 'valibot';
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { SessionImport } from '../../core/io/session.ts';
import { ImportEntrySchema, issueWhere } from '../../core/io/schemas.ts';
import { checkImport } from '../../core/io/session-imports.ts';
import { message, MessageError, type AppMessage } from '../../core/model/message.ts';
import { stateMessage } from '../messages.ts';

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
  // The same rules and limits as a file imported by hand; a record that breaks them is named, with why.
  const checked = checkImport(r.output, key);
  if (!checked.ok) return message('storedNotOpenable', { name: r.output.name.slice(0, 80), key }, checked.error.cause ?? checked.error);
  return checked.item;
}

/** A failure of the browser's store as a message: the technical text goes to the console only. */
function storageGone(e: unknown): AppMessage {
  console.warn('IndexedDB failure', e);
  return stateMessage('storageGone');
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
        // A deleted object store or database: every import is gone, and the user is told so.
        return { items, problems: [storageGone(e)] };
      }
      for (const [key, value] of all) {
        const item = checkRecord(key, value);
        if ('code' in item) problems.push(item);
        else items.push(item);
      }
      return { items, problems };
    },
    save: (item) => set(item.id, { version: RECORD_VERSION, ...item }, store).catch((e: unknown) => { throw new MessageError(storageGone(e)); }),
    remove: (id) => del(id, store).catch((e: unknown) => { throw new MessageError(storageGone(e)); }),
  };
}
