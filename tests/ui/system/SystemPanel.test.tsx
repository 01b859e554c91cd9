// @vitest-environment jsdom
/** The System view with the real store and components on the bundled illustrative network. */
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp, LAZY_TAB } from '../../helpers/render-app.tsx';

const cyIds = (selector: string) => window.__sdgCy!.elements(selector).map((e) => e.id());

async function openSystem() {
  const store = await renderApp();
  fireEvent.click(screen.getByTestId('tab-system'));
  await screen.findByTestId('system-panel', {}, LAZY_TAB);
  return store;
}

describe('System panel', () => {
  it('says the links are illustrative, lists loops, filters them and draws one on the graph with its arrows', async () => {
    const store = await openSystem();
    expect(screen.getByTestId('system-illustrative').textContent).toMatch(/ILLUSTRATIVE/);
    const count = await screen.findByTestId('loops-count');
    expect(count.textContent).toMatch(/125 of 125 loops/);
    fireEvent.change(screen.getByTestId('loops-max-length'), { target: { value: '2' } });
    await waitFor(() => expect(screen.getByTestId('loops-count').textContent).toMatch(/14 of 14/));
    fireEvent.change(screen.getByTestId('loops-polarity'), { target: { value: 'balancing' } });
    expect(within(screen.getByTestId('loops-list')).queryAllByTestId('loop-item')).toHaveLength(0);
    fireEvent.change(screen.getByTestId('loops-polarity'), { target: { value: 'all' } });
    const first = within(screen.getByTestId('loops-list')).getAllByTestId('loop-item')[0];
    fireEvent.click(first);
    const loop = store.getState().system.loop!;
    expect(loop.length).toBe(2);
    await waitFor(() => expect(cyIds('node.sys-loop').sort()).toEqual([...loop.nodes].sort()));
    expect(cyIds('edge.sys-loop')).toHaveLength(2);
    fireEvent.click(screen.getByTestId('loops-clear'));
    await waitFor(() => expect(cyIds('.sys-loop')).toHaveLength(0));
  });

  it('plots MICMAC, toggles direct/indirect and selects a node from its point', async () => {
    const store = await openSystem();
    fireEvent.click(screen.getByTestId('system-section-micmac'));
    const points = await screen.findAllByTestId('micmac-point');
    expect(points).toHaveLength(277);
    fireEvent.click(screen.getByTestId('micmac-direct'));
    expect(screen.getByTestId('micmac-plot').getAttribute('data-mode')).toBe('direct');
    const p = screen.getAllByTestId('micmac-point').find((x) => x.getAttribute('data-code') === '16.6.1')!;
    expect(p.getAttribute('class')).toMatch(/sector-influential/);
    fireEvent.click(p);
    expect(store.getState().view.select).toEqual(['16.6.1']);
  });

  it('runs robustness, badges robust accelerators here and in Details', async () => {
    const store = await openSystem();
    fireEvent.click(screen.getByTestId('system-section-robustness'));
    fireEvent.change(screen.getByTestId('robustness-runs'), { target: { value: '50' } });
    fireEvent.click(screen.getByTestId('robustness-run'));
    const table = await screen.findByTestId('robustness-table', {}, LAZY_TAB);
    expect(within(table).getAllByRole('row').length).toBe(21);
    expect(within(table).getAllByTestId('robust-badge').length).toBeGreaterThan(0);
    expect(store.getState().system.robustness!.rows[0]).toMatchObject({ code: '16.6.1', robust: true });
    act(() => store.getState().setView({ select: ['16.6.1'] }));
    fireEvent.click(screen.getByTestId('tab-details'));
    await waitFor(() => expect(within(screen.getByTestId('details-class')).getByTestId('robust-badge')).toBeTruthy());
  });

  it('propagates from the selection and colours nodes by the sign of their effect', async () => {
    const store = await openSystem();
    act(() => store.getState().setView({ select: ['16.6.1'] }));
    fireEvent.click(screen.getByTestId('system-section-propagation'));
    fireEvent.click(await screen.findByTestId('propagation-selected'));
    expect(screen.getByTestId('propagation-alpha').textContent).toMatch(/16\.6\.1/);
    expect(within(screen.getByTestId('propagation-positive')).getAllByRole('button').length).toBeGreaterThan(0);
    await waitFor(() => expect(cyIds('node.sys-source')).toEqual(['16.6.1']));
    expect(cyIds('node.sys-pos-3').length).toBeGreaterThan(0);
  });

  it('compares with the goal-level network: added links drawn, removed ones as ghost edges, rank changes listed', async () => {
    const store = await openSystem();
    fireEvent.click(screen.getByTestId('system-section-diff'));
    fireEvent.click(await screen.findByTestId('diff-run'));
    await screen.findByTestId('diff-summary', {}, LAZY_TAB);
    const d = store.getState().system.diff!;
    expect(d.links.added.length).toBe(1535);
    expect(screen.getByTestId('diff-summary').textContent).toMatch(/1,535 added · 75 removed/);
    await waitFor(() => expect(cyIds('edge.sys-added')).toHaveLength(1535));
    expect(within(screen.getByTestId('diff-ranks')).getAllByRole('row').length).toBeGreaterThan(1);
  });
});
