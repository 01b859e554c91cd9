/**
 * Spearman's rho: Pearson's correlation of the average ranks (ties handled, unlike the 1 − 6Σd²
 * shortcut, which is exact only without ties). Null for a constant series: its rank variance is zero
 * and no correlation is defined.
 */
import { averageRanks } from './ranks.ts';

function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n !== y.length || n < 2) return null;
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) { mx += x[i]!; my += y[i]!; }
  mx /= n; my /= n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx, dy = y[i]! - my;
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  // Clamp: rounding may put a perfect correlation a hair above 1, which would break the t statistic.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

export const spearman = (x: readonly number[], y: readonly number[]): number | null => pearson(averageRanks(x), averageRanks(y));
