import { describe, expect, it } from 'vitest';
import { reach } from '../../../src/core/metrics/reach.ts';
import { graphOf, kazakhstanGraph } from '../helpers.ts';

const g = () => graphOf([['A', 'B', 2], ['A', 'C', 1], ['B', 'C', 3], ['C', 'D', -1]], ['E']);

describe('reach', () => {
  it('counts distinct nodes within k steps, out and in', () => {
    expect(reach(g(), 1)).toEqual({ A: 2, B: 1, C: 1, D: 0, E: 0 });
    expect(reach(g(), 2)).toEqual({ A: 3, B: 2, C: 1, D: 0, E: 0 });
    expect(reach(g(), 3)).toEqual({ A: 3, B: 2, C: 1, D: 0, E: 0 });
    expect(reach(g(), 1, 'in')).toEqual({ A: 0, B: 1, C: 2, D: 1, E: 0 });
    expect(reach(g(), 2, 'in')).toEqual({ A: 0, B: 1, C: 2, D: 3, E: 0 });
  });

  it('does not count the node itself when a cycle returns to it', () => {
    const cycle = graphOf([['A', 'B'], ['B', 'C'], ['C', 'A']]);
    expect(reach(cycle, 3)).toEqual({ A: 2, B: 2, C: 2 });
  });

  it('reach1 equals the number of distinct successors on the Kazakhstan network', () => {
    const kz = kazakhstanGraph();
    const r1 = reach(kz, 1);
    const r2 = reach(kz, 2);
    kz.forEachNode((c) => {
      expect(r1[c]).toBe(new Set(kz.outNeighbors(c)).size);
      const two = new Set(kz.outNeighbors(c));
      for (const n of kz.outNeighbors(c)) for (const m of kz.outNeighbors(n)) two.add(m);
      two.delete(c);
      expect(r2[c]).toBe(two.size);
    });
  });

  it('rejects k < 1', () => {
    expect(() => reach(g(), 0)).toThrow(RangeError);
  });
});
