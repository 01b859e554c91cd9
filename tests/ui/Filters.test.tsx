// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { readGraphFile } from '../../src/core/io/read-graph-file.ts';
import { renderApp } from '../helpers/render-app.tsx';

function fixtureImport(file: string, id: string) {
  const result = readGraphFile(file, readFileSync(resolve(import.meta.dirname, '../fixtures', file), 'utf8'));
  if (!result.ok) throw new Error(`fixture ${file} does not read`);
  return { id, name: file, fileName: file, importedAt: '2026-11-25T00:00:00.000Z', network: result.network };
}

describe('filters, the counter and the empty canvas', () => {
  it('counts what the filters show: "N of 277 indicators shown"', async () => {
    const store = await renderApp();
    expect(screen.getByTestId('counts').textContent).toBe('277 indicators · 1535 links');
    fireEvent.click(screen.getByTestId('goal-5'));
    await waitFor(() => expect(store.getState().visible).not.toBeNull());
    const n = store.getState().visible!.size;
    expect(screen.getByTestId('shown-of').textContent).toBe(`${n} of 277 indicators shown`);
    expect(screen.getByTestId('node-count').textContent).toBe('277');
    fireEvent.click(screen.getByTestId('goal-5'));
    // The canvas hides the nodes in the click; the store and the counter follow a frame later.
    await waitFor(() => expect(screen.queryByTestId('shown-of')).toBeNull());
  });

  it('at goal level, says a class filter does not apply and clears it in one click', async () => {
    const store = await renderApp();
    fireEvent.click(screen.getByTestId('class-accelerator'));
    fireEvent.click(screen.getByTestId('goal-level'));
    await waitFor(() => expect(screen.getByTestId('node-count').textContent).toBe('17'));
    expect(screen.getByTestId('classes-not-applicable').textContent).toMatch(/class filter \(Accelerator\) does not apply/);
    expect(screen.getByTestId('empty-canvas').textContent).toMatch(/does not apply/);
    fireEvent.click(screen.getByTestId('clear-classes'));
    await waitFor(() => expect(store.getState().filters.classes).toEqual([]));
    expect(screen.queryByTestId('classes-not-applicable')).toBeNull();
    expect(screen.queryByTestId('empty-canvas')).toBeNull();
  });

  it('an empty canvas says why and gets back with one button', async () => {
    const store = await renderApp();
    // A goal none of whose indicators is integrated: that goal plus the class shows nothing.
    const { graph, classes } = store.getState();
    const goal = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17']
      .find((g) => !graph!.filterNodes((c, a) => a.goal === g && classes[c] === 'integrated').length)!;
    act(() => store.getState().setFilters({ goals: [goal], classes: ['integrated'] }));
    expect(store.getState().visible!.size).toBe(0);
    expect(screen.getByTestId('empty-canvas').textContent).toMatch(/no indicators pass the filters/);
    fireEvent.click(screen.getByTestId('empty-canvas-reset'));
    expect(store.getState().filters).toEqual({ goals: [], classes: [] });
    expect(screen.queryByTestId('empty-canvas')).toBeNull();
  });
});

describe('a network that is not SDG indicators', () => {
  it('counts nodes, hides the goal filters, goal legend, goal layout and goal level', async () => {
    const store = await renderApp();
    act(() => store.getState().registerImports([fixtureImport('characters.graphml', 'import:chars')]));
    await act(() => store.getState().openDataset('import:chars'));
    await waitFor(() => expect(screen.getByTestId('counts').textContent).toBe('5 nodes · 5 links'));
    expect(screen.queryByTestId('goal-1')).toBeNull();
    expect(screen.queryByTestId('legend-goals')).toBeNull();
    expect(screen.queryByTestId('goal-level')).toBeNull();
    const layouts = [...(screen.getByTestId('layout') as HTMLSelectElement).options].map((o) => o.value);
    expect(layouts.includes('goals')).toBe(store.getState().view.layout === 'goals');
    expect(screen.getByTestId('file-colours')).toBeTruthy();
    expect(screen.getByTestId('generic-note')).toBeTruthy();
  });

  it('keeps the goal legend for an imported file of SDG codes', async () => {
    const store = await renderApp();
    act(() => store.getState().registerImports([fixtureImport('graph.gexf', 'import:gexf')]));
    await act(() => store.getState().openDataset('import:gexf'));
    await waitFor(() => expect(screen.getByTestId('counts').textContent).toBe('3 indicators · 2 links'));
    expect(screen.getByTestId('legend-goals')).toBeTruthy();
    expect(screen.queryByTestId('file-colours')).toBeNull();
  });
});
