/**
 * The three worker clients on the calling-thread path (vitest's node env has no Worker): the same
 * handlers the workers run, with their progress, Stop/Cancel and results. tests/browser runs them in
 * real workers.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFile } from '../../../src/state/io/import-client.ts';
import { layoutProgressStore, runForceLayout, stopLayout } from '../../../src/state/layout-client.ts';
import { computeMetrics } from '../../../src/state/metrics-runner.ts';
import { computeAllMetrics } from '../../../src/core/metrics/index.ts';
import type { Positions } from '../../../src/core/layout/goal-clusters.ts';
import { kazakhstanGraph } from '../../core/helpers.ts';
import { english } from '../../helpers/english.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const fixture = (name: string) => Object.assign(new Blob([readFileSync(resolve(FIXTURES, name))]), { name });

describe('parseFile', () => {
  it('reads a file and reports progress', async () => {
    const progress: string[] = [];
    const result = await parseFile(fixture('edges.csv'), (m) => progress.push(english(m)!)).promise;
    expect(result?.ok).toBe(true);
    expect(progress[0]).toBe('Opening edges.csv…');
    expect(progress.some((m) => m.startsWith('Reading edges.csv'))).toBe(true);
  });

  it('hands back a reader error as a result', async () => {
    const result = await parseFile(fixture('broken-score.csv')).promise;
    expect(result?.ok).toBe(false);
  });

  it('resolves to null when cancelled', async () => {
    const job = parseFile(fixture('edges.xlsx'));
    job.cancel();
    await expect(job.promise).resolves.toBeNull();
  });
});

describe('computeMetrics', () => {
  it('gives what the core computes', async () => {
    const g = kazakhstanGraph();
    expect(await computeMetrics(g)).toEqual(computeAllMetrics(g));
  });
});

describe('runForceLayout', () => {
  const ring = (n: number) => {
    const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
    const edges = nodes.map((s, i) => [s, nodes[(i + 1) % n]] as [string, string]);
    return { nodes, edges, start: {} as Positions };
  };

  it('reports progress in the store, ends with every node placed and stops running', async () => {
    const seen: boolean[] = [];
    const unsub = layoutProgressStore.subscribe((p) => seen.push(p.running));
    const calls: Positions[] = [];
    const input = ring(30);
    const positions = await runForceLayout('test-ring', input, (p) => calls.push(p));
    unsub();
    expect(Object.keys(positions).sort()).toEqual([...input.nodes].sort());
    expect(calls).toEqual([positions]);
    expect(seen[0]).toBe(true);
    expect(layoutProgressStore.getState()).toMatchObject({ running: false, done: 300, total: 300 });
  });

  it('Stop before the first step keeps the start positions', async () => {
    const input = { ...ring(5), start: { n0: { x: 1, y: 2 } } as Positions };
    const run = runForceLayout('test-stop', input, () => {});
    stopLayout();
    expect(await run).toBe(input.start);
    expect(layoutProgressStore.getState().running).toBe(false);
  });
});
