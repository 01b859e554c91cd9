/** The app's store as a link describes it: language, filters and size metric from the query string. */
import type { Lang } from '../core/model/types.ts';
import { createAppStore, type AppStore, type DataSource } from './store.ts';
import { parseUrl, type UrlState } from './view.ts';

export function createStoreFromUrl(source: DataSource, search: string, fallbackLang?: Lang): { store: AppStore; url: UrlState } {
  const url = parseUrl(search);
  const store = createAppStore(source, {
    // The URL wins over the remembered choice, so a shared link opens in the language it was sent in.
    lang: url.lang ?? fallbackLang,
    ...(url.filters ? { filters: url.filters } : {}),
    ...(url.size ? { sizeMetric: url.size } : {}),
  });
  return { store, url };
}
