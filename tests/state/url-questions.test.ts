// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bindUrl } from '../../src/state/url-sync.ts';
import { createStoreFromUrl } from '../../src/state/store-from-url.ts';
import { parseUrl, toSearch, DEFAULT_VIEW } from '../../src/state/view.ts';
import { diskDataSource } from '../helpers/bundled.ts';

/** As main.tsx opens a link: the URL is bound before the first dataset is opened. */
async function openLink(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const { store, url } = createStoreFromUrl(diskDataSource, window.location.search);
  const unbind = bindUrl(store, window);
  await store.getState().init(url.dataset, url.view);
  return { store, unbind };
}

describe('paths and portfolios in the URL', () => {
  it('parses and writes ?path=A,B&longer=1&portfolio=k,depth, leaving out malformed values', () => {
    const url = parseUrl('?path=7.1.1,3.6.1&longer=1&portfolio=10,2');
    expect(url.path).toEqual({ from: '7.1.1', to: '3.6.1', longer: true });
    expect(url.portfolio).toEqual({ k: 10, depth: 2 });
    expect(toSearch(DEFAULT_VIEW, null, 'en', undefined, { filters: { goals: [], classes: [] }, size: 'out', path: url.path, portfolio: url.portfolio }))
      .toBe('?path=7.1.1,3.6.1&longer=1&portfolio=10,2');
    expect(parseUrl('?path=7.1.1').path).toBeUndefined();
    expect(parseUrl('?path=7.1.1,7.1.1').path).toBeUndefined();
    expect(parseUrl('?portfolio=0,1').portfolio).toBeUndefined();
    expect(parseUrl('?portfolio=51,1').portfolio).toBeUndefined();
    expect(parseUrl('?portfolio=5,4').portfolio).toBeUndefined();
    expect(parseUrl('?portfolio=5').portfolio).toBeUndefined();
  });

  it('a link reproduces the path and the portfolio, and asking again updates the link', async () => {
    const { store, unbind } = await openLink('?select=16.6.1&path=16.6.1,1.2.2&portfolio=7,2');
    const s = store.getState();
    expect(s.pathResult).toMatchObject({ from: '16.6.1', to: '1.2.2' });
    expect(s.pathResult!.paths.length).toBeGreaterThan(0);
    expect(s.portfolio).toMatchObject({ k: 7, depth: 2 });
    expect(s.portfolio!.picks).toHaveLength(7);
    expect(new URLSearchParams(window.location.search).get('path')).toBe('16.6.1,1.2.2');
    s.findPaths('2.3.1', '3.8.1', { longer: true });
    expect(new URLSearchParams(window.location.search).get('path')).toBe('2.3.1,3.8.1');
    expect(new URLSearchParams(window.location.search).get('longer')).toBe('1');
    store.getState().clearPaths();
    expect(new URLSearchParams(window.location.search).has('path')).toBe(false);
    expect(new URLSearchParams(window.location.search).get('portfolio')).toBe('7,2');
    unbind();
  });

  it('a path between codes the graph does not have is left out', async () => {
    const { store, unbind } = await openLink('?path=16.6.1,99.9.9');
    expect(store.getState().pathResult).toBeNull();
    expect(new URLSearchParams(window.location.search).has('path')).toBe(false);
    unbind();
  });
});

describe('paths and portfolios in sessions', () => {
  it('a saved session asks the same path and portfolio again when restored', async () => {
    const { createAppStore } = await import('../../src/state/store.ts');
    const { restoreSession, sessionText } = await import('../../src/state/io/session-actions.ts');
    const a = createAppStore(diskDataSource);
    await a.getState().init();
    a.getState().findPaths('16.6.1', '1.2.2', { longer: true });
    a.getState().runPortfolio(4, 2);
    const text = sessionText(a);
    expect(JSON.parse(text).questions).toEqual({ path: { from: '16.6.1', to: '1.2.2', longer: true }, portfolio: { k: 4, depth: 2 } });
    const b = createAppStore(diskDataSource);
    await b.getState().init();
    expect((await restoreSession(b, text, 's.json')).ok).toBe(true);
    expect(b.getState().pathResult).toMatchObject({ from: '16.6.1', to: '1.2.2', longer: true });
    expect(b.getState().portfolio).toMatchObject({ k: 4, depth: 2 });
    expect(b.getState().portfolio!.picks).toHaveLength(4);
  });
});
