import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createAppStore } from '../../src/state/store.ts';
import { readGraphFile } from '../../src/core/io/read-graph-file.ts';
import type { SessionImport } from '../../src/core/io/session.ts';
import { diskDataSource } from '../helpers/bundled.ts';
import { generateBenchGraph } from '../../bench/browser/bench-graph.ts';

function fixtureImport(file: string, id: string): SessionImport {
  const result = readGraphFile(file, readFileSync(resolve(import.meta.dirname, '../fixtures', file), 'utf8'));
  if (!result.ok) throw new Error(`fixture ${file} does not read`);
  return { id, name: file, fileName: file, importedAt: '2026-11-25T00:00:00.000Z', network: result.network };
}

describe('imported networks in the store', () => {
  it('lists imports after the bundled datasets and opens them like any dataset', async () => {
    const store = createAppStore(diskDataSource);
    await store.getState().init();
    const bundled = store.getState().datasets.map((d) => d.id);
    store.getState().setFilters({ goals: ['16'] });
    store.getState().registerImports([fixtureImport('matrix.csv', 'import:matrix')]);
    expect(store.getState().datasets.map((d) => d.id)).toEqual([...bundled, 'import:matrix']);
    expect(store.getState().datasetId).toBe(bundled[0]); // registering does not open

    await store.getState().openDataset('import:matrix', { select: ['16.6.1', 'not-in-file'] });
    const s = store.getState();
    expect(s.datasetId).toBe('import:matrix');
    expect(s.status).toBe('ready');
    expect(s.graph!.order).toBe(4);
    expect(s.graph!.size).toBe(4);
    expect(s.view.select).toEqual(['16.6.1']);
    // A new network starts unfiltered, with every node placed.
    expect(s.filters).toEqual({ goals: [], classes: [] });
    expect(Object.keys(s.positions!).sort()).toEqual(s.graph!.nodes().sort());
    expect(s.highlight!.links).toContain('16.6.1→4.1.1');
  });

  it('keeps imports listed when the dataset list is reloaded, and forgets them on request', async () => {
    const store = createAppStore(diskDataSource);
    store.getState().registerImports([fixtureImport('edges.csv', 'import:edges')]);
    await store.getState().init();
    expect(store.getState().datasets.at(-1)!.id).toBe('import:edges');
    expect(store.getState().datasets.at(-1)!.name).toBe('edges.csv (imported)');
    store.getState().forgetImport('import:edges');
    expect(store.getState().datasets.some((d) => d.id === 'import:edges')).toBe(false);
  });

  it('an import opened while a bundled dataset is loading stays on screen', async () => {
    const store = createAppStore(diskDataSource);
    await store.getState().init();
    store.getState().registerImports([fixtureImport('matrix.csv', 'import:matrix')]);
    const slow = store.getState().openDataset('kz-vnr2025-goal-links');
    await store.getState().openDataset('import:matrix');
    await slow;
    expect(store.getState().datasetId).toBe('import:matrix');
    expect(store.getState().graph!.order).toBe(4);
  });
});

describe('a big import', () => {
  // Above the slice's LINKS_PER_TASK (12,500 links): built in tasks, not at once.
  const g = generateBenchGraph(1_500, 'big-import-test', 13_000);
  const text = JSON.stringify({
    id: 'big-import-test', name: g.name, level: 'indicator', illustrative: false,
    links: g.edges.map(([source, target]) => ({ source, target, score: 1, evidence: 'imported' })),
  });
  const bigImport = (): SessionImport => {
    const result = readGraphFile('big.json', text);
    if (!result.ok) throw new Error('the generated file does not read');
    return { id: 'import:big', name: 'big.json', fileName: 'big.json', importedAt: '2026-12-07T00:00:00.000Z', network: result.network };
  };

  it('is built in tasks: the page keeps its dataset until the whole graph is shown, laid out', async () => {
    const store = createAppStore(diskDataSource);
    await store.getState().init();
    const before = store.getState().graph;
    store.getState().registerImports([bigImport()]);
    const opening = store.getState().openDataset('import:big');
    // Nothing of the import is shown after the first step.
    expect(store.getState().graph).toBe(before);
    expect(store.getState().datasetId).not.toBe('import:big');
    await opening;
    const s = store.getState();
    expect(s.datasetId).toBe('import:big');
    expect(s.graph!.size).toBe(13_000);
    expect(Object.keys(s.positions!).length).toBe(s.graph!.order);
  });

  it('gives way to a dataset chosen while it is being built', async () => {
    const store = createAppStore(diskDataSource);
    await store.getState().init();
    store.getState().registerImports([bigImport(), fixtureImport('matrix.csv', 'import:matrix')]);
    const big = store.getState().openDataset('import:big');
    await store.getState().openDataset('import:matrix');
    await big;
    expect(store.getState().datasetId).toBe('import:matrix');
    expect(store.getState().graph!.order).toBe(4);
  });
});
