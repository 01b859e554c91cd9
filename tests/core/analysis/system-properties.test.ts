/** Property tests of the systems analysis on random signed graphs (fast-check). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propagate, spectralRadius } from '../../../src/core/analysis/propagation.ts';
import { robustness } from '../../../src/core/analysis/robustness.ts';
import { findLoops } from '../../../src/core/analysis/loops.ts';
import { toAdjacency } from '../../../src/core/graph/adjacency.ts';
import { rankValues } from '../../../src/core/metrics/compute-all.ts';
import { outDegree } from '../../../src/core/metrics/degree.ts';
import { graphOf, type Spec } from '../helpers.ts';

const code = (i: number) => `${i + 1}.1.1`;
const graphArb = fc
  .record({
    n: fc.integer({ min: 2, max: 6 }),
    pairs: fc.array(fc.tuple(fc.nat(5), fc.nat(5), fc.integer({ min: -3, max: 3 }).filter((s) => s !== 0)), { minLength: 1, maxLength: 20 }),
  })
  .map(({ n, pairs }) => {
    const seen = new Set<string>();
    const links: Spec[] = [];
    for (const [a, b, s] of pairs) {
      const x = a % n;
      const y = b % n;
      if (x === y || seen.has(`${x}>${y}`)) continue;
      seen.add(`${x}>${y}`);
      links.push([code(x), code(y), s]);
    }
    return graphOf(links, Array.from({ length: n }, (_, i) => code(i)));
  });

/** Dense W, and Σ_{k=1..K} (αW)^k by repeated dense multiplication — the truncated power series. */
function truncatedSeries(w: number[][], alpha: number, terms: number): number[][] {
  const n = w.length;
  const mul = (x: number[][], y: number[][]) => x.map((row) => y[0].map((_, j) => row.reduce((s, v, k) => s + v * y[k][j], 0)));
  const aw = w.map((r) => r.map((v) => alpha * v));
  let power = aw;
  const sum = aw.map((r) => [...r]);
  for (let k = 2; k <= terms; k++) {
    power = mul(power, aw);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sum[i][j] += power[i][j];
  }
  return sum;
}

describe('systems analysis properties', () => {
  it('propagation from every node equals the truncated power series Σ (αW)^k', () => {
    fc.assert(fc.property(graphArb, (g) => {
      const adj = toAdjacency(g);
      const w = adj.codes.map(() => adj.codes.map(() => 0));
      g.forEachEdge((_e, a, s, t) => { w[adj.index.get(s)!][adj.index.get(t)!] = a.score; });
      const rho = spectralRadius(adj);
      const alpha = rho > 0 ? 0.5 / rho : 1;
      const series = truncatedSeries(w, alpha, 80); // (½)^80: far below the comparison's precision
      for (const x of adj.codes) {
        const r = propagate(g, x, { alpha }, adj);
        const total = new Map(r.effects.map((e) => [e.code, e.total]));
        const i = adj.index.get(x)!;
        adj.codes.forEach((c, j) => expect(Math.abs((total.get(c) ?? 0) - series[i][j])).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(series[i][j]))));
      }
    }), { numRuns: 60 });
  });

  it('robustness with p = 0 (and no jitter) returns the base ranking, for every metric', () => {
    fc.assert(fc.property(graphArb, fc.constantFrom('out', 'total', 'pagerank' as const), (g, metric) => {
      const r = robustness(g, { metric, runs: 5, drop: 0, jitter: 0, seed: 'p' });
      for (const row of r.rows) expect([row.medianRank, row.rankLow, row.rankHigh]).toEqual([row.rank, row.rank, row.rank]);
      if (metric === 'out') {
        const base = rankValues(outDegree(g));
        for (const row of r.rows) expect(row.rank).toBe(base[row.code]);
      }
    }), { numRuns: 60 });
  });

  it('every loop is an elementary cycle of existing links, found once', () => {
    fc.assert(fc.property(graphArb, (g) => {
      const r = findLoops(g, { maxLength: 6 });
      const keys = new Set<string>();
      for (const l of r.loops) {
        expect(new Set(l.nodes).size).toBe(l.length);
        l.nodes.forEach((c, i) => expect(g.hasEdge(c, l.nodes[(i + 1) % l.length])).toBe(true));
        keys.add(l.nodes.join('>'));
      }
      expect(keys.size).toBe(r.count);
    }), { numRuns: 60 });
  });
});
