/** highlightOf keeps its last answers per graph (a click asks twice): same answer, and only for the same question. */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/graph/build.ts';
import { highlightOf } from '../../src/state/store.ts';
import { DEFAULT_VIEW } from '../../src/state/view.ts';
import { loadCatalogue, loadLinkDataset } from '../helpers/bundled.ts';

const build = () => buildGraph(loadCatalogue(), loadLinkDataset('kz-illustrative-indicator-links.json'));

describe('highlightOf on the default data', () => {
  it('answers a repeated question with the same object, equal to a fresh answer on a fresh graph', () => {
    const graph = build();
    const view = { ...DEFAULT_VIEW, select: ['16.6.1'] };
    const first = highlightOf(graph, view);
    expect(highlightOf(graph, { ...view, select: ['16.6.1'] })).toBe(first);
    expect(highlightOf(build(), view)).toEqual(first);
    expect(Object.keys(first!.distance)).toHaveLength(65);
  });

  it('answers anew when depth, direction, selection or the graph change', () => {
    const graph = build();
    const view = { ...DEFAULT_VIEW, select: ['16.6.1'] };
    const one = highlightOf(graph, view)!;
    const deeper = highlightOf(graph, { ...view, depth: 2 })!;
    expect(Object.keys(deeper.distance).length).toBeGreaterThan(Object.keys(one.distance).length);
    expect(highlightOf(graph, { ...view, direction: 'in' })!.links).toEqual([]);
    expect(highlightOf(graph, { ...view, select: ['16.6.1', '2.3.1'] })!.distance['2.3.1']).toBe(0);
    expect(highlightOf(graph, { ...view, select: [] })).toBeNull();
    // Evicted after four other questions: asked again, the same answer.
    expect(highlightOf(graph, view)).toEqual(one);
    expect(highlightOf(build(), view)).not.toBe(one);
  });
});
