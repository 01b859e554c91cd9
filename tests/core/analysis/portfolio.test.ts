import { describe, expect, it } from 'vitest';
import { greedyPortfolio } from '../../../src/core/analysis/portfolio.ts';
import { reach } from '../../../src/core/metrics/reach.ts';
import { graphOf, kazakhstanGraph } from '../helpers.ts';

describe('greedyPortfolio', () => {
  // A reaches B,C,D in one step; E reaches C,D,F; G reaches H
  const g = () => graphOf([['A', 'B'], ['A', 'C'], ['A', 'D'], ['E', 'C'], ['E', 'D'], ['E', 'F'], ['G', 'H']]);

  it('picks by marginal gain, not by stand-alone reach', () => {
    const p = greedyPortfolio(g(), { k: 3, depth: 1 });
    // A and E both reach 3 (tie → A, first in graph order); after A, E adds only F (1) = G adds H (1) → E first in order
    expect(p.picks).toEqual([
      { code: 'A', gain: 3, coverage: 3 },
      { code: 'E', gain: 1, coverage: 4 },
      { code: 'G', gain: 1, coverage: 5 },
    ]);
    expect(p.coverageCurve).toEqual([3, 4, 5]);
    expect(p.covered.sort()).toEqual(['B', 'C', 'D', 'F', 'H']);
  });

  it('stops when nothing more can be reached', () => {
    const p = greedyPortfolio(g(), { k: 10, depth: 1 });
    expect(p.picks).toHaveLength(3);
    expect(p.saturated).toBe(true);
    expect(greedyPortfolio(g(), { k: 3, depth: 1 }).saturated).toBe(false);
  });

  it('restricts to candidates', () => {
    expect(greedyPortfolio(g(), { k: 1, depth: 1, candidates: ['G'] }).picks.map((p) => p.code)).toEqual(['G']);
  });

  it('first pick on Kazakhstan has the largest 2-step reach', () => {
    const kz = kazakhstanGraph();
    const p = greedyPortfolio(kz, { k: 5, depth: 2 });
    const r2 = reach(kz, 2);
    expect(p.picks[0].gain).toBe(Math.max(...Object.values(r2)));
    expect(p.picks).toHaveLength(5);
  });
});
