import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inDegree, outDegree } from '../../src/core/metrics/degree.ts';
import { egoNetwork } from '../../src/core/analysis/ego.ts';
import { allShortestPaths, kShortestPaths } from '../../src/core/analysis/paths.ts';
import { greedyPortfolio } from '../../src/core/analysis/portfolio.ts';
import { aggregateGraph } from '../../src/core/analysis/aggregate.ts';
import type { BlockId } from '../../src/core/model/types.ts';
import { graphOf, type Spec } from './helpers.ts';

const BLOCKS: BlockId[] = ['social', 'economic', 'environmental', 'institutional'];

/** Random simple directed graphs on SDG-like codes (goal.target.indicator), signed scores. */
const graphArb = fc
  .record({
    n: fc.integer({ min: 2, max: 14 }),
    pairs: fc.array(fc.tuple(fc.nat(13), fc.nat(13), fc.integer({ min: -3, max: 3 }).filter((s) => s !== 0)), { maxLength: 50 }),
  })
  .map(({ n, pairs }) => {
    const code = (i: number) => `${(i % 4) + 1}.${(i % 3) + 1}.${i}`;
    const seen = new Set<string>();
    const links: Spec[] = [];
    for (const [a, b, s] of pairs) {
      const x = a % n;
      const y = b % n;
      if (x === y || seen.has(`${x}>${y}`)) continue;
      seen.add(`${x}>${y}`);
      links.push([code(x), code(y), s]);
    }
    const nodes = Array.from({ length: n }, (_, i) => code(i));
    // goal 1 nodes sit in two blocks, like goal 8 in the catalogue
    const blocks = Object.fromEntries(nodes.map((c, i) => [c, c.startsWith('1.') ? [BLOCKS[0], BLOCKS[1]] : [BLOCKS[i % 4]]]));
    return graphOf(links, nodes, blocks);
  });

/** All simple paths of ≤ maxLen links, by plain DFS — the slow reference. */
function bruteSimplePaths(g: ReturnType<typeof graphOf>, a: string, b: string, maxLen: number): string[][] {
  const out: string[][] = [];
  const walk = (path: string[]) => {
    const v = path[path.length - 1];
    if (v === b) { out.push([...path]); return; }
    if (path.length - 1 >= maxLen) return;
    for (const w of g.outNeighbors(v)) if (!path.includes(w)) walk([...path, w]);
  };
  walk([a]);
  return out;
}

describe('graph core properties', () => {
  it('Σ out-degree = Σ in-degree = number of links', () => {
    fc.assert(fc.property(graphArb, (g) => {
      const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
      expect(sum(outDegree(g))).toBe(g.size);
      expect(sum(inDegree(g))).toBe(g.size);
    }));
  });

  it('ego(depth k) ⊆ ego(depth k + 1), in every direction', () => {
    fc.assert(fc.property(graphArb, fc.nat(20), fc.integer({ min: 0, max: 3 }), fc.constantFrom('out', 'in', 'both' as const), (g, i, k, dir) => {
      const seed = g.nodes()[i % g.order];
      const small = egoNetwork(g, seed, { depth: k, direction: dir }).nodes;
      const big = new Set(egoNetwork(g, seed, { depth: k + 1, direction: dir }).nodes);
      for (const c of small) expect(big.has(c)).toBe(true);
    }));
  });

  it('every returned path exists, is simple, is no longer than asked, and Yen matches brute force', () => {
    fc.assert(fc.property(graphArb, fc.nat(20), fc.nat(20), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }), (g, i, j, maxLen, k) => {
      const nodes = g.nodes();
      const a = nodes[i % nodes.length];
      const b = nodes[j % nodes.length];
      const paths = kShortestPaths(g, a, b, k, maxLen);
      for (const p of paths) {
        expect(p.codes[0]).toBe(a);
        expect(p.codes[p.codes.length - 1]).toBe(b);
        expect(p.length).toBeLessThanOrEqual(maxLen);
        expect(new Set(p.codes).size).toBe(p.codes.length);
        for (let x = 0; x + 1 < p.codes.length; x++) expect(g.hasEdge(p.codes[x], p.codes[x + 1])).toBe(true);
      }
      const reference = a === b ? [] : bruteSimplePaths(g, a, b, maxLen);
      expect(new Set(paths.map((p) => p.chain)).size).toBe(paths.length);
      expect(paths.length).toBe(Math.min(k, reference.length));
      expect(paths.map((p) => p.length)).toEqual(reference.map((p) => p.length - 1).sort((x, y) => x - y).slice(0, paths.length));
      const shortest = allShortestPaths(g, a, b);
      if (a !== b) {
        const min = reference.length ? Math.min(...reference.map((p) => p.length - 1)) : null;
        if (min !== null) expect(shortest.distance).toBe(min);
        for (const p of shortest.paths) {
          expect(p.length).toBe(shortest.distance);
          for (let x = 0; x + 1 < p.codes.length; x++) expect(g.hasEdge(p.codes[x], p.codes[x + 1])).toBe(true);
        }
      }
    }), { numRuns: 200 });
  });

  it('portfolio coverage is monotone in k, and greedy picks are prefixes', () => {
    fc.assert(fc.property(graphArb, fc.integer({ min: 1, max: 3 }), (g, depth) => {
      let previous = 0;
      let previousPicks: string[] = [];
      for (let k = 1; k <= 5; k++) {
        const p = greedyPortfolio(g, { k, depth });
        const coverage = p.coverageCurve.at(-1) ?? 0;
        expect(coverage).toBeGreaterThanOrEqual(previous);
        expect(p.picks.map((x) => x.code).slice(0, previousPicks.length)).toEqual(previousPicks);
        for (let x = 1; x < p.coverageCurve.length; x++) expect(p.coverageCurve[x]).toBeGreaterThanOrEqual(p.coverageCurve[x - 1]);
        expect(p.covered.length).toBe(coverage);
        previous = coverage;
        previousPicks = p.picks.map((x) => x.code);
      }
    }));
  });

  it('aggregation preserves link counts (blocks: once per block pair)', () => {
    fc.assert(fc.property(graphArb, (g) => {
      const total = (a: ReturnType<typeof aggregateGraph>) =>
        a.reduceEdges((s, _e, x) => s + x.links, 0) + a.reduceNodes((s, _n, x) => s + x.internalLinks, 0);
      const totalScore = (a: ReturnType<typeof aggregateGraph>) =>
        a.reduceEdges((s, _e, x) => s + x.score, 0) + a.reduceNodes((s, _n, x) => s + x.internalScore, 0);
      const scoreSum = g.reduceEdges((s, _e, x) => s + x.score, 0);
      for (const level of ['target', 'goal'] as const) {
        expect(total(aggregateGraph(g, level))).toBe(g.size);
        expect(totalScore(aggregateGraph(g, level))).toBe(scoreSum);
      }
      const weighted = g.reduceEdges((s, _e, _x, src, tgt) => s + g.getNodeAttribute(src, 'blocks').length * g.getNodeAttribute(tgt, 'blocks').length, 0);
      expect(total(aggregateGraph(g, 'block'))).toBe(weighted);
    }));
  });
});
