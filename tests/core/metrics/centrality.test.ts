import { describe, expect, it } from 'vitest';
import { dependencePagerank, influencePagerank } from '../../../src/core/metrics/pagerank.ts';
import { betweenness } from '../../../src/core/metrics/betweenness.ts';
import { louvainCommunities } from '../../../src/core/metrics/communities.ts';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import reverse from 'graphology-operators/reverse.js';
import { graphOf, kazakhstanGraph } from '../helpers.ts';

describe('pagerank', () => {
  it('matches the closed form on A→B (α = 0.85, dangling mass spread evenly)', () => {
    // PR(A) = 0.075 + 0.425·PR(B), PR(A) + PR(B) = 1 → PR(A) = 0.5 / 1.425
    const dep = dependencePagerank(graphOf([['A', 'B']]), { tolerance: 1e-12 });
    expect(dep.A).toBeCloseTo(0.5 / 1.425, 5);
    expect(dep.B).toBeCloseTo(1 - 0.5 / 1.425, 5);
    const inf = influencePagerank(graphOf([['A', 'B']]), { tolerance: 1e-12 });
    expect(inf.B).toBeCloseTo(0.5 / 1.425, 5);
    expect(inf.A).toBeCloseTo(1 - 0.5 / 1.425, 5);
  });

  it('influence PageRank equals PageRank of the reversed graph (graphology-operators reverse)', () => {
    const kz = kazakhstanGraph();
    const reference = pagerank(reverse(kz), { getEdgeWeight: null });
    const ours = influencePagerank(kz);
    for (const code of kz.nodes()) expect(ours[code]).toBeCloseTo(reference[code], 12);
    // and differs from dependence PageRank, so the view really reverses something
    expect(influencePagerank(kz)['16.6.1']).not.toBeCloseTo(dependencePagerank(kz)['16.6.1'], 3);
  });

  it('counts an undirected link both ways', () => {
    const g = graphOf([['A', 'B', 1, { undirected: true }]]);
    const dep = dependencePagerank(g);
    expect(dep.A).toBeCloseTo(0.5, 6);
    expect(dep.B).toBeCloseTo(0.5, 6);
  });

  it('ranks a hub first by influence and last by dependence', () => {
    const star = graphOf(['B', 'C', 'D', 'E'].map((t) => ['A', t] as [string, string]));
    const inf = influencePagerank(star);
    const dep = dependencePagerank(star);
    for (const t of ['B', 'C', 'D', 'E']) {
      expect(inf.A).toBeGreaterThan(inf[t]);
      expect(dep.A).toBeLessThan(dep[t]);
    }
  });

  it('sums to 1 on the Kazakhstan network and puts 16.6.1 in the influence top 10', () => {
    const kz = kazakhstanGraph();
    const inf = influencePagerank(kz);
    expect(Object.values(inf).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    const top = Object.entries(inf).sort((a, b) => b[1] - a[1]).slice(0, 10).map(([c]) => c);
    expect(top).toContain('16.6.1');
  });
});

describe('betweenness', () => {
  it('counts shortest chains through a node (hand-checked)', () => {
    // A→B, A→C, B→C, C→D: A→D and B→D both pass only through C
    const b = betweenness(graphOf([['A', 'B'], ['A', 'C'], ['B', 'C'], ['C', 'D']]));
    expect(b).toEqual({ A: 0, B: 0, C: 2, D: 0 });
  });

  it('splits credit between equal shortest paths', () => {
    const b = betweenness(graphOf([['A', 'B'], ['A', 'C'], ['B', 'D'], ['C', 'D']]));
    expect(b.B).toBeCloseTo(0.5);
    expect(b.C).toBeCloseTo(0.5);
  });
});

describe('louvain communities', () => {
  const twoCliques = () => {
    const links: [string, string][] = [];
    for (const group of [['A', 'B', 'C', 'D'], ['E', 'F', 'G', 'H']]) {
      for (const s of group) for (const t of group) if (s !== t) links.push([s, t]);
    }
    links.push(['D', 'E']);
    return graphOf(links);
  };

  it('separates two cliques joined by one link', () => {
    const c = louvainCommunities(twoCliques());
    expect(new Set(['A', 'B', 'C', 'D'].map((x) => c[x])).size).toBe(1);
    expect(new Set(['E', 'F', 'G', 'H'].map((x) => c[x])).size).toBe(1);
    expect(c.A).not.toBe(c.E);
  });

  it('is stable for a seed on the Kazakhstan network', () => {
    const kz = kazakhstanGraph();
    const a = louvainCommunities(kz, 'x');
    const b = louvainCommunities(kazakhstanGraph(), 'x');
    expect(a).toEqual(b);
    const sizes = new Map<number, number>();
    for (const v of Object.values(a)) sizes.set(v, (sizes.get(v) ?? 0) + 1);
    // ids are renumbered by decreasing size
    const bySize = [...sizes.entries()].sort((x, y) => x[0] - y[0]).map(([, n]) => n);
    expect([...bySize].sort((x, y) => y - x)).toEqual(bySize);
  });
});
