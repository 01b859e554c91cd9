import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GOAL_STATEMENTS, goalLinks, statementPairs } from '../../scripts/data/goal-statements.ts';
import { loadLinkDataset, ROOT } from '../helpers/bundled.ts';

describe('goal-level links stated in the Review (real)', () => {
  const source = readFileSync(resolve(ROOT, 'data/sources/vnr-2025-sections-3.md'), 'utf8');

  it('quotes the Review verbatim', () => {
    for (const s of GOAL_STATEMENTS) expect(source, s.quote).toContain(s.quote);
  });

  it('has 85 directed statements merged into 75 distinct pairs, every source kept', () => {
    expect(statementPairs()).toHaveLength(85);
    const links = goalLinks();
    expect(links).toHaveLength(75);
    const sourcesKept = links.reduce((n, l) => n + l.sources!.length, 0);
    expect(sourcesKept).toBe(85);
    const oneToTen = links.find((l) => l.source === '1' && l.target === '10')!;
    expect(oneToTen.sources!.map((s) => s.section)).toEqual(['3.2', '3.3']);
    expect(oneToTen.undirectedInSource).toBe(false);
  });

  it('reads "SDG 17 acts as a catalyst for all other goals" as 17 → every other goal', () => {
    const from17 = goalLinks().filter((l) => l.source === '17');
    expect(from17.map((l) => l.target).sort((a, b) => +a - +b)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
  });

  it('marks links the Review only calls "interconnected"', () => {
    const sixToThree = goalLinks().find((l) => l.source === '6' && l.target === '3')!;
    // 6 → 3 is both "interconnected" (3.2) and stated with a direction (3.4): directed wins.
    expect(sixToThree.undirectedInSource).toBe(false);
    const elevenToThree = goalLinks().find((l) => l.source === '11' && l.target === '3')!;
    expect(elevenToThree.undirectedInSource).toBe(true);
  });

  it('the bundled file holds them, marked as not illustrative', () => {
    const ds = loadLinkDataset('kz-vnr2025-goal-links.json');
    expect(ds.illustrative).toBe(false);
    expect(ds.level).toBe('goal');
    expect(ds.links).toHaveLength(75);
    expect(ds.links.every((l) => l.evidence === 'review-statement' && l.source !== l.target)).toBe(true);
  });
});
