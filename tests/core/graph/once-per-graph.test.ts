import { describe, expect, it } from 'vitest';
import { oncePerGraph } from '../../../src/core/graph/once-per-graph.ts';
import { kazakhstanGraph } from '../helpers.ts';

describe('oncePerGraph', () => {
  it('computes a fact once per graph, separately for each graph, and keeps a false or undefined answer too', () => {
    const a = kazakhstanGraph(), b = kazakhstanGraph();
    const calls: unknown[] = [];
    const order = oncePerGraph((g) => { calls.push(g); return g.order; });
    expect(order(a)).toBe(a.order);
    expect(order(a)).toBe(a.order);
    expect(order(b)).toBe(b.order);
    expect(calls).toEqual([a, b]);
    let asked = 0;
    const nothing = oncePerGraph(() => { asked++; return undefined; });
    const no = oncePerGraph(() => { asked++; return false; });
    nothing(a); nothing(a); no(a); no(a);
    expect(asked).toBe(2);
  });
});
