// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp, LAZY_TAB } from '../helpers/render-app.tsx';

describe('paths panel', () => {
  it('shows each chain as one line of codes with titles on hover', async () => {
    await renderApp();
    fireEvent.click(screen.getByTestId('tab-paths'));
    fireEvent.change(await screen.findByTestId('path-from', {}, LAZY_TAB), { target: { value: '16.6.1' } });
    fireEvent.change(screen.getByTestId('path-to'), { target: { value: '1.2.2' } });
    fireEvent.click(screen.getByTestId('path-find'));
    const [first] = await screen.findAllByTestId('path');
    expect(first.textContent).toMatch(/^16\.6\.1( → [\w.]+)+$/);
    expect(first.textContent!.endsWith('1.2.2')).toBe(true);
    expect(first.className).toContain('path-line');
    const hop = within(first).getAllByRole('button')[0];
    expect(hop.getAttribute('title')).toMatch(/budget/i);
  });

  it('says why an unknown code cannot be searched and clears the old result', async () => {
    const store = await renderApp();
    fireEvent.click(screen.getByTestId('tab-paths'));
    fireEvent.change(await screen.findByTestId('path-from', {}, LAZY_TAB), { target: { value: '16.6.1' } });
    fireEvent.change(screen.getByTestId('path-to'), { target: { value: '1.2.2' } });
    fireEvent.click(screen.getByTestId('path-find'));
    await screen.findAllByTestId('path');
    fireEvent.change(screen.getByTestId('path-to'), { target: { value: '99.9.9' } });
    expect(screen.getByTestId('path-problem').textContent).toBe('“99.9.9” is not a code in this network.');
    expect((screen.getByTestId('path-find') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByTestId('path-result')).toBeNull();
    expect(store.getState().pathResult).toBeNull();
    fireEvent.change(screen.getByTestId('path-to'), { target: { value: '16.6.1' } });
    expect(screen.getByTestId('path-problem').textContent).toMatch(/same/);
  });
});

describe('portfolio panel', () => {
  it('says when coverage stops growing before k, and states the greedy guarantee correctly', async () => {
    await renderApp();
    fireEvent.click(screen.getByTestId('tab-portfolio'));
    const k = await screen.findByTestId('portfolio-k', {}, LAZY_TAB);
    expect(screen.getByTestId('portfolio-intro').textContent).toContain('at least 63 % of what the best possible k picks would cover');
    fireEvent.change(k, { target: { value: '50' } });
    // Three steps out, a few picks reach almost everything reachable.
    fireEvent.change(screen.getByTestId('portfolio-depth'), { target: { value: '3' } });
    fireEvent.click(screen.getByTestId('portfolio-run'));
    const rows = within(await screen.findByTestId('portfolio-picks')).getAllByRole('row').length - 1;
    expect(rows).toBeLessThan(50);
    expect(screen.getByTestId('portfolio-saturated').textContent).toBe(`k = 50 gave ${rows} picks: coverage stopped growing.`);
  });

  it('validates k with a message instead of turning an empty field into 1', async () => {
    await renderApp();
    fireEvent.click(screen.getByTestId('tab-portfolio'));
    const k = (await screen.findByTestId('portfolio-k', {}, LAZY_TAB)) as HTMLInputElement;
    fireEvent.change(k, { target: { value: '' } });
    expect(k.value).toBe('');
    expect(screen.getByTestId('portfolio-k-problem').textContent).toBe('k must be a whole number from 1 to 50.');
    expect((screen.getByTestId('portfolio-run') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(k, { target: { value: '80' } });
    expect(screen.getByTestId('portfolio-k-problem')).toBeTruthy();
    fireEvent.change(k, { target: { value: '3' } });
    expect(screen.queryByTestId('portfolio-k-problem')).toBeNull();
    fireEvent.click(screen.getByTestId('portfolio-run'));
    const table = await screen.findByTestId('portfolio-picks');
    expect(within(table).getAllByRole('columnheader').map((h) => h.getAttribute('aria-label') ?? h.textContent)).toEqual(['#', 'Code', 'Title', 'Class', 'Gain', 'Covered']);
    expect(table.querySelector('.title-cell')!.textContent).toMatch(/budget/i);
    expect(screen.queryByTestId('portfolio-saturated')).toBeNull();
  });
});

describe('rankings table', () => {
  it('has code, title and class columns and ranks only what the filters show unless told otherwise', async () => {
    const store = await renderApp();
    await waitFor(() => expect(store.getState().metrics).not.toBeNull());
    fireEvent.click(screen.getByTestId('tab-rankings'));
    const rows = await screen.findByTestId('ranking-rows', {}, LAZY_TAB);
    const first = rows.querySelector('[data-code]')!;
    expect(first.querySelector('.title')!.textContent).toMatch(/budget/i);
    expect(first.querySelector('.cls svg')).not.toBeNull();
    fireEvent.click(screen.getByTestId('goal-5'));
    await waitFor(() => expect(store.getState().visible).not.toBeNull());
    const codes = () => [...rows.querySelectorAll('[data-code]')].map((r) => r.getAttribute('data-code')!);
    await waitFor(() => expect(codes().every((c) => c.startsWith('5.'))).toBe(true));
    expect(codes().length).toBe(store.getState().visible!.size);
    fireEvent.click(screen.getByTestId('ranking-follow'));
    await waitFor(() => expect(codes()[0]).toBe('16.6.1'));
  });
});
