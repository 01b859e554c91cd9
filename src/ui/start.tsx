/**
 * The app itself, started by src/main.tsx once that small entry has set the data loading. Kept apart
 * so the browser compiles this big chunk while the main thread parses the JSON, not one after the other.
 */
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { StoreContext } from '../state/store-context.tsx';
import { createStoreFromUrl } from '../state/store-from-url.ts';
import { fetchCatalogue, fetchDatasetList, fetchLinkDataset } from '../state/data-source.ts';
import { bindUrl } from '../state/url-sync.ts';
import { openFromUrl } from '../state/io/open-url.ts';
import { indexedDbPresentStorage, installPresentPersistence } from '../state/io/present-persistence.ts';
import { PresenterView } from './present/PresenterView.tsx';
import { LANGS, type Lang } from '../core/model/types.ts';
import { loadAllLocales, loadLocale } from './i18n.ts';
import { afterFirstDraw } from './after-first-draw.ts';

const LANG_KEY = 'sdg-explorer:lang';
function storedLang(): Lang | undefined {
  try {
    const l = localStorage.getItem(LANG_KEY);
    return l && (LANGS as readonly string[]).includes(l) ? (l as Lang) : undefined;
  } catch {
    return undefined;
  }
}

/** The presenter's second window: notes, next scene and a clock, fed by the main window. */
export function startPresenter(rootElement: HTMLElement): void {
  const root = createRoot(rootElement);
  void loadAllLocales().then(() => root.render(<StrictMode><PresenterView /></StrictMode>));
}

export function startApp(rootElement: HTMLElement): void {
  performance.mark('sdg:app-start'); // the app's chunk evaluated (bench/browser/profile-startup.ts)
  const root = createRoot(rootElement);
  const { store, url } = createStoreFromUrl({ fetchCatalogue, fetchDatasetList, fetchLinkDataset }, location.search, storedLang());
  const src = new URLSearchParams(location.search).get('src');
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
  const opening = store.getState().init(url.dataset, url.view, { open: !src });
  void opening.then(() => (src ? openFromUrl(store, src, url) : undefined));

  // The first frame waits only for its own language; the others follow once the page is idle, so an
  // export or a switch to them later needs no wait.
  const page = (
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>
  );
  // With the bundled data the first render is a transition: React renders it in slices with the page
  // free between them (the first renders were tasks of 50–90 ms), once the first dataset is open. A
  // store update during it would make React render everything again at once (a store's updates render
  // at once, useSyncExternalStore): a task of 100–160 ms. A `?src=` file's import updates the store
  // while it renders, so there the page renders at once, before the file arrives.
  if (src) void loadLocale(store.getState().lang).then(() => root.render(page));
  else void Promise.all([loadLocale(store.getState().lang), opening]).then(() => startTransition(() => root.render(page)));
  afterFirstDraw(() => void loadAllLocales());
}
