import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import { StoreContext } from './state/store-context.tsx';
import { createStoreFromUrl } from './state/store-from-url.ts';
import { fetchCatalogue, fetchDatasetList, fetchLinkDataset, prefetchBundledData } from './state/data-source.ts';
import { bindUrl } from './state/url-sync.ts';
import { openFromUrl } from './state/io/open-url.ts';
import { indexedDbPresentStorage, installPresentPersistence } from './state/io/present-persistence.ts';
import { PresenterView } from './ui/present/PresenterView.tsx';
import { LANGS, type Lang } from './core/model/types.ts';
import { loadAllLocales, loadLocale } from './ui/i18n.ts';
import './ui/app.css';

const LANG_KEY = 'sdg-explorer:lang';
function storedLang(): Lang | undefined {
  try {
    const l = localStorage.getItem(LANG_KEY);
    return l && (LANGS as readonly string[]).includes(l) ? (l as Lang) : undefined;
  } catch {
    return undefined;
  }
}

const root = createRoot(document.getElementById('root')!);
if (new URLSearchParams(location.search).get('presenter') === '1') {
  // The presenter's second window: notes, next scene and a clock, fed by the main window.
  void loadAllLocales().then(() => root.render(<StrictMode><PresenterView /></StrictMode>));
} else {
  const { store, url } = createStoreFromUrl({ fetchCatalogue, fetchDatasetList, fetchLinkDataset }, location.search, storedLang());
  // The list, the catalogue and the dataset to open are fetched and parsed side by side, not one after another.
  const src = new URLSearchParams(location.search).get('src');
  prefetchBundledData(url.dataset, !src);
  store.subscribe((s, p) => {
    if (s.lang !== p.lang) {
      void loadLocale(s.lang);
      try { localStorage.setItem(LANG_KEY, s.lang); } catch { /* private mode: not remembered */ }
    }
  });
  bindUrl(store);
  // Before init, so the first dataset's scenes and marks come back as it opens.
  const preparation = installPresentPersistence(store, indexedDbPresentStorage());
  addEventListener('beforeunload', (e) => {
    if (!preparation.hasUnsaved()) return;
    void preparation.flush(); // usually done before the person has read the question
    e.preventDefault();
    Reflect.set(e, 'returnValue', 'unsaved'); // Safari asks only when this is a non-empty text
  });
  // A phone or a tab closed from the task switcher gets no beforeunload: write what is pending.
  addEventListener('pagehide', () => void preparation.flush());
  // A `?src=` link shows its own file first; drawing the bundled dataset before it would only delay it.
  void store.getState().init(url.dataset, url.view, { open: !src }).then(() => (src ? openFromUrl(store, src, url) : undefined));

  // The first frame waits only for its own language; the others follow once the page is idle, so an
  // export or a switch to them later needs no wait.
  void loadLocale(store.getState().lang).then(() => root.render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  ));
  const unsubscribe = store.subscribe((s) => {
    if (s.status === 'loading') return;
    unsubscribe();
    const later = () => void loadAllLocales();
    if ('requestIdleCallback' in window) requestIdleCallback(later, { timeout: 5000 }); else setTimeout(later, 2000);
  });
}
