/**
 * Keeps the address bar and the store in step: each view change is a history entry (so back/forward
 * step through views), and a back/forward applies the stored view without adding a new entry.
 */
import type { AppStore } from './store.ts';
import type { AppState } from './types.ts';
import { parseUrl, toSearch, DEFAULT_VIEW, type UrlState } from './view.ts';

/** Settings a link may carry that are not part of the view (`?renderer=webgl`): kept as they are. */
const PASS_THROUGH = ['renderer'];

/** The questions on screen as a link carries them. */
const questionsOf = (s: AppState) => ({
  path: s.pathResult ? { from: s.pathResult.from, to: s.pathResult.to, longer: s.pathResult.longer ?? false } : null,
  portfolio: s.portfolio ? { k: s.portfolio.k, depth: s.portfolio.depth } : null,
});

/** Asks the graph on screen the link's questions again (codes not in this graph are left out). */
function askQuestions(store: AppStore, url: UrlState) {
  const s = store.getState();
  if (!s.graph) return;
  if (url.path && s.graph.hasNode(url.path.from) && s.graph.hasNode(url.path.to)) s.findPaths(url.path.from, url.path.to, { longer: url.path.longer });
  else if (s.pathResult) s.clearPaths();
  if (url.portfolio) s.runPortfolio(url.portfolio.k, url.portfolio.depth);
}

export function bindUrl(store: AppStore, win: Window = window): () => void {
  let applying = false;
  const urlOf = () => {
    const s = store.getState();
    const search = toSearch(s.view, s.datasetId, s.lang, s.datasets[0]?.id, { filters: s.filters, size: s.sizeMetric, ...questionsOf(s) });
    const current = new URLSearchParams(win.location.search);
    const kept = PASS_THROUGH.filter((k) => current.has(k)).map((k) => `${k}=${encodeURIComponent(current.get(k)!)}`);
    return kept.length ? `${search || '?'}${search ? '&' : ''}${kept.join('&')}` : search;
  };
  let last = win.location.search;
  // The link's path and portfolio are asked once the first graph is on screen (each new graph starts without answers).
  let opening: UrlState | null = parseUrl(win.location.search);
  const unsubscribe = store.subscribe((s, prev) => {
    if (applying || s.status !== 'ready') return;
    const first = prev.status !== 'ready';
    if (first && opening) {
      const url = opening;
      opening = null;
      applying = true;
      try { askQuestions(store, url); } finally { applying = false; }
    }
    if (!first && s.view === prev.view && s.datasetId === prev.datasetId && s.lang === prev.lang && s.filters === prev.filters && s.sizeMetric === prev.sizeMetric
      && s.pathResult === prev.pathResult && s.portfolio === prev.portfolio) return;
    const next = urlOf();
    if (next === last) return;
    last = next;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    // The first ready state only normalises the URL the page was opened with.
    if (first) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  });
  const onPop = () => {
    const parsed = parseUrl(win.location.search);
    last = win.location.search;
    applying = true;
    try {
      const s = store.getState();
      if (parsed.lang && parsed.lang !== s.lang) s.setLang(parsed.lang);
      s.setFilters(parsed.filters ?? { goals: [], classes: [] });
      s.setSizeMetric(parsed.size ?? 'out');
      const datasetId = parsed.dataset ?? s.datasets[0]?.id;
      if (datasetId && datasetId !== s.datasetId) {
        void s.openDataset(datasetId, parsed.view).then(() => askQuestions(store, parsed)).finally(() => { applying = false; });
        return;
      }
      s.setView({ ...DEFAULT_VIEW, ...parsed.view });
      askQuestions(store, parsed);
    } finally {
      if (store.getState().status === 'ready') applying = false;
    }
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
