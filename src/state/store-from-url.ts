/** The app's store as a link describes it: language, filters and size metric from the query string. */
import type { Lang } from '../core/model/types.ts';
import { createAppStore, type AppStore, type DataSource } from './store.ts';
import { parseUrl, type UrlState } from './view.ts';
import { installImportedDatasets, isImportedId } from './io/imported-datasets.ts';
import { indexedDbPersistence, type ImportPersistence } from './io/persistence.ts';

/**
 * `persistence` is where imports are kept (IndexedDB by default). When the link names an imported
 * dataset (a reload with one open, a shared `?dataset=import:…`), the dataset list waits for the
 * stored imports, so the import opens — or the app says this browser does not have it.
 */
export function createStoreFromUrl(source: DataSource, search: string, fallbackLang?: Lang, persistence: ImportPersistence | null = indexedDbPersistence()): { store: AppStore; url: UrlState } {
  const url = parseUrl(search);
  let storedImports: Promise<void> = Promise.resolve();
  const waiting: DataSource = isImportedId(url.dataset)
    ? { ...source, fetchDatasetList: async () => { const list = await source.fetchDatasetList(); await storedImports; return list; } }
    : source;
  const store = createAppStore(waiting, {
    // The URL wins over the remembered choice, so a shared link opens in the language it was sent in.
    lang: url.lang ?? fallbackLang,
    ...(url.filters ? { filters: url.filters } : {}),
    ...(url.size ? { sizeMetric: url.size } : {}),
  });
  storedImports = installImportedDatasets(store, persistence);
  return { store, url };
}
