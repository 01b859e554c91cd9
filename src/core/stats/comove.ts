/**
 * Co-movement of national series, the method of Pradhan et al. (2017, Earth's Future 5:1169): for each
 * pair of indicators, Spearman's rho of their values over the years both have (≥ minYears, neither
 * constant). Shared trends make levels correlate whether or not two indicators are related, so every
 * tested pair is also tested on first differences (Δ_t = v_t − v_{t−1}, consecutive years only, ≥ minYears
 * common Δs) with a two-sided t-approximation p and Benjamini–Hochberg q over all pairs that have one.
 * One function for the data build, the CLI and the app, so they agree to the digit.
 */
import type { Catalogue, LinkComove } from '../model/types.ts';
import { spearman } from './spearman.ts';
import { correlationP } from './student-t.ts';
import { benjaminiHochberg } from './benjamini-hochberg.ts';

/**
 * One tested pair: the statistics a co-movement link carries (LinkComove: level rho over the common
 * years, n, the years, rho of first differences — null when fewer than minYears common Δs or a
 * constant Δ series — and its p and q), without the verdict the link adds.
 */
export interface PairStats extends Omit<LinkComove, 'survivesDetrending'> {
  a: string;
  b: string;
}

export interface ComoveTable {
  minYears: number;
  pairsTested: number;
  detrendTested: number;
  pairs: PairStats[];
  byPair: Map<string, PairStats>;
}

type Points = readonly (readonly [number, number])[];

/** Six significant digits: stored values stay stable across platforms and the files small. */
const round6 = (x: number): number => Number(x.toPrecision(6));

export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function differences(points: Points): Map<number, number> {
  const byYear = new Map(points.map(([y, v]) => [y, v]));
  const d = new Map<number, number>();
  for (const [y, v] of points) {
    const prev = byYear.get(y - 1);
    if (prev !== undefined) d.set(y, v - prev);
  }
  return d;
}

/** Level and detrended statistics of one pair (q left null: it needs every pair), or null when untestable.
 * @internal also used by its unit test */
export function pairStats(a: string, pa: Points, b: string, pb: Points, minYears: number): PairStats | null {
  const mb = new Map(pb.map(([y, v]) => [y, v]));
  const years: number[] = [], x: number[] = [], y: number[] = [];
  for (const [yr, v] of pa) {
    const w = mb.get(yr);
    if (w !== undefined) { years.push(yr); x.push(v); y.push(w); }
  }
  if (years.length < minYears) return null;
  const rho = spearman(x, y);
  if (rho === null) return null;
  const da = differences(pa), db = differences(pb);
  const dx: number[] = [], dy: number[] = [];
  for (const [yr, v] of da) {
    const w = db.get(yr);
    if (w !== undefined) { dx.push(v); dy.push(w); }
  }
  const detrended = dx.length >= minYears ? spearman(dx, dy) : null;
  return {
    a, b, rho: round6(rho), n: years.length, years,
    detrendedRho: detrended === null ? null : round6(detrended), detrendedN: dx.length,
    p: detrended === null ? null : round6(correlationP(detrended, dx.length)), q: null,
  };
}

const tables = new WeakMap<Catalogue, Map<number, ComoveTable>>();

/** Every testable pair of catalogue indicators with its q; computed once per catalogue and minYears. */
export function comoveTable(catalogue: Catalogue, minYears = 8): ComoveTable {
  let perMin = tables.get(catalogue);
  if (!perMin) tables.set(catalogue, (perMin = new Map()));
  const cached = perMin.get(minYears);
  if (cached) return cached;
  const withSeries = catalogue.indicators.filter((i) => i.series && i.series.points.length >= minYears);
  const pairs: PairStats[] = [];
  for (let i = 0; i < withSeries.length; i++) {
    for (let j = i + 1; j < withSeries.length; j++) {
      const A = withSeries[i]!, B = withSeries[j]!;
      const s = pairStats(A.code, A.series!.points, B.code, B.series!.points, minYears);
      if (s) pairs.push(s);
    }
  }
  const withP = pairs.filter((s) => s.p !== null);
  const q = benjaminiHochberg(withP.map((s) => s.p!));
  withP.forEach((s, i) => { s.q = round6(q[i]!); });
  const table: ComoveTable = {
    minYears, pairsTested: pairs.length, detrendTested: withP.length, pairs,
    byPair: new Map(pairs.map((s) => [pairKey(s.a, s.b), s])),
  };
  perMin.set(minYears, table);
  return table;
}
