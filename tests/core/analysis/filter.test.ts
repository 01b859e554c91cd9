import { describe, expect, it } from 'vitest';
import { filterNodes } from '../../../src/core/analysis/filter.ts';
import { computeAllMetrics } from '../../../src/core/metrics/index.ts';
import { kazakhstanGraph } from '../helpers.ts';

describe('filterNodes on the Kazakhstan network', () => {
  const kz = kazakhstanGraph();
  const metrics = computeAllMetrics(kz, { betweenness: false });

  it('by goal and target', () => {
    const g16 = filterNodes(kz, { goals: ['16'] });
    expect(g16.length).toBeGreaterThan(0);
    expect(g16.every((c) => c.startsWith('16.'))).toBe(true);
    expect(filterNodes(kz, { targets: ['16.6'] })).toContain('16.6.1');
  });

  it('by block: goal 8 is in both social and economic', () => {
    const social = filterNodes(kz, { blocks: ['social'] });
    const economic = filterNodes(kz, { blocks: ['economic'] });
    expect(social).toContain('8.5.2');
    expect(economic).toContain('8.5.2');
    expect(social).not.toContain('16.6.1');
  });

  it('by classification and metric range, combined with AND', () => {
    expect(filterNodes(kz, { classes: ['integrated'] })).toContain('2.3.1');
    const high = filterNodes(kz, { ranges: { out: [20, Infinity] } }, metrics);
    expect(high).toHaveLength(17);
    expect(filterNodes(kz, { ranges: { out: [20, Infinity] }, goals: ['16'] }, metrics)).toContain('16.6.1');
    expect(filterNodes(kz, { ranges: { out: [20, Infinity] }, classes: ['dependent'] }, metrics)).toEqual([]);
  });

  it('refuses ranges without metrics', () => {
    expect(() => filterNodes(kz, { ranges: { out: [1, 2] } })).toThrow(/metrics/);
  });
});
