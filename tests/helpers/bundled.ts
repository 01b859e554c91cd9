/** Reads the committed data/ files from disk with the app's own parsers (real data, no fetch). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCatalogue, parseDatasetList, parseLinkDataset } from '../../src/core/io/bundled.ts';
import type { DataSource } from '../../src/state/store.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
const read = (file: string) => JSON.parse(readFileSync(resolve(ROOT, 'data', file), 'utf8'));

export const loadCatalogue = () => parseCatalogue(read('catalogue.json'));
export const loadDatasetList = () => parseDatasetList(read('datasets.json'));
export const loadLinkDataset = (file: string) => parseLinkDataset(read(file), file);

/** The store's data source backed by the files in data/. */
export const diskDataSource: DataSource = {
  fetchDatasetList: async () => loadDatasetList(),
  fetchCatalogue: async () => loadCatalogue(),
  fetchLinkDataset: async (entry) => loadLinkDataset(entry.file),
};
