/**
 * Systems analysis on one 4-node network worked out by hand (A = 1.1.1, B = 2.1.1, C = 3.1.1, D = 4.1.1):
 *
 *        A  B  C  D            links: A→B 2, A→C 1, B→C 1, C→A −1, C→D 3, D→B 1
 *   A [  0  2  1  0 ]
 *   B [  0  0  1  0 ]   |W| row sums (direct influence)  A 3, B 1, C 4, D 1   (Σ = 9, mean 2.25)
 *   C [ −1  0  0  3 ]   |W| column sums (dependence)     A 1, B 3, C 2, D 3
 *   D [  0  1  0  0 ]
 *
 * Loops: A→B→C→A (signs + + −: balancing), A→C→A (+ −: balancing), B→C→D→B (+ + +: reinforcing).
 * MICMAC: row sums of M² = M·(3,1,4,1) = (6,4,6,1), of M³ = (14,6,9,4); column sums of M² = (2,5,4,6),
 * of M³ = (4,10,7,12). Influence order: M¹ C,A,B,D; M² A,C,B,D (A = C, ties by node order); M³ A,C,B,D.
 * Dependence order: M¹ B,D,C,A; M² D,B,C,A; M³ D,B,C,A — both stop changing at k = 3.
 * Propagation from A with α = 0.1: the row r of (I − αW)⁻¹ solves r = e_A + α r W:
 *   r_A = 1 − 0.1 r_C, r_B = 0.2 r_A + 0.1 r_D, r_C = 0.1 (r_A + r_B), r_D = 0.3 r_C
 *   ⇒ r = (0.997, 0.203, 0.12, 0.036) / 1.009, and T's row A = r − e_A.
 */
import { describe, expect, it } from 'vitest';
import { findLoops, loopCounts, loopLinks } from '../../../src/core/analysis/loops.ts';
import { micmac } from '../../../src/core/analysis/micmac.ts';
import { propagate, spectralRadius } from '../../../src/core/analysis/propagation.ts';
import { robustness } from '../../../src/core/analysis/robustness.ts';
import { toAdjacency } from '../../../src/core/graph/adjacency.ts';
import { graphOf, kazakhstanGraph, type Spec } from '../helpers.ts';

const [A, B, C, D] = ['1.1.1', '2.1.1', '3.1.1', '4.1.1'];
const hand = () => graphOf([[A, B, 2], [A, C, 1], [B, C, 1], [C, A, -1], [C, D, 3], [D, B, 1]]);

describe('feedback loops', () => {
  it('lists the three elementary cycles of the hand network, each from its smallest code, with polarity', () => {
    const r = findLoops(hand());
    expect(r).toEqual({
      count: 3, truncated: false,
      loops: [
        { nodes: [A, B, C], length: 3, polarity: 'balancing' },
        { nodes: [A, C], length: 2, polarity: 'balancing' },
        { nodes: [B, C, D], length: 3, polarity: 'reinforcing' },
      ],
    });
    expect(Object.fromEntries(loopCounts(r.loops))).toEqual({ [A]: 2, [B]: 2, [C]: 3, [D]: 1 });
    expect(loopLinks(r.loops[2])).toEqual([[B, C], [C, D], [D, B]]);
  });

  it('bounds length and count, says when it was cut, and filters by a node', () => {
    expect(findLoops(hand(), { maxLength: 2 }).loops.map((l) => l.nodes)).toEqual([[A, C]]);
    expect(findLoops(hand(), { maxCount: 2 })).toMatchObject({ count: 2, truncated: true });
    expect(findLoops(hand(), { through: D }).loops.map((l) => l.nodes)).toEqual([[B, C, D]]);
    expect(findLoops(hand(), { through: 'nope' }).count).toBe(0);
  });

  it('starts a loop at the smallest code in natural order (2 before 10)', () => {
    const r = findLoops(graphOf([['10.1.1', '2.1.1', 1], ['2.1.1', '10.1.1', 1]]));
    expect(r.loops[0].nodes).toEqual(['2.1.1', '10.1.1']);
  });

  it('finds all 14 two-link loops of the default network (every reciprocal pair)', () => {
    const g = kazakhstanGraph();
    let reciprocal = 0;
    g.forEachEdge((_e, _a, s, t) => { if (s < t && g.hasEdge(t, s)) reciprocal++; });
    expect(findLoops(g, { maxLength: 2 }).count).toBe(reciprocal);
    expect(reciprocal).toBe(14);
  });
});

describe('MICMAC', () => {
  it('gives the hand-computed direct and indirect sums, the power and the sectors', () => {
    const r = micmac(hand());
    expect(r.power).toBe(3);
    expect(r.converged).toBe(true);
    expect(r.rows.map((x) => x.code)).toEqual([A, C, B, D]);
    const by = Object.fromEntries(r.rows.map((x) => [x.code, x]));
    expect([A, B, C, D].map((c) => by[c].directInfluence)).toEqual([3, 1, 4, 1]);
    expect([A, B, C, D].map((c) => by[c].directDependence)).toEqual([1, 3, 2, 3]);
    // M³ sums rescaled to the direct total 9 (M³'s total is 33)
    [14, 6, 9, 4].forEach((v, i) => expect(by[[A, B, C, D][i]].indirectInfluence).toBeCloseTo((v * 9) / 33, 12));
    [4, 10, 7, 12].forEach((v, i) => expect(by[[A, B, C, D][i]].indirectDependence).toBeCloseTo((v * 9) / 33, 12));
    expect([A, B, C, D].map((c) => by[c].directSector)).toEqual(['influential', 'dependent', 'influential', 'dependent']);
    expect([A, B, C, D].map((c) => by[c].sector)).toEqual(['influential', 'dependent', 'influential', 'dependent']);
    expect([A, B, C, D].map((c) => by[c].displacement)).toEqual([1, 0, -1, 0]);
  });

  it('puts a node that both moves and is moved by many in the relay sector', () => {
    const r = micmac(graphOf([[A, B], [B, A], [B, C], [C, B], [D, B]]));
    expect(r.rows.find((x) => x.code === B)!.sector).toBe('relay');
    expect(r.rows.find((x) => x.code === D)!.directSector).toBe('autonomous');
  });
});

describe('propagation', () => {
  it('row A of T = (I − αW)⁻¹ − I as solved by hand, with the direct part αW', () => {
    const r = propagate(hand(), A, { alpha: 0.1 });
    const by = Object.fromEntries(r.effects.map((e) => [e.code, e]));
    expect(by[A].total).toBeCloseTo(-0.012 / 1.009, 12);
    expect(by[B].total).toBeCloseTo(0.203 / 1.009, 12);
    expect(by[C].total).toBeCloseTo(0.12 / 1.009, 12);
    expect(by[D].total).toBeCloseTo(0.036 / 1.009, 12);
    expect(by[B].direct).toBeCloseTo(0.2, 12);
    expect(by[C].direct).toBeCloseTo(0.1, 12);
    expect(by[D].direct).toBe(0);
    expect(r.effects.map((e) => e.code)).toEqual([B, C, D, A]);
  });

  it('the column (what moves X) is the row of the transposed network', () => {
    const col = propagate(hand(), D, { alpha: 0.1, direction: 'in' });
    const transposed = graphOf([[B, A, 2], [C, A, 1], [C, B, 1], [A, C, -1], [D, C, 3], [B, D, 1]]);
    const row = propagate(transposed, D, { alpha: 0.1 });
    const t = Object.fromEntries(row.effects.map((e) => [e.code, e.total]));
    for (const e of col.effects) expect(e.total).toBeCloseTo(t[e.code], 12);
  });

  it('ρ(|W|) by power iteration: 2 on a 3-cycle of weight 2 and on a 2-cycle of 1 and 4; default α = 0.5/ρ', () => {
    expect(spectralRadius(toAdjacency(graphOf([[A, B, 2], [B, C, -2], [C, A, 2]])))).toBeCloseTo(2, 8);
    const g = graphOf([[A, B, 1], [B, A, 4]]);
    expect(spectralRadius(toAdjacency(g))).toBeCloseTo(2, 8);
    expect(propagate(g, A).alpha).toBeCloseTo(0.25, 8);
  });

  it('refuses an α at or beyond 1/ρ, where the series diverges', () => {
    expect(() => propagate(graphOf([[A, B, 1], [B, A, 4]]), A, { alpha: 0.5 })).toThrow(RangeError);
  });
});

describe('robustness', () => {
  const star = (n: number): Spec[] => Array.from({ length: n }, (_, i) => ['1.1.1', `2.1.${i + 1}`, 1] as Spec);

  it('is deterministic for a seed and returns the base ranking when nothing is perturbed', () => {
    const g = hand();
    const a = robustness(g, { runs: 50, drop: 0.3, seed: 'x' });
    expect(robustness(g, { runs: 50, drop: 0.3, seed: 'x' })).toEqual(a);
    const still = robustness(g, { runs: 20, drop: 0, jitter: 0 });
    for (const r of still.rows) expect([r.medianRank, r.rankLow, r.rankHigh]).toEqual([r.rank, r.rank, r.rank]);
    // out-degree 2, 1, 2, 1: ties share the best rank
    expect(Object.fromEntries(still.rows.map((r) => [r.code, r.rank]))).toEqual({ [A]: 1, [C]: 1, [B]: 3, [D]: 3 });
  });

  it('a hub of 40 links stays an accelerator when 10 % drop; a hub of exactly 20 does not (0.9²⁰ ≈ 12 % of runs)', () => {
    const big = robustness(graphOf(star(40)), { runs: 200, drop: 0.1, seed: 's' });
    expect(big.rows[0]).toMatchObject({ code: '1.1.1', rank: 1, robust: true, topShare: 1 });
    const edge = robustness(graphOf(star(20)), { runs: 200, drop: 0.1, seed: 's' });
    expect(edge.rows[0]).toMatchObject({ code: '1.1.1', robust: false });
  });

  it('dropping every link ties every node at rank 1', () => {
    const r = robustness(hand(), { runs: 5, drop: 1 });
    expect(r.rows.every((x) => x.medianRank === 1)).toBe(true);
  });

  it('jitter stays within the score range and skips 0, so no link is lost', () => {
    const r = robustness(graphOf([[A, B, 1], [B, C, 3], [C, D, -1]]), { metric: 'total', runs: 30, drop: 0, jitter: 1, seed: 'j' });
    expect(r.rows).toHaveLength(4);
    expect(r.rows.some((x) => x.rankLow !== x.rankHigh)).toBe(true);
  });

  it('stops when its signal aborts', () => {
    const c = new AbortController();
    c.abort();
    expect(() => robustness(hand(), { runs: 10, signal: c.signal })).toThrow();
  });
});
