import { describe, expect, it } from 'vitest';
import { clusterAnchors } from '../../../src/core/layout/cluster-labels.ts';
import { goalClusterLayout } from '../../../src/core/layout/goal-clusters.ts';
import { kazakhstanGraph } from '../helpers.ts';

describe('goal cluster names in the grouped layout', () => {
  it('puts one name per goal just outside its cluster, facing away from the ring', () => {
    const graph = kazakhstanGraph();
    const positions = goalClusterLayout(graph);
    const goalOf = (c: string) => graph.getNodeAttribute(c, 'goal');
    const anchors = clusterAnchors(positions, goalOf);
    expect(anchors.map((a) => a.goal)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    const all = Object.values(positions);
    const ring = { x: all.reduce((s, p) => s + p.x, 0) / all.length, y: all.reduce((s, p) => s + p.y, 0) / all.length };
    for (const a of anchors) {
      const members = Object.keys(positions).filter((c) => goalOf(c) === a.goal);
      // No node of its own cluster is farther out along the name's direction than the name itself.
      for (const c of members) expect((positions[c].x - a.x) * a.dx + (positions[c].y - a.y) * a.dy).toBeLessThan(0);
      // Outward: the name is farther from the ring's centre than its cluster's nodes on average.
      const mean = members.reduce((s, c) => s + Math.hypot(positions[c].x - ring.x, positions[c].y - ring.y), 0) / members.length;
      expect(Math.hypot(a.x - ring.x, a.y - ring.y)).toBeGreaterThan(mean);
    }
  });

  it('gives no names to a network without goals', () => {
    expect(clusterAnchors({ a: { x: 0, y: 0 }, b: { x: 10, y: 0 } }, () => null)).toEqual([]);
  });
});
