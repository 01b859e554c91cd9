import { describe, expect, it } from 'vitest';
import { diffGraphs } from '../../../src/core/analysis/diff.ts';
import { graphOf } from '../helpers.ts';

describe('diffGraphs', () => {
  it('reports added, removed and re-scored links and degree changes', () => {
    const before = graphOf([['A', 'B', 1], ['B', 'C', 2], ['C', 'D', 1]]);
    const after = graphOf([['A', 'B', 1], ['B', 'C', -1], ['A', 'E', 3]]);
    const d = diffGraphs(before, after);
    expect(d.added).toEqual([{ source: 'A', target: 'E', score: 3 }]);
    expect(d.removed).toEqual([{ source: 'C', target: 'D', score: 1 }]);
    expect(d.changed).toEqual([{ source: 'B', target: 'C', before: 2, after: -1 }]);
    expect(d.nodesAdded).toEqual(['E']);
    expect(d.nodesRemoved).toEqual(['D']);
    expect(d.degree).toEqual({
      A: { outBefore: 1, outAfter: 2, inBefore: 0, inAfter: 0 },
      C: { outBefore: 1, outAfter: 0, inBefore: 1, inAfter: 1 },
      D: { outBefore: 0, outAfter: 0, inBefore: 1, inAfter: 0 },
      E: { outBefore: 0, outAfter: 0, inBefore: 0, inAfter: 1 },
    });
  });

  it('is empty for identical graphs', () => {
    const d = diffGraphs(graphOf([['A', 'B']]), graphOf([['A', 'B']]));
    expect([d.added, d.removed, d.changed, d.nodesAdded, d.nodesRemoved]).toEqual([[], [], [], [], []]);
    expect(d.degree).toEqual({});
  });
});
