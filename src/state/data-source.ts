/**
 * Where the bundled data lives at run time. Vite emits each data/*.json as a hashed asset next to the
 * app (no network beyond the page's own origin), and this maps file names to those URLs.
 */
import { parseCatalogue, parseDatasetList, parseLinkDataset } from '../core/io/bundled.ts';
import type { Catalogue, DatasetEntry, LinkDataset } from '../core/model/types.ts';
import { MessageError } from '../core/model/message.ts';
import { stateMessage } from './messages.ts';

const urls = import.meta.glob('../../data/*.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

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

export const fetchDatasetList = async (): Promise<DatasetEntry[]> => parseDatasetList(await fetchJson('datasets.json'), 'data/datasets.json');
export const fetchCatalogue = async (): Promise<Catalogue> => parseCatalogue(await fetchJson('catalogue.json'), 'data/catalogue.json');
export const fetchLinkDataset = async (entry: DatasetEntry): Promise<LinkDataset> => parseLinkDataset(await fetchJson(entry.file), `data/${entry.file}`);
