import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadLinkDataset } from '../../helpers/bundled.ts';
import { linkEvidenceFields, nationalData, nationalSummary } from '../../../src/core/analysis/evidence.ts';

const catalogue = loadCatalogue();

describe('link evidence fields', () => {
  it('the same keys in the same order for every kind of link', () => {
    const goal = loadLinkDataset('kz-vnr2025-goal-links.json').links[0]!;
    const comove = loadLinkDataset('kz-national-comovement.json').links[0]!;
    const keys = (l: Parameters<typeof linkEvidenceFields>[0]) => linkEvidenceFields(l).map(([k]) => k);
    expect(keys(goal)).toEqual(keys(comove));
    const g = new Map(linkEvidenceFields(goal));
    expect(g.get('evidence')).toBe('review-statement');
    expect(String(g.get('review_quotes'))).toContain(goal.sources![0]!.quote);
    expect(g.get('rho')).toBeNull();
    const c = new Map(linkEvidenceFields(comove));
    expect(c.get('rho')).toBe(comove.comove!.rho);
    expect(c.get('undirected')).toBe(true);
  });

  it('an imported link names its file, sheet and cell', () => {
    const f = new Map(linkEvidenceFields({ evidence: 'imported', location: { file: 'eri.xlsx', sheet: 'Matrix', cell: 'C4' } }, null));
    expect([f.get('source_file'), f.get('source_sheet'), f.get('source_cell')]).toEqual(['eri.xlsx', 'Matrix', 'C4']);
    expect(f.get('national_rho')).toBeNull();
  });
});

describe('national data of a network (real catalogue)', () => {
  it('is symmetric in the pair and null for an untested pair', () => {
    const d = nationalData(catalogue, '16.6.1', '8.5.2')!;
    expect(d.n).toBe(14);
    expect(nationalData(catalogue, '8.5.2', '16.6.1')).toBe(d);
    expect(nationalData(catalogue, '16.6.1', '4.1.1')).toBeNull();
  });

  it('the co-movement layer agrees with itself on every link', () => {
    const links = loadLinkDataset('kz-national-comovement.json').links;
    const s = nationalSummary(catalogue, links);
    expect(s).toMatchObject({ links: links.length, agree: links.length, contradict: 0, weak: 0, untestable: 0 });
  });

  it('a flipped sign contradicts', () => {
    const l = loadLinkDataset('kz-national-comovement.json').links[0]!;
    expect(nationalSummary(catalogue, [{ ...l, score: -l.score }]).contradict).toBe(1);
  });
});

describe('column letters of a cell', () => {
  it('A, Z, AA, AZ, BA', async () => {
    const { columnLetters } = await import('../../../src/core/io/link-location.ts');
    expect([1, 26, 27, 52, 53].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA']);
  });
});
