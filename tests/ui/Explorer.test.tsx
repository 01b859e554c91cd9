// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { bindUrl } from '../../src/state/url-sync.ts';
import { MAX_ROUTE_LINKS, ROUTES_K } from '../../src/state/store.ts';
import { renderApp, LAZY_TAB } from '../helpers/render-app.tsx';

const cyNodes = (selector: string) => window.__sdgCy!.nodes(selector).map((n) => n.id());
/** The highlight's copies in the overlay over the graph (graph/highlight-overlay.ts). */
const litNodes = (selector: string) => window.__sdgOverlay!.nodes(selector).map((n) => n.id());

describe('explorer', () => {
  it('selects from the URL, lists what 16.6.1 influences and highlights it on the canvas', async () => {
    const store = await renderApp('?select=16.6.1');
    expect(screen.getByTestId('details-code').textContent).toContain('16.6.1');
    expect(screen.getByTestId('influences-count').textContent).toBe('64');
    expect(within(screen.getByTestId('influences')).getAllByRole('button')).toHaveLength(64);
    await waitFor(() => expect(litNodes('.hl')).toHaveLength(64));
    expect(litNodes('.selected')).toEqual(['16.6.1']);
    expect(screen.getByTestId('details-illustrative').textContent).toBe('links: illustrative');
    await waitFor(() => expect(screen.getByTestId('details-rank').textContent).toMatch(/#1 of 277 by influence/));

    // Clicking a listed neighbour moves the selection; undo brings 16.6.1 back.
    const first = within(screen.getByTestId('influences')).getAllByRole('button')[0];
    const code = first.querySelector('strong')!.textContent!;
    fireEvent.click(first);
    expect(store.getState().view.select).toEqual([code]);
    act(() => store.getState().undo());
    expect(store.getState().view.select).toEqual(['16.6.1']);
    act(() => store.getState().redo());
    expect(store.getState().view.select).toEqual([code]);
  });

  it('grows the highlight with depth and shows both directions on request', async () => {
    await renderApp('?select=16.6.1');
    await waitFor(() => expect(litNodes('.hl')).toHaveLength(64));
    fireEvent.click(screen.getByTestId('depth-2'));
    await waitFor(() => expect(litNodes('.hl').length).toBeGreaterThan(64));
    fireEvent.change(screen.getByTestId('direction'), { target: { value: 'in' } });
    // 16.6.1 is influenced by nothing in this dataset: an accelerator.
    await waitFor(() => expect(litNodes('.hl')).toHaveLength(0));
  });

  it('filters by goal and class without moving any node', async () => {
    const store = await renderApp();
    const before = window.__sdgCy!.getElementById('16.6.1').position();
    fireEvent.click(screen.getByTestId('goal-16'));
    await waitFor(() => expect(screen.getByTestId('visible-count').textContent).toMatch(/\d+ shown/));
    const shown = store.getState().visible!;
    expect([...shown].every((c) => store.getState().graph!.getNodeAttribute(c, 'goal') === '16')).toBe(true);
    expect(cyNodes('.filtered').length).toBe(277 - shown.size);
    fireEvent.click(screen.getByTestId('class-accelerator'));
    await waitFor(() => expect(store.getState().visible!.size).toBeLessThan(shown.size));
    expect(store.getState().visible!.has('16.6.1')).toBe(true);
    expect(window.__sdgCy!.getElementById('16.6.1').position()).toEqual(before);
  });

  it('sorts the rankings table and links rows with the selection', async () => {
    const store = await renderApp();
    await waitFor(() => expect(store.getState().metrics).not.toBeNull());
    fireEvent.click(screen.getByTestId('tab-rankings'));
    const rows = await screen.findByTestId('ranking-rows', {}, LAZY_TAB);
    const firstCode = () => rows.querySelector('[data-code]')!.getAttribute('data-code');
    expect(firstCode()).toBe('16.6.1');
    fireEvent.click(screen.getByTestId('sort-in'));
    const top = store.getState().metrics!.reduce((a, b) => (b.in > a.in ? b : a));
    expect(firstCode()).toBe(top.code);
    fireEvent.click(screen.getByTestId('sort-in'));
    expect(Number(rows.querySelector('[data-code]')!.querySelectorAll('.num')[1].textContent)).toBe(0);
    fireEvent.click(rows.querySelector('[data-code]')!);
    const picked = store.getState().view.select[0];
    expect(rows.querySelector('.is-selected')!.getAttribute('data-code')).toBe(picked);
    // Only a window of rows is in the DOM.
    expect(rows.querySelectorAll('[data-code]').length).toBeLessThan(277);
  });

  it('round-trips the view through the URL, and back/forward steps through views', async () => {
    window.history.replaceState(null, '', '/?select=16.6.1&depth=2&direction=both&layout=grid&lang=ru&renderer=canvas');
    const store = await renderApp(window.location.search);
    const unbind = bindUrl(store, window);
    expect(store.getState().view).toMatchObject({ select: ['16.6.1'], depth: 2, direction: 'both', layout: 'grid' });
    expect(store.getState().lang).toBe('ru');
    act(() => store.getState().selectNode('2.3.1', true));
    expect(new URLSearchParams(window.location.search).get('select')).toBe('16.6.1,2.3.1');
    expect(window.location.search).toContain('lang=ru');
    // A forced renderer is a setting, not part of the view: view changes must not drop it.
    expect(new URLSearchParams(window.location.search).get('renderer')).toBe('canvas');
    act(() => store.getState().setView({ depth: 3 }));
    expect(new URLSearchParams(window.location.search).get('depth')).toBe('3');
    await act(async () => {
      window.history.back();
      await new Promise((ok) => window.addEventListener('popstate', ok, { once: true }));
    });
    expect(store.getState().view.depth).toBe(2);
    expect(store.getState().view.select).toEqual(['16.6.1', '2.3.1']);
    unbind();
  });

  it('carries filters and the size metric in the URL, and back restores them', async () => {
    window.history.replaceState(null, '', '/?goals=2,5,99&classes=accelerator,bogus&size=pagerank');
    const store = await renderApp(window.location.search);
    const unbind = bindUrl(store, window);
    // Unknown goals and classes in a hand-edited link are dropped, not fatal.
    expect(store.getState().filters).toEqual({ goals: ['2', '5'], classes: ['accelerator'] });
    expect(store.getState().sizeMetric).toBe('pagerank');
    const shown = store.getState().visible!;
    expect([...shown].every((c) => ['2', '5'].includes(c.split('.')[0]) && store.getState().classes[c] === 'accelerator')).toBe(true);
    await waitFor(() => expect(window.__sdgCy!.nodes().not('.filtered').length).toBe(shown.size));
    act(() => store.getState().setFilters({ goals: ['2'] }));
    expect(new URLSearchParams(window.location.search).get('goals')).toBe('2');
    expect(new URLSearchParams(window.location.search).get('size')).toBe('pagerank');
    act(() => store.getState().setSizeMetric('out'));
    expect(new URLSearchParams(window.location.search).has('size')).toBe(false);
    await act(async () => {
      window.history.back();
      await new Promise((ok) => window.addEventListener('popstate', ok, { once: true }));
    });
    expect(store.getState().sizeMetric).toBe('pagerank');
    expect(store.getState().filters.goals).toEqual(['2']);
    unbind();
  });

  it('aggregates to goal level and back, finds paths and a portfolio', async () => {
    const store = await renderApp('?select=16.6.1');
    fireEvent.click(screen.getByTestId('goal-level'));
    await waitFor(() => expect(screen.getByTestId('node-count').textContent).toBe('17'));
    expect(store.getState().view.select).toEqual(['16']);
    fireEvent.click(screen.getByTestId('goal-level'));
    await waitFor(() => expect(screen.getByTestId('node-count').textContent).toBe('277'));

    fireEvent.click(screen.getByTestId('tab-paths'));
    fireEvent.change(await screen.findByTestId('path-from', {}, LAZY_TAB), { target: { value: '16.6.1' } });
    fireEvent.change(screen.getByTestId('path-to'), { target: { value: '1.2.2' } });
    fireEvent.click(screen.getByTestId('path-find'));
    const paths = await screen.findAllByTestId('path');
    expect(paths[0].textContent).toMatch(/^16\.6\.1.*1\.2\.2/);
    await waitFor(() => expect(window.__sdgCy!.edges('.path').length).toBeGreaterThan(0));
    const shortest = paths.length;
    // Longer routes too: the k shortest simple routes, shortest first, none longer than the cap.
    fireEvent.click(screen.getByTestId('path-longer'));
    fireEvent.click(screen.getByTestId('path-find'));
    await waitFor(() => expect(screen.getAllByTestId('path').length).toBe(ROUTES_K));
    const lengths = screen.getAllByTestId('path').map((li) => Number(li.getAttribute('data-length')));
    expect(lengths).toEqual([...lengths].sort((x, y) => x - y));
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_ROUTE_LINKS);
    expect(Math.max(...lengths)).toBeGreaterThan(lengths[0]);
    expect(lengths.filter((l) => l === lengths[0]).length).toBe(Math.min(shortest, ROUTES_K));
    for (const li of screen.getAllByTestId('path')) expect(li.textContent).toMatch(/^16\.6\.1.*1\.2\.2 .*· \d links?$/);

    fireEvent.click(screen.getByTestId('tab-portfolio'));
    fireEvent.click(await screen.findByTestId('portfolio-run', {}, LAZY_TAB));
    expect(within(await screen.findByTestId('portfolio-picks')).getAllByRole('row')).toHaveLength(6);
    expect(store.getState().portfolio!.picks[0].code).toBe('16.6.1');
  });

  it('searches codes and words with typos in three languages; Enter selects', async () => {
    const store = await renderApp();
    const box = screen.getByTestId('search');
    fireEvent.change(box, { target: { value: 'expenditures republcan budget' } });
    await waitFor(() => expect(screen.getByTestId('search-hits').textContent).toContain('16.6.1'));
    fireEvent.change(box, { target: { value: 'республиканского бюджета' } });
    await waitFor(() => expect(screen.getByTestId('search-hits').textContent).toContain('16.6.1'));
    fireEvent.change(box, { target: { value: '16.6.1' } });
    await waitFor(() => expect(screen.getByTestId('search-hits').querySelector('strong')!.textContent).toBe('16.6.1'));
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(store.getState().view.select).toEqual(['16.6.1']);
  });
});
