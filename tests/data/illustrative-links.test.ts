import { describe, expect, it } from 'vitest';
import { checkFigures, FIGURE_THRESHOLDS } from '../../scripts/data/illustrative-links.ts';
import { loadCatalogue, loadDatasetList, loadLinkDataset } from '../helpers/bundled.ts';

const catalogue = loadCatalogue();
const ds = loadLinkDataset('kz-illustrative-indicator-links.json');

function degrees() {
  const out = new Map(catalogue.indicators.map((i) => [i.code, 0]));
  const inn = new Map(catalogue.indicators.map((i) => [i.code, 0]));
  for (const l of ds.links) {
    out.set(l.source, out.get(l.source)! + 1);
    inn.set(l.target, inn.get(l.target)! + 1);
  }
  return { out, inn };
}

describe('illustrative indicator links (generated) reproduce every published figure', () => {
  const { out, inn } = degrees();
  const count = (m: Map<string, number>, p: (d: number) => boolean) => [...m.values()].filter(p).length;

  it('says it is illustrative in its id, name, every link and the dataset list', () => {
    expect(ds.id).toMatch(/illustrative/);
    expect(ds.name).toMatch(/ILLUSTRATIVE/);
    expect(ds.illustrative).toBe(true);
    expect(ds.links.every((l) => l.evidence === 'illustrative')).toBe(true);
    const entry = loadDatasetList().find((d) => d.id === ds.id)!;
    expect(entry.illustrative).toBe(true);
    expect(entry.realDataNote).toMatch(/Economic Research Institute/);
  });

  it('only links catalogue indicators, with no self-loops or duplicates', () => {
    const codes = new Set(catalogue.indicators.map((i) => i.code));
    const pairs = new Set(ds.links.map((l) => `${l.source}>${l.target}`));
    expect(pairs.size).toBe(ds.links.length);
    expect(ds.links.every((l) => codes.has(l.source) && codes.has(l.target) && l.source !== l.target)).toBe(true);
  });

  it('F3, F7, F8: the degrees the Review names', () => {
    expect(out.get('16.6.1')).toBe(64);
    expect(inn.get('2.3.1')).toBe(47);
    expect(out.get('2.3.1')).toBe(29);
    expect(inn.get('3.8.1')).toBe(28);
  });

  it('F1, F2, F4, F5, F6: the group sizes, under the documented thresholds', () => {
    expect(count(out, (d) => d >= 20)).toBe(17);
    const impactful = count(out, (d) => d >= FIGURE_THRESHOLDS.mostImpactful);
    expect(impactful).toBeGreaterThanOrEqual(57);
    expect(impactful).toBeLessThanOrEqual(63);
    expect(count(out, (d) => d <= FIGURE_THRESHOLDS.lowInfluenceMax)).toBe(179);
    expect(out.get('10.a.1')).toBeLessThanOrEqual(3);
    expect(count(inn, (d) => d <= FIGURE_THRESHOLDS.lowReverseMax)).toBeGreaterThan(190);
    expect(count(inn, (d) => d >= 20)).toBeGreaterThan(30);
  });

  it('F9, F10: Goal 5 reach and the total number of links', () => {
    expect(ds.links.length).toBeGreaterThanOrEqual(1450);
    expect(ds.links.length).toBeLessThanOrEqual(1550);
    const figures = Object.fromEntries(checkFigures(catalogue, ds.links).map((f) => [f.id, f]));
    expect(figures.F9a.value).toBeGreaterThan(106);
    expect(figures.F9b.value).toBeGreaterThan(50);
    expect(Object.values(figures).filter((f) => !f.ok)).toEqual([]);
  });

  it('is plausible, not uniform: same-goal and Review-linked pairs are over-represented', () => {
    const goalOf = new Map(catalogue.indicators.map((i) => [i.code, i.goal]));
    const sameGoal = ds.links.filter((l) => goalOf.get(l.source) === goalOf.get(l.target)).length / ds.links.length;
    // 17 goals: uniform random links would put about 1/17 ≈ 6 % inside a goal.
    expect(sameGoal).toBeGreaterThan(0.12);
  });
});
