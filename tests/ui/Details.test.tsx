// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../helpers/render-app.tsx';
import { readGraphFile } from '../../src/core/io/read-graph-file.ts';

/** An imported network whose hub 1.1.1 influences 250 indicators, the strongest first by score. */
function hubImport() {
  const codes = Array.from({ length: 250 }, (_, i) => `${(i % 17) + 1}.${Math.floor(i / 17) + 2}.1`);
  const text = JSON.stringify({
    id: 'hub', name: 'hub', level: 'indicator', illustrative: false, description: 'test network',
    links: [...codes.map((target, i) => ({ source: '1.1.1', target, score: i < 10 ? 3 : 1, evidence: 'imported' })), { source: '2.2.1', target: '1.1.1', score: 1, evidence: 'imported' }],
  });
  const result = readGraphFile('hub.json', text);
  if (!result.ok) throw new Error('hub.json does not read');
  return { id: 'import:hub', name: 'hub.json', fileName: 'hub.json', importedAt: '2026-12-07T00:00:00.000Z', network: result.network, strongest: codes.slice(0, 10) };
}

describe('details panel', () => {
  it('names the category in words, gives the source of the values and keeps full neighbour titles on hover', async () => {
    const store = await renderApp('?select=1.1.1');
    expect(screen.getByTestId('details-category').textContent).toBe('Global indicator with minor national changes');
    expect(screen.getByTestId('details-source').textContent).toBe('Source: Bureau of National Statistics of Kazakhstan, 2020');
    expect(screen.getByTestId('details-source').getAttribute('title')).toMatch(/Open SDG platform/);
    act(() => store.getState().setLang('ru'));
    expect(screen.getByTestId('details-category').textContent).toBe('Глобальный индикатор с небольшими национальными изменениями');
    expect(screen.getByTestId('details-source').textContent).toMatch(/^Источник: .*, 2020$/);
    for (const b of within(screen.getByTestId('influences')).getAllByRole('button')) {
      expect(b.getAttribute('title')!.length).toBeGreaterThan(0);
      expect(b.textContent).toContain(b.getAttribute('title'));
    }
  });

  it('draws the sparkline above its year labels', async () => {
    await renderApp('?select=1.1.1');
    const svg = screen.getByTestId('sparkline');
    const height = Number(svg.getAttribute('height'));
    const ys = svg.querySelector('path')!.getAttribute('d')!.match(/[\d.]+,([\d.]+)/g)!.map((p) => Number(p.split(',')[1]));
    const yearTop = Number(svg.querySelector('text')!.getAttribute('y')) - 9; // 9 px text above its baseline
    expect(Math.max(...ys)).toBeLessThan(yearTop);
    expect(yearTop).toBeLessThan(height);
  });

  it("lists a hub's 200 strongest neighbours first, in the user's language, and all of them on request", async () => {
    const store = await renderApp();
    const hub = hubImport();
    act(() => store.getState().registerImports([hub]));
    await act(() => store.getState().openDataset('import:hub'));
    act(() => store.getState().setLang('ru'));
    act(() => store.getState().selectNode('1.1.1'));
    await waitFor(() => expect(screen.getByTestId('influences-count').textContent).toBe('250'));
    const rows = () => within(screen.getByTestId('influences')).getAllByRole('button').map((b) => b.textContent!.split(' ')[0]);
    expect(rows()).toHaveLength(200);
    // Strongest first: the ten links of score 3 lead the list.
    expect(rows().slice(0, 10).sort()).toEqual([...hub.strongest].sort());
    const all = screen.getByTestId('influences-all');
    expect(all.textContent).toBe('Показать все: 250');
    expect(all.parentElement!.textContent).toMatch(/Сначала показаны 200 самых сильных связей/);
    fireEvent.click(all);
    expect(rows()).toHaveLength(250);
    expect(screen.queryByTestId('influences-all')).toBeNull();
    // A short list is whole, and the next hub starts short again.
    expect(within(screen.getByTestId('influenced-by')).getAllByRole('button')).toHaveLength(1);
    expect(screen.queryByTestId('influenced-by-all')).toBeNull();
    act(() => store.getState().selectNode('2.2.1'));
    act(() => store.getState().selectNode('1.1.1'));
    await waitFor(() => expect(rows()).toHaveLength(200));
  });
});

