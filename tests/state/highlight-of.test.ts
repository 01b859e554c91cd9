import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/graph/build.ts';
import { egoNetwork } from '../../src/core/analysis/ego.ts';
import type { InterlinkageGraph } from '../../src/core/graph/types.ts';
import { highlightOf } from '../../src/state/store.ts';
import { DEFAULT_VIEW, type View } from '../../src/state/view.ts';
import { loadCatalogue, loadLinkDataset } from '../helpers/bundled.ts';

const graph = buildGraph(loadCatalogue(), loadLinkDataset('kz-illustrative-indicator-links.json'));

/** The definition: links among the ego network's nodes that step one further out in the direction. */
function byDefinition(g: InterlinkageGraph, view: View) {
  const ego = egoNetwork(g, view.select, { depth: view.depth, direction: view.direction });
  const d = ego.distance;
  const links = ego.links
    .filter((l) => (view.direction === 'in' ? d[l.source] === d[l.target] + 1
      : view.direction === 'out' ? d[l.target] === d[l.source] + 1 : Math.abs(d[l.target] - d[l.source]) === 1))
    .map((l) => `${l.source}→${l.target}`);
  return { distance: { ...d }, links: links.sort() };
}

describe('highlightOf', () => {
  it('gives the ego network and its outward links for every direction and depth on the bundled graph', () => {
    const hubs = graph.nodes().sort((a, b) => graph.outDegree(b) - graph.outDegree(a)).slice(0, 3);
    for (const direction of ['out', 'in', 'both'] as const) {
      for (const depth of [1, 2, 3]) {
        for (const select of [[hubs[0]], [hubs[1], '2.3.1'], [hubs[2]]]) {
          const view = { ...DEFAULT_VIEW, select, depth, direction };
          const h = highlightOf(graph, view)!;
          expect({ distance: { ...h.distance }, links: [...h.links].sort() }).toEqual(byDefinition(graph, view));
        }
      }
    }
  });

  it('answers the same question with the same object, so the canvas paints a click once', () => {
    const view = { ...DEFAULT_VIEW, select: ['16.6.1'] };
    const first = highlightOf(graph, view);
    expect(highlightOf(graph, { ...view, select: ['16.6.1'] })).toBe(first);
    const deeper = highlightOf(graph, { ...view, depth: 2 });
    expect(deeper).not.toBe(first);
    expect(Object.keys(deeper!.distance).length).toBeGreaterThan(Object.keys(first!.distance).length);
    expect(highlightOf(graph, { ...view, select: [] })).toBeNull();
  });

  it('keys distances by code without a prototype: a code like "constructor" is just a code', () => {
    const h = highlightOf(graph, { ...DEFAULT_VIEW, select: ['16.6.1'] })!;
    expect('constructor' in h.distance).toBe(false);
  });
});
