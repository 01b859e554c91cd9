// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { renderApp } from '../helpers/render-app.tsx';

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
});
