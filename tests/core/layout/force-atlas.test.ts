import { describe, expect, it } from 'vitest';
import { defaultIterations, forceAtlasChunks } from '../../../src/core/layout/force-atlas.ts';

describe('ForceAtlas2 in chunks', () => {
  const nodes = ['a', 'b', 'c', 'd', 'e', 'f'];
  // Two triangles joined by one link: FA2 should pull each triangle together.
  const edges: [string, string][] = [['a', 'b'], ['b', 'c'], ['c', 'a'], ['d', 'e'], ['e', 'f'], ['f', 'd'], ['c', 'd']];
  const start = Object.fromEntries(nodes.map((n, i) => [n, { x: (i * 37) % 11, y: (i * 53) % 7 }]));

  it('reports progress chunk by chunk up to the total and moves every node', () => {
    const steps = [...forceAtlasChunks({ nodes, edges, start, iterations: 100 }, 30)];
    expect(steps.map((s) => s.done)).toEqual([30, 60, 90, 100]);
    const last = steps.at(-1)!.positions;
    expect(Object.keys(last).sort()).toEqual(nodes);
    expect(nodes.some((n) => last[n].x !== start[n].x || last[n].y !== start[n].y)).toBe(true);
  });

  it('puts linked nodes closer than unlinked ones', () => {
    const p = [...forceAtlasChunks({ nodes, edges, start, iterations: 300 })].at(-1)!.positions;
    const d = (u: string, v: string) => Math.hypot(p[u].x - p[v].x, p[u].y - p[v].y);
    const within = (d('a', 'b') + d('d', 'e')) / 2;
    const across = (d('a', 'e') + d('b', 'f')) / 2;
    expect(within).toBeLessThan(across);
  });

  it('does fewer iterations on bigger graphs', () => {
    expect(defaultIterations(500)).toBeGreaterThan(defaultIterations(50_000));
  });
});
