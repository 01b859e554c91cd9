import { describe, expect, it } from 'vitest';
import { aggregateGraph } from '../../../src/core/analysis/aggregate.ts';
import { outDegree } from '../../../src/core/metrics/degree.ts';
import { graphOf, kazakhstanGraph, loadCatalogue } from '../helpers.ts';

describe('aggregateGraph', () => {
  // 1.1.1 → 1.1.2 (same target), 1.1.1 → 1.2.1 (same goal), 1.2.1 → 8.1.1 (−1), 1.1.2 → 8.1.1 (2)
  const g = () => graphOf([['1.1.1', '1.1.2', 1], ['1.1.1', '1.2.1', 3], ['1.2.1', '8.1.1', -1], ['1.1.2', '8.1.1', 2]], [], {
    '1.1.1': ['social'], '1.1.2': ['social'], '1.2.1': ['social'], '8.1.1': ['social', 'economic'],
  });

  it('target level: counts and sums links, keeps within-group links on the node', () => {
    const t = aggregateGraph(g(), 'target');
    expect(t.nodes().sort()).toEqual(['1.1', '1.2', '8.1']);
    expect(t.getNodeAttributes('1.1')).toMatchObject({ kind: 'target', members: 2, internalLinks: 1, internalScore: 1 });
    expect(t.getEdgeAttributes('1.1', '1.2')).toMatchObject({ links: 1, score: 3 });
    expect(t.getEdgeAttributes('1.1', '8.1')).toMatchObject({ links: 1, score: 2 });
    expect(t.getEdgeAttributes('1.2', '8.1')).toMatchObject({ links: 1, score: -1 });
    expect(t.getAttribute('level')).toBe('target');
  });

  it('goal level: two links from goal 1 to goal 8 merge, summing scores', () => {
    const goal = aggregateGraph(g(), 'goal');
    expect(goal.getNodeAttributes('1')).toMatchObject({ kind: 'goal', members: 3, internalLinks: 2, internalScore: 4 });
    expect(goal.getEdgeAttributes('1', '8')).toMatchObject({ links: 2, score: 1, meanScore: 0.5 });
    expect(goal.size).toBe(1);
  });

  it('block level: a goal-8 node counts in both of its blocks', () => {
    const b = aggregateGraph(g(), 'block');
    expect(b.nodes().sort()).toEqual(['economic', 'social']);
    // social → social internal: 1.1.1→1.1.2, 1.1.1→1.2.1 and the two links into 8.1.1 (social side)
    expect(b.getNodeAttribute('social', 'internalLinks')).toBe(4);
    expect(b.getEdgeAttributes('social', 'economic')).toMatchObject({ links: 2, score: 1 });
    expect(b.getNodeAttribute('economic', 'members')).toBe(1);
  });

  it('preserves link counts on the Kazakhstan network and uses catalogue titles', () => {
    const kz = kazakhstanGraph();
    for (const level of ['target', 'goal'] as const) {
      const a = aggregateGraph(kz, level, loadCatalogue());
      const links = a.reduceEdges((s, _e, attrs) => s + attrs.links, 0) + a.reduceNodes((s, _n, attrs) => s + attrs.internalLinks, 0);
      expect(links).toBe(kz.size);
    }
    const goals = aggregateGraph(kz, 'goal', loadCatalogue());
    expect(goals.order).toBe(17);
    expect(goals.getNodeAttribute('16', 'title').en).toMatch(/peace|justice|institution/i);
    // the aggregate is an interlinkage graph, so every metric runs on it
    expect(Object.keys(outDegree(goals))).toHaveLength(17);
  });
});
