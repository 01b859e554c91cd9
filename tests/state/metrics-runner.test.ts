/**
 * A big graph's metrics pass waits for the page to be idle before it packs the graph for the worker
 * (that packing ran on the page's thread before the graph's first frame); a small graph's starts at once.
 * Both compute the same metrics as the core does.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeMetrics } from '../../src/state/metrics-runner.ts';
import { computeAllMetrics } from '../../src/core/metrics/index.ts';
import { graphOf, kazakhstanGraph, type Spec } from '../core/helpers.ts';

/** 120 nodes, every one linked to the next 50: 6,000 links. */
function bigGraph() {
  const codes = Array.from({ length: 120 }, (_, i) => `${(i % 17) + 1}.${Math.floor(i / 17) + 1}.1`);
  const links: Spec[] = codes.flatMap((c, i) => Array.from({ length: 50 }, (_, k): Spec => [c, codes[(i + k + 1) % codes.length]]));
  return graphOf(links);
}

describe('computeMetrics', () => {
  afterEach(() => { vi.unstubAllGlobals(); });

  it('packs a big graph for the worker only once the page is idle', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => { idle.push(cb); return idle.length; });
    const graph = bigGraph();
    expect(graph.size).toBe(6_000);
    const exported = vi.spyOn(graph, 'forEachEdge');
    let done = false;
    const run = computeMetrics(graph).then((m) => { done = true; return m; });
    await new Promise((r) => setTimeout(r, 20));
    expect(exported).not.toHaveBeenCalled();
    expect(done).toBe(false);
    expect(idle).toHaveLength(1);
    idle[0]();
    const metrics = await run;
    expect(exported).toHaveBeenCalledTimes(1);
    expect(metrics).toEqual(computeAllMetrics(bigGraph()));
  });

  it('packs a small graph at once', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => { idle.push(cb); return idle.length; });
    const graph = kazakhstanGraph();
    const metrics = await computeMetrics(graph);
    expect(idle).toHaveLength(0);
    expect(metrics).toEqual(computeAllMetrics(kazakhstanGraph()));
  });
});
