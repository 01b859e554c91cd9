/**
 * Saved imports that could not be read back (damaged, from an older version, or breaking the import
 * rules): kept by record key with the reason, so the user can see them and delete them one by one.
 * Without this the banner says "N could not be read" and the records stay in the browser for ever.
 */
import type { AppMessage } from '../../core/model/message.ts';
import { messageOf } from '../messages.ts';
import type { AppStore } from '../store.ts';
import type { ImportPersistence } from './persistence.ts';

export interface DamagedImport {
  /** the record's key in IndexedDB */
  key: string;
  /** why it could not be opened (`storedRecordSkipped`, `storedNotOpenable`) */
  problem: AppMessage;
}

const lists = new WeakMap<AppStore, { list: readonly DamagedImport[]; persistence: ImportPersistence }>();
const listeners = new WeakMap<AppStore, Set<() => void>>();
const NONE: readonly DamagedImport[] = [];

function publish(store: AppStore, list: readonly DamagedImport[], persistence: ImportPersistence) {
  lists.set(store, { list, persistence });
  for (const fn of listeners.get(store) ?? []) fn();
}

/** Remembers the records that failed to load; problems without a record key (a lost database) are not deletable. */
export function recordDamagedImports(store: AppStore, persistence: ImportPersistence, problems: readonly AppMessage[]): void {
  publish(store, problems.flatMap((problem) => (typeof problem.params?.key === 'string' ? [{ key: problem.params.key, problem }] : [])), persistence);
}

/** The damaged records, the same array until it changes (for useSyncExternalStore). */
export const damagedImports = (store: AppStore): readonly DamagedImport[] => lists.get(store)?.list ?? NONE;

export function subscribeDamagedImports(store: AppStore, fn: () => void): () => void {
  const set = listeners.get(store) ?? new Set();
  listeners.set(store, set);
  set.add(fn);
  return () => set.delete(fn);
}

/** Deletes one damaged record from the browser; a storage failure is told, and the record stays listed. */
export async function deleteDamagedImport(store: AppStore, key: string): Promise<boolean> {
  const entry = lists.get(store);
  if (!entry) return false;
  try {
    await entry.persistence.remove(key);
  } catch (e) {
    store.setState({ error: messageOf(e) });
    return false;
  }
  publish(store, damagedImports(store).filter((d) => d.key !== key), entry.persistence);
  return true;
}
