import { describe, expect, it } from 'vitest';
import { firstOrderInfluence, secondOrderInfluence, totalInfluence } from '../../../src/core/metrics/influence-order.ts';
import { graphOf } from '../helpers.ts';

const g = () => graphOf([['A', 'B', 2], ['A', 'C', 1], ['B', 'C', 3], ['C', 'D', -1]], ['E']);

describe('first- and second-order influence (Weitz et al. 2018)', () => {
  it('matches hand computation', () => {
    // first: A = 2+1, B = 3, C = −1
    expect(firstOrderInfluence(g())).toEqual({ A: 3, B: 3, C: -1, D: 0, E: 0 });
    // second: A = ½(2·3 + 1·(−1)) = 2.5; B = ½(3·(−1)) = −1.5; C = ½(−1·0) = 0
    const second = secondOrderInfluence(g());
    expect(second.A).toBeCloseTo(2.5);
    expect(second.B).toBeCloseTo(-1.5);
    expect(second.C).toBeCloseTo(0);
    const total = totalInfluence(g());
    expect(total.A).toBeCloseTo(5.5);
    expect(total.B).toBeCloseTo(1.5);
    expect(total.C).toBeCloseTo(-1);
  });

  it('a trade-off onto a node with net negative influence counts positively', () => {
    const h = graphOf([['A', 'B', -2], ['B', 'C', -3]]);
    expect(secondOrderInfluence(h).A).toBeCloseTo(3); // ½ · (−2) · (−3)
  });
});
