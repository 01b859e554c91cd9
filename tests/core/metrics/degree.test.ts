import { describe, expect, it } from 'vitest';
import { inDegree, outDegree } from '../../../src/core/metrics/degree.ts';
import { inStrength, outStrength } from '../../../src/core/metrics/strength.ts';
import { graphOf, kazakhstanGraph } from '../helpers.ts';

// A→B 2, A→C 1, B→C 3, C→D −1, E isolated
const g = () => graphOf([['A', 'B', 2], ['A', 'C', 1], ['B', 'C', 3], ['C', 'D', -1]], ['E']);

describe('degree', () => {
  it('counts links out and in on a hand-checked graph', () => {
    expect(outDegree(g())).toEqual({ A: 2, B: 1, C: 1, D: 0, E: 0 });
    expect(inDegree(g())).toEqual({ A: 0, B: 1, C: 2, D: 1, E: 0 });
  });

  it('counts an undirected link both ways (edge flag and graph flag)', () => {
    const e = graphOf([['A', 'B', 1, { undirected: true }], ['B', 'C', 1]]);
    expect(outDegree(e)).toEqual({ A: 1, B: 2, C: 0 });
    expect(inDegree(e)).toEqual({ A: 1, B: 1, C: 1 });
    const whole = graphOf([['A', 'B'], ['B', 'C']]);
    whole.mergeAttributes({ undirected: true } as never);
    expect(outDegree(whole)).toEqual({ A: 1, B: 2, C: 1 });
  });

  it('matches the published degrees on the Kazakhstan network', () => {
    const kz = kazakhstanGraph();
    const out = outDegree(kz);
    const inn = inDegree(kz);
    expect(out['16.6.1']).toBe(64);
    expect(out['2.3.1']).toBe(29);
    expect(inn['2.3.1']).toBe(47);
    expect(inn['3.8.1']).toBe(28);
    // independent check against graphology's own degree
    kz.forEachNode((c) => { expect(out[c]).toBe(kz.outDegree(c)); expect(inn[c]).toBe(kz.inDegree(c)); });
  });
});

describe('strength', () => {
  it('sums magnitudes, positive and negative scores separately', () => {
    expect(outStrength(g())).toEqual({ A: 3, B: 3, C: 1, D: 0, E: 0 });
    expect(outStrength(g(), 'positive')).toEqual({ A: 3, B: 3, C: 0, D: 0, E: 0 });
    expect(outStrength(g(), 'negative')).toEqual({ A: 0, B: 0, C: 1, D: 0, E: 0 });
    expect(inStrength(g())).toEqual({ A: 0, B: 2, C: 4, D: 1, E: 0 });
    expect(inStrength(g(), 'positive')).toEqual({ A: 0, B: 2, C: 4, D: 0, E: 0 });
    expect(inStrength(g(), 'negative')).toEqual({ A: 0, B: 0, C: 0, D: 1, E: 0 });
  });
});
