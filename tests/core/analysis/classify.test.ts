import { describe, expect, it } from 'vitest';
import { classifyNode, classifyNodes } from '../../../src/core/analysis/classify.ts';
import { FIGURE_THRESHOLDS as T } from '../../../scripts/data/illustrative-links.ts';
import { graphOf, kazakhstanGraph } from '../helpers.ts';

describe('classifyNode', () => {
  it('splits the influence plane into four at the thresholds (inclusive)', () => {
    const t = { influenceHigh: 3, reverseHigh: 2 };
    expect(classifyNode(3, 1, t)).toBe('accelerator');
    expect(classifyNode(3, 2, t)).toBe('integrated');
    expect(classifyNode(2, 2, t)).toBe('dependent');
    expect(classifyNode(2, 1, t)).toBe('low');
  });

  it('honours custom thresholds on a graph', () => {
    const g = graphOf([['A', 'B'], ['A', 'C'], ['B', 'C'], ['D', 'C']]);
    expect(classifyNodes(g, { influenceHigh: 2, reverseHigh: 2 })).toEqual({ A: 'accelerator', B: 'low', C: 'dependent', D: 'low' });
  });
});

describe("the Review's groupings on the bundled Kazakhstan network", () => {
  const kz = kazakhstanGraph();
  const out = (c: string) => kz.outDegree(c);
  const inn = (c: string) => kz.inDegree(c);
  const count = (f: (c: string) => boolean) => kz.filterNodes(f).length;
  const classes = classifyNodes(kz);

  it('reproduces the published figures', () => {
    expect(kz.order).toBe(277);
    expect(count((c) => out(c) >= T.high)).toBe(17);
    expect(out('16.6.1')).toBe(64);
    expect([inn('2.3.1'), out('2.3.1')]).toEqual([47, 29]);
    expect(inn('3.8.1')).toBe(28);
    expect(count((c) => out(c) >= T.mostImpactful)).toBe(60);
    expect(count((c) => out(c) <= T.lowInfluenceMax)).toBe(179);
    expect(count((c) => inn(c) <= T.lowReverseMax)).toBeGreaterThan(190);
    expect(count((c) => inn(c) >= T.high)).toBeGreaterThan(30);
  });

  it('classifies 2.3.1 integrated and 16.6.1 an accelerator with the default thresholds', () => {
    expect(classes['2.3.1']).toBe('integrated');
    expect(classes['16.6.1']).toBe('accelerator');
    expect(classes['3.8.1']).toBe('dependent');
    expect(classes['10.a.1']).toBe('low');
  });

  it('high influence (≥ 20) is exactly the accelerators plus the integrated', () => {
    const high = Object.values(classes).filter((c) => c === 'accelerator' || c === 'integrated').length;
    expect(high).toBe(17);
  });
});
