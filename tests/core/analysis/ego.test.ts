import { describe, expect, it } from 'vitest';
import { egoNetwork, egoSubgraph } from '../../../src/core/analysis/ego.ts';
import { inducedSubgraph } from '../../../src/core/analysis/induced.ts';
import { graphOf, kazakhstanGraph } from '../helpers.ts';

// A→B→C→D, E→B, X isolated
const g = () => graphOf([['A', 'B'], ['B', 'C'], ['C', 'D'], ['E', 'B']], ['X']);

describe('egoNetwork', () => {
  it('follows links out, in or both up to the depth', () => {
    expect(egoNetwork(g(), 'B', { depth: 1, direction: 'out' }).distance).toEqual({ B: 0, C: 1 });
    expect(egoNetwork(g(), 'B', { depth: 2, direction: 'out' }).distance).toEqual({ B: 0, C: 1, D: 2 });
    expect(egoNetwork(g(), 'B', { depth: 1, direction: 'in' }).distance).toEqual({ B: 0, A: 1, E: 1 });
    expect(egoNetwork(g(), 'A', { depth: 2, direction: 'both' }).distance).toEqual({ A: 0, B: 1, C: 2, E: 2 });
  });

  it('returns the induced links among the ego nodes', () => {
    const ego = egoNetwork(g(), 'B', { depth: 1, direction: 'both' });
    expect(ego.links.map((l) => `${l.source}>${l.target}`).sort()).toEqual(['A>B', 'B>C', 'E>B']);
  });

  it('starts from a set of seeds, taking the nearest seed', () => {
    expect(egoNetwork(g(), ['A', 'C'], { depth: 1, direction: 'out' }).distance).toEqual({ A: 0, C: 0, B: 1, D: 1 });
  });

  it('16.6.1 out at depth 1 is its 64 successors plus itself', () => {
    const kz = kazakhstanGraph();
    const ego = egoNetwork(kz, '16.6.1', { depth: 1, direction: 'out' });
    expect(ego.nodes).toHaveLength(65);
    expect(egoSubgraph(kz, '16.6.1', { depth: 1, direction: 'out' }).order).toBe(65);
  });
});

describe('inducedSubgraph', () => {
  it('keeps the selected nodes and links among them, ignoring unknown codes', () => {
    const s = inducedSubgraph(g(), ['A', 'B', 'D', 'nope']);
    expect(s.nodes().sort()).toEqual(['A', 'B', 'D']);
    expect(s.size).toBe(1);
    expect(s.hasEdge('A', 'B')).toBe(true);
  });
});
