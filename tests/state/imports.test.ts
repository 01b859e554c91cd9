import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createAppStore } from '../../src/state/store.ts';
import { readGraphFile } from '../../src/core/io/read-graph-file.ts';
import type { SessionImport } from '../../src/core/io/session.ts';
import { diskDataSource } from '../helpers/bundled.ts';

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
