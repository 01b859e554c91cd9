/**
 * Where the bundled data lives at run time. Vite emits each data/*.json as a hashed asset next to the
 * app (no network beyond the page's own origin), and this maps file names to those URLs.
 */
import { parseCatalogue, parseDatasetList, parseLinkDataset } from '../core/io/bundled.ts';
import type { Catalogue, DatasetEntry, LinkDataset } from '../core/model/types.ts';
import { MessageError } from '../core/model/message.ts';
import { stateMessage } from './messages.ts';
import { datasetToOpen } from './dataset-to-open.ts';

// indicator-metadata.json is reference data the app never reads: not shipped.
const urls = import.meta.glob(['../../data/*.json', '!../../data/indicator-metadata.json'], { query: '?url', import: 'default', eager: true }) as Record<string, string>;

function urlOf(file: string): string {
  const url = urls[`../../data/${file}`];
  if (!url) throw new MessageError(stateMessage('dataNotBundled', { file: `data/${file}` }));
  return url;
}

async function fetchJson(file: string): Promise<unknown> {
  const res = await fetch(urlOf(file));
  if (!res.ok) throw new MessageError(stateMessage('dataHttpStatus', { file: `data/${file}`, status: res.status }));
  try {
    return await res.json();
  } catch (e) {
    throw new MessageError(stateMessage('dataNotJson', { file: `data/${file}`, reason: (e as Error).message }));
  }
}

const loadDatasetList = async (): Promise<DatasetEntry[]> => parseDatasetList(await fetchJson('datasets.json'), 'data/datasets.json');
const loadCatalogue = async (): Promise<Catalogue> => parseCatalogue(await fetchJson('catalogue.json'), 'data/catalogue.json');
const loadLinkDataset = async (entry: DatasetEntry): Promise<LinkDataset> => parseLinkDataset(await fetchJson(entry.file), `data/${entry.file}`);

/**
 * Files whose fetch and parse started before anyone asked (prefetchBundledData), taken once: a later
 * request (a retry, another dataset) fetches again, so a failure is never kept.
 */
const started = new Map<string, Promise<unknown>>();
function take<T>(file: string, load: () => Promise<T>): Promise<T> {
  const p = started.get(file) as Promise<T> | undefined;
  started.delete(file);
  return p ?? load();
}
const keep = <T>(file: string, p: Promise<T>): Promise<T> => {
  p.catch(() => undefined); // reported to whoever takes it, not as an unhandled rejection
  started.set(file, p);
  return p;
};

/**
 * Starts fetching and parsing the dataset list, the catalogue and the links of the dataset the page
 * will open (dataset-to-open.ts: `preferredId`, else the list's first) at once, instead of the links after the catalogue.
 * `withLinks: false` when the page opens something else first (a `?src=` link).
 */
export function prefetchBundledData(preferredId?: string | null, withLinks = true): void {
  const list = keep('datasets.json', loadDatasetList());
  // Marks for the bench (bench/browser/profile-startup.ts): when each parse ended, before the app asked.
  keep('catalogue.json', loadCatalogue()).then(() => performance.mark('sdg:catalogue-parsed'), () => undefined);
  if (withLinks) void list.then((datasets) => {
    // The store's own rule (a bundled list has no imports: an import's id prefetches nothing).
    const toOpen = datasetToOpen(datasets, preferredId);
    const entry = toOpen.kind === 'open' ? toOpen.entry : undefined;
    if (entry) keep(entry.file, loadLinkDataset(entry)).then(() => performance.mark('sdg:links-parsed'), () => undefined);
  }, () => undefined);
}

export const fetchDatasetList = (): Promise<DatasetEntry[]> => take('datasets.json', loadDatasetList);
export const fetchCatalogue = (): Promise<Catalogue> => take('catalogue.json', loadCatalogue);
export const fetchLinkDataset = (entry: DatasetEntry): Promise<LinkDataset> => take(entry.file, () => loadLinkDataset(entry));
