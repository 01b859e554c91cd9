/**
 * Which dataset a page opens, one rule for both who need it: the store's init (slices/datasets.ts) and
 * the prefetch that starts the links' download before the app has loaded (data-source.ts). Kept apart
 * so the two cannot drift, as they did (the prefetch skipped an unknown id the store then replaced by
 * the first dataset, so that page waited for a download that had never started).
 */
import type { DatasetEntry } from '../core/model/types.ts';
import { isImportedId } from '../core/io/session-imports.ts';

export type DatasetToOpen =
  | { kind: 'open'; entry: DatasetEntry }
  /** an import this browser does not have: say so rather than show other data under its selection */
  | { kind: 'missingImport'; id: string }
  | { kind: 'none' };

/** The dataset asked for (`preferredId`: the URL's, a reload's), else the list's first. */
export function datasetToOpen(datasets: readonly DatasetEntry[], preferredId: string | null | undefined): DatasetToOpen {
  const wanted = datasets.find((d) => d.id === preferredId);
  if (wanted) return { kind: 'open', entry: wanted };
  if (isImportedId(preferredId)) return { kind: 'missingImport', id: preferredId! };
  return datasets[0] ? { kind: 'open', entry: datasets[0] } : { kind: 'none' };
}
