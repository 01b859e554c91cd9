import { describe, expect, it } from 'vitest';
import { computeAllMetrics, METRIC_NAMES, sortByMetric } from '../../../src/core/metrics/index.ts';
import { rankValues } from '../../../src/core/metrics/compute-all.ts';
import { graphOf, kazakhstanGraph } from '../helpers.ts';

describe('computeAllMetrics', () => {
  it('returns one row per node with every metric and rank', () => {
    const rows = computeAllMetrics(graphOf([['A', 'B', 2], ['A', 'C', 1], ['B', 'C', 3], ['C', 'D', -1]], ['E']));
    expect(rows.map((r) => r.code).sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
    const by = Object.fromEntries(rows.map((r) => [r.code, r]));
    const a = by.A;
    expect([a.out, a.in, a.reach2, a.first, a.total]).toEqual([2, 0, 3, 3, 5.5]);
    expect(by.C.betweenness).toBe(2);
    for (const r of rows) for (const m of METRIC_NAMES) expect(typeof r[m]).toBe('number');
    expect(a.rank.out).toBe(1);
    // D and E tie on out = 0 and share rank 4
    expect(by.D.rank.out).toBe(4);
    expect(by.E.rank.out).toBe(4);
  });

  it('skips betweenness on request, leaving NaN', () => {
    const rows = computeAllMetrics(graphOf([['A', 'B']]), { betweenness: false });
    expect(rows.every((r) => Number.isNaN(r.betweenness) && Number.isNaN(r.rank.betweenness))).toBe(true);
  });

  it('ranks 16.6.1 first by influence on the Kazakhstan network', () => {
    const rows = computeAllMetrics(kazakhstanGraph());
    expect(rows).toHaveLength(277);
    expect(sortByMetric(rows, 'out')[0].code).toBe('16.6.1');
    expect(rows.find((r) => r.code === '16.6.1')!.rank.out).toBe(1);
  });
});

describe('rankValues', () => {
  it('uses competition ranking', () => {
    expect(rankValues({ a: 5, b: 7, c: 5, d: 1 })).toEqual({ b: 1, a: 2, c: 2, d: 4 });
  });
});
