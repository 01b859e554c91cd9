// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { readGraphFile } from '../../src/core/io/read-graph-file.ts';
import { exportScope, svgOf } from '../../src/state/io/exports.ts';
import { renderApp } from '../helpers/render-app.tsx';

function fixtureImport(file: string, id: string) {
  const result = readGraphFile(file, readFileSync(resolve(import.meta.dirname, '../fixtures', file), 'utf8'));
  if (!result.ok) throw new Error(`fixture ${file} does not read`);
  return { id, name: file, fileName: file, importedAt: '2026-11-25T00:00:00.000Z', network: result.network };
}

const sizeOf = (code: string) => Number(window.__sdgCy!.getElementById(code).data('size'));
/** The node's radius in the exported SVG (circles carry r; the other class shapes are paths). */
function svgRadius(svg: string, code: string): number {
  const el = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector(`[data-code="${code}"]`)!;
  if (el.tagName === 'circle') return Number(el.getAttribute('r'));
  const xs = (el.getAttribute('d') ?? el.getAttribute('points') ?? '').match(/-?[\d.]+/g)!.map(Number).filter((_, i) => i % 2 === 0);
  return el.tagName === 'rect' ? Number(el.getAttribute('width')) / 2 : (Math.max(...xs) - Math.min(...xs)) / 2;
}

describe("an imported file's own node sizes", () => {
  it('draws them, says so in the legend, and exports them; a metric takes over when chosen', async () => {
    const store = await renderApp();
    act(() => store.getState().registerImports([fixtureImport('characters.graphml', 'import:chars')]));
    await act(() => store.getState().openDataset('import:chars'));
    await waitFor(() => expect(window.__sdgCy?.getElementById('Hamlet').length).toBe(1));
    // characters.graphml: Hamlet 30, Claudius 20, Ophelia 12, Polonius 10.
    await waitFor(() => expect(sizeOf('Hamlet')).toBe(1));
    expect(sizeOf('Claudius')).toBeCloseTo(20 / 30);
    expect(sizeOf('Polonius')).toBeCloseTo(10 / 30);
    expect(screen.getByTestId('legend').textContent).toMatch(/size as in the file/);
    expect((screen.getByTestId('file-sizes') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('size-metric') as HTMLSelectElement).value).toBe('file');

    const scope = exportScope(store.getState(), false)!;
    const svg = svgOf(store.getState(), scope);
    // The canvas's proportions: diameter 8 + 38 × size.
    expect(svgRadius(svg, 'Polonius') / svgRadius(svg, 'Hamlet')).toBeCloseTo((8 + 38 / 3) / 46, 1);

    // Choosing a metric sizes by it: the file's box is unticked and the sizes follow the metric.
    await waitFor(() => expect(store.getState().metricsByCode).not.toBeNull());
    fireEvent.change(screen.getByTestId('size-metric'), { target: { value: 'in' } });
    expect((screen.getByTestId('file-sizes') as HTMLInputElement).checked).toBe(false);
    const { graph } = store.getState();
    const maxIn = Math.max(...graph!.nodes().map((c) => graph!.inDegree(c)));
    await waitFor(() => expect(sizeOf('Hamlet')).toBeCloseTo(graph!.inDegree('Hamlet') / maxIn));
    expect(screen.getByTestId('legend').textContent).not.toMatch(/as in the file/);
    expect((screen.getByTestId('size-metric') as HTMLSelectElement).value).toBe('in');
    fireEvent.click(screen.getByTestId('file-sizes'));
    await waitFor(() => expect(sizeOf('Polonius')).toBeCloseTo(10 / 30));
    expect((screen.getByTestId('size-metric') as HTMLSelectElement).value).toBe('file');
    // and back to the metric from the list, then to the file's sizes from the list
    fireEvent.change(screen.getByTestId('size-metric'), { target: { value: 'in' } });
    await waitFor(() => expect(sizeOf('Hamlet')).toBeCloseTo(graph!.inDegree('Hamlet') / maxIn));
    fireEvent.change(screen.getByTestId('size-metric'), { target: { value: 'file' } });
    await waitFor(() => expect(sizeOf('Claudius')).toBeCloseTo(20 / 30));
    expect((screen.getByTestId('file-sizes') as HTMLInputElement).checked).toBe(true);
  });

  it('offers no file sizes for the bundled data', async () => {
    await renderApp();
    expect(screen.queryByTestId('file-sizes')).toBeNull();
    expect([...(screen.getByTestId('size-metric') as HTMLSelectElement).options].map((o) => o.value)).not.toContain('file');
  });
});
