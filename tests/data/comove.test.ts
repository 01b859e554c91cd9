import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadLinkDataset } from '../helpers/bundled.ts';
import { benjaminiHochberg } from '../../src/core/stats/benjamini-hochberg.ts';
import { comoveTable } from '../../src/core/stats/comove.ts';

const dataset = loadLinkDataset('kz-national-comovement.json');
const summary = dataset.comoveSummary!;

describe('the co-movement layer in data/', () => {
  it('every link is undirected co-movement with n ≥ 8 and |rho| above the threshold', () => {
    expect(dataset.links.length).toBeGreaterThan(0);
    for (const l of dataset.links) {
      expect(l.evidence).toBe('co-movement');
      expect(l.undirected).toBe(true);
      expect(l.comove!.n).toBeGreaterThanOrEqual(summary.minYears);
      expect(l.comove!.years).toHaveLength(l.comove!.n);
      expect(Math.abs(l.comove!.rho)).toBeGreaterThan(summary.threshold);
      expect(l.score).toBe(Math.sign(l.comove!.rho));
    }
  });

  it('BH over the stored detrended p of all tested pairs gives the stored q of every link', () => {
    expect(summary.detrendedP).toHaveLength(summary.detrendTested);
    const q = benjaminiHochberg(summary.detrendedP);
    const qOfP = new Map<number, number>();
    summary.detrendedP.forEach((p, i) => qOfP.set(p, Math.min(qOfP.get(p) ?? 1, q[i]!)));
    let checked = 0;
    for (const l of dataset.links) {
      if (l.comove!.p === null) { expect(l.comove!.q).toBeNull(); continue; }
      expect(l.comove!.q!).toBeCloseTo(qOfP.get(l.comove!.p)!, 5);
      expect(l.comove!.survivesDetrending).toBe(l.comove!.q! <= summary.qThreshold);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('the counts in the summary are those of the links and of the catalogue', () => {
    const table = comoveTable(loadCatalogue(), summary.minYears);
    expect(summary.pairsTested).toBe(table.pairsTested);
    expect(summary.synergies).toBe(dataset.links.filter((l) => l.score > 0).length);
    expect(summary.tradeOffs).toBe(dataset.links.filter((l) => l.score < 0).length);
    expect(summary.survivingDetrending).toBe(dataset.links.filter((l) => l.comove!.survivesDetrending).length);
  });
});
