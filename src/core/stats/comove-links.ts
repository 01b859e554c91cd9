/**
 * The links of the co-movement layer from a table of tested pairs: |rho| above the threshold, sign as
 * score (+1 synergy, −1 trade-off), undirected, with every statistic on the link.
 */
import type { Link } from '../model/types.ts';
import type { ComoveTable } from './comove.ts';

export const COMOVE_DEFAULTS = { minYears: 8, threshold: 0.6, q: 0.05 } as const;

export const COMOVE_METHOD =
  "Spearman's rho with average ranks over common years (Pradhan et al. 2017, Earth's Future 5:1169); detrended: rho of first differences " +
  'of consecutive years; two-sided p by the t-approximation (n − 2 df); Benjamini–Hochberg q over all pairs with a detrended p';

export function comoveLinks(table: ComoveTable, threshold: number, qMax: number): Link[] {
  const links: Link[] = [];
  for (const s of table.pairs) {
    if (Math.abs(s.rho) <= threshold) continue;
    links.push({
      source: s.a, target: s.b, score: s.rho > 0 ? 1 : -1, evidence: 'co-movement', undirected: true,
      note: s.rho > 0 ? 'synergy: the two series move together (not causal)' : 'trade-off: the two series move in opposite directions (not causal)',
      comove: {
        rho: s.rho, n: s.n, years: s.years, detrendedRho: s.detrendedRho, detrendedN: s.detrendedN, p: s.p, q: s.q,
        survivesDetrending: s.q !== null && s.q <= qMax,
      },
    });
  }
  return links;
}
