import { describe, expect, it } from 'vitest';
import { averageRanks } from '../../../src/core/stats/ranks.ts';
import { spearman } from '../../../src/core/stats/spearman.ts';
import { correlationP, studentTwoSided } from '../../../src/core/stats/student-t.ts';
import { benjaminiHochberg } from '../../../src/core/stats/benjamini-hochberg.ts';
import { pairStats } from '../../../src/core/stats/comove.ts';

const years = (from: number, values: number[]) => values.map((v, i) => [from + i, v] as [number, number]);

describe('ranks and Spearman rho (hand-computed)', () => {
  it('tied values share the mean of their ranks', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([3, 1, 3, 3])).toEqual([3, 1, 3, 3]);
  });

  it('without ties rho = 1 − 6Σd²/(n(n²−1))', () => {
    // d = ±1 for every pair: Σd² = 8, rho = 1 − 48/504
    expect(spearman([1, 2, 3, 4, 5, 6, 7, 8], [2, 1, 4, 3, 6, 5, 8, 7])).toBeCloseTo(1 - 48 / 504, 12);
  });

  it('with ties rho is Pearson of the average ranks', () => {
    // ranks of y: 1, 2, 3.5, 5, 3.5 → Σdxdy = 8, Σdx² = 10, Σdy² = 9.5
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(8 / Math.sqrt(95), 12);
  });

  it('a constant series has no rho', () => {
    expect(spearman([1, 2, 3], [4, 4, 4])).toBeNull();
  });
});

describe('two-sided p by the t-approximation', () => {
  it('matches closed forms of Student t for 1 and 2 degrees of freedom', () => {
    expect(studentTwoSided(1, 1)).toBeCloseTo(0.5, 10); // Cauchy: P(|T| ≥ 1) = 1/2
    expect(studentTwoSided(2, 2)).toBeCloseTo(1 - 2 / Math.sqrt(6), 10); // 1 − t/√(2+t²)
  });

  it('matches the 5 % and 1 % table values', () => {
    expect(studentTwoSided(2.306004, 8)).toBeCloseTo(0.05, 5);
    expect(studentTwoSided(3.707428, 6)).toBeCloseTo(0.01, 5);
  });

  it('of r = 0.5 over 4 pairs: t = √(2/3)·… gives exactly 1/2', () => {
    expect(correlationP(0.5, 4)).toBeCloseTo(0.5, 10);
    expect(correlationP(1, 10)).toBe(0);
  });
});

describe('Benjamini–Hochberg q', () => {
  it('step-up with the running minimum, in input order', () => {
    // sorted 0.005, 0.01, 0.03, 0.04 → p·4/k = 0.02, 0.02, 0.04, 0.04
    expect(benjaminiHochberg([0.01, 0.04, 0.03, 0.005])).toEqual([0.02, 0.04, 0.04, 0.02]);
  });

  it('caps at 1 and gives ties the same q', () => {
    const q = benjaminiHochberg([0.9, 0.9, 0.2]);
    expect(q[0]).toBe(q[1]);
    expect(Math.max(...q)).toBeLessThanOrEqual(1);
  });
});

describe('pairStats: levels and first differences of consecutive years', () => {
  it('tests levels over common years and differences only between consecutive years', () => {
    const a = years(2010, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const b = years(2010, [2, 1, 4, 3, 6, 5, 8, 7, 10, 9]);
    const s = pairStats('a', a, 'b', b, 8)!;
    expect(s.n).toBe(10);
    expect(s.years[0]).toBe(2010);
    expect(s.rho).toBeCloseTo(1 - (6 * 10) / (10 * 99), 5);
    // Δa is constant (1 every year): no detrended rho
    expect(s.detrendedRho).toBeNull();
    expect(s.p).toBeNull();
  });

  it('a gap breaks the differences: 9 years with 2015 missing leave 7 Δs, too few', () => {
    const a = years(2010, [1, 3, 2, 5, 4, 0, 7, 6, 9, 8]).filter(([y]) => y !== 2015);
    const b = years(2010, [2, 1, 5, 3, 4, 0, 9, 7, 6, 8]).filter(([y]) => y !== 2015);
    const s = pairStats('a', a, 'b', b, 8)!;
    expect(s.n).toBe(9);
    expect(s.detrendedN).toBe(7);
    expect(s.detrendedRho).toBeNull();
  });

  it('fewer than 8 common years is not tested', () => {
    expect(pairStats('a', years(2010, [1, 2, 3, 4, 5, 6, 7]), 'b', years(2010, [7, 6, 5, 4, 3, 2, 1]), 8)).toBeNull();
  });

  it('detrended rho and its p on alternating differences', () => {
    const a = years(2010, [0, 2, 1, 3, 2, 4, 3, 5, 4, 6]);
    const b = years(2010, [0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
    const s = pairStats('a', a, 'b', b, 8)!;
    // Δa = +2,−1,… and Δb = +1,−1,…: the same order, rho of differences = 1 (9 Δs)
    expect(s.detrendedN).toBe(9);
    expect(s.detrendedRho).toBe(1);
    expect(s.p).toBe(0);
  });
});
