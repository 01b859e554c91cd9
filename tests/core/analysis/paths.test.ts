import { describe, expect, it } from 'vitest';
import { allShortestPaths, formatChain, kShortestPaths } from '../../../src/core/analysis/paths.ts';
import { graphOf, kazakhstanGraph } from '../helpers.ts';

// two shortest A→D chains (via B, via C), one longer via E→F
const g = () => graphOf([['A', 'B', 2], ['B', 'D', -1], ['A', 'C'], ['C', 'D'], ['A', 'E'], ['E', 'F'], ['F', 'D'], ['D', 'A']]);

describe('allShortestPaths', () => {
  it('finds every shortest chain with hop scores and a readable chain', () => {
    const r = allShortestPaths(g(), 'A', 'D');
    expect(r.distance).toBe(2);
    expect(r.paths.map((p) => p.chain).sort()).toEqual(['A → B → D', 'A → C → D']);
    expect(r.paths.find((p) => p.codes[1] === 'B')!.scores).toEqual([2, -1]);
  });

  it('reports unreachable targets and truncation', () => {
    expect(allShortestPaths(graphOf([['A', 'B']]), 'B', 'A').distance).toBeNull();
    const r = allShortestPaths(g(), 'A', 'D', 1);
    expect(r.paths).toHaveLength(1);
    expect(r.truncated).toBe(true);
  });
});

describe('kShortestPaths', () => {
  it('lists simple chains shortest first, within the length cap', () => {
    const paths = kShortestPaths(g(), 'A', 'D', 5, 4);
    expect(paths.map((p) => p.length)).toEqual([2, 2, 3]);
    expect(paths[2].chain).toBe('A → E → F → D');
    expect(kShortestPaths(g(), 'A', 'D', 5, 2)).toHaveLength(2);
    expect(kShortestPaths(g(), 'A', 'D', 1, 4)).toHaveLength(1);
  });

  it('answers on the Kazakhstan network in milliseconds', () => {
    const kz = kazakhstanGraph();
    const t0 = performance.now();
    const paths = kShortestPaths(kz, '16.6.1', '8.5.2', 10, 4);
    const elapsed = performance.now() - t0;
    expect(paths.length).toBe(10);
    for (const p of paths) for (let i = 0; i + 1 < p.codes.length; i++) expect(kz.hasEdge(p.codes[i], p.codes[i + 1])).toBe(true);
    expect(elapsed).toBeLessThan(50);
  });
});

describe('formatChain', () => {
  it('adds titles in the chosen language', () => {
    expect(formatChain(['A', 'B'], g(), 'en')).toBe('A (T A) → B (T B)');
    expect(formatChain(['A', 'B'])).toBe('A → B');
  });
});
