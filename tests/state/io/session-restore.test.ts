/**
 * Issue 16, classes 6, 7 and 12 on the real store and data: sessions and stored records pass the
 * import rules, restore is all or nothing, failed imports are not saved, and an imported dataset
 * survives a reload or a shared link (or the app says this browser does not have it).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store.ts';
import { createStoreFromUrl } from '../../../src/state/store-from-url.ts';
import { readGraphFile } from '../../../src/core/io/read-graph-file.ts';
import { serialiseSession, type SessionImport } from '../../../src/core/io/session.ts';
import type { ImportedNetwork } from '../../../src/core/io/result.ts';
import { restoreSession, sessionText } from '../../../src/state/io/session-actions.ts';
import { addImportedDataset, installImportedDatasets } from '../../../src/state/io/imported-datasets.ts';
import { checkRecord, type ImportPersistence } from '../../../src/state/io/persistence.ts';
import { diskDataSource } from '../../helpers/bundled.ts';

const edges = (): ImportedNetwork => {
  const r = readGraphFile('edges.csv', readFileSync(resolve(import.meta.dirname, '../../fixtures/edges.csv'), 'utf8'));
  if (!r.ok) throw new Error('fixture');
  return r.network;
};
const item = (id: string, network = edges()): SessionImport => ({ id, name: 'edges.csv', fileName: 'edges.csv', importedAt: '2026-12-01', network });
const sessionWith = (imported: SessionImport[], datasetId: string) => serialiseSession({ datasetId, lang: 'en', view: { select: [], depth: 1, direction: 'out', layout: 'goals', goalLevel: false }, imported });

/** An in-memory stand-in for IndexedDB that records what was saved. */
function memoryPersistence(items: SessionImport[] = []): ImportPersistence & { saved: string[] } {
  const saved: string[] = [];
  return { saved, loadAll: async () => ({ items, problems: [] }), save: async (i) => { saved.push(i.id); }, remove: async () => {} };
}

async function readyStore() {
  const store = createAppStore(diskDataSource);
  await store.getState().init();
  return store;
}

describe('sessions pass the import rules, all or nothing', () => {
  it('an import under a bundled dataset\'s id is refused and nothing changes', async () => {
    const store = await readyStore();
    const before = store.getState().datasets.map((d) => d.id);
    const r = await restoreSession(store, sessionWith([item('kz-illustrative-indicator-links')], 'kz-illustrative-indicator-links'), 's.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('sessionImportId');
    expect(store.getState().datasets.map((d) => d.id)).toEqual(before);
  });

  it('a __proto__ import id is refused, not given the wrong name', async () => {
    const store = await readyStore();
    const r = await restoreSession(store, sessionWith([item('__proto__')], '__proto__'), 's.json');
    expect(r.ok).toBe(false);
    expect(store.getState().imports.size).toBe(0);
  });

  it('the 20,000-node limit applies to a session\'s imports', async () => {
    const store = await readyStore();
    const nodes = Array.from({ length: 20_001 }, (_, i) => `n${i}`);
    const big: ImportedNetwork = { ...edges(), nodes, links: [{ source: 'n0', target: 'n1', score: 1, evidence: 'imported' }] };
    const r = await restoreSession(store, sessionWith([item('import:big', big)], 'import:big'), 's.json');
    expect(r.ok).toBe(false);
    if (!r.ok) { expect(r.error.code).toBe('sessionImportRefused'); expect(r.error.cause?.code).toBe('tooManyNodes'); }
    expect(store.getState().imports.has('import:big')).toBe(false);
  });

  it('damaged nodeInfo is dropped and the session really opens', async () => {
    const store = await readyStore();
    const n = { ...edges(), nodeInfo: { '16.6.1': null, '4.1.1': { title: 5, x: 'a' } } } as unknown as ImportedNetwork;
    const r = await restoreSession(store, sessionWith([item('import:e', n)], 'import:e'), 's.json');
    expect(r.ok).toBe(true);
    expect(store.getState().datasetId).toBe('import:e');
  });

  it('Save then Open keeps the goal filters and the size metric', async () => {
    const store = await readyStore();
    store.getState().setFilters({ goals: ['3', '16'] });
    store.getState().setSizeMetric('in');
    const text = sessionText(store);
    const other = await readyStore();
    const r = await restoreSession(other, text, 's.json');
    expect(r.ok).toBe(true);
    expect(other.getState().filters.goals).toEqual(['3', '16']);
    expect(other.getState().sizeMetric).toBe('in');
  });
});

describe('storage', () => {
  it('a cyclic stored record cannot break Session → Save', async () => {
    const n = edges();
    const link = { ...n.links[0] } as Record<string, unknown>;
    link.self = link;
    const rec = checkRecord('import:c', { version: 1, id: 'import:c', name: 'c', network: { ...n, links: [link, ...n.links.slice(1)], loop: n } });
    expect('code' in rec).toBe(false);
    if ('code' in rec) return;
    const store = await readyStore();
    store.getState().registerImports([rec]);
    await store.getState().openDataset('import:c');
    expect(() => sessionText(store)).not.toThrow();
  });

  it('a stored record beyond the node limit is named as not openable', () => {
    const n = { ...edges(), nodes: Array.from({ length: 20_001 }, (_, i) => `n${i}`) };
    const rec = checkRecord('import:big', { version: 1, id: 'import:big', name: 'big.csv', network: n });
    expect('code' in rec && rec.code).toBe('storedNotOpenable');
  });

  it('an import that cannot be opened is not saved and not listed', async () => {
    const store = await readyStore();
    const persistence = memoryPersistence();
    await installImportedDatasets(store, persistence);
    const broken = { ...edges(), nodeInfo: { '16.6.1': null } } as unknown as ImportedNetwork;
    await addImportedDataset(store, broken, 'broken.csv');
    expect(persistence.saved).toEqual([]);
    expect([...store.getState().imports.keys()]).toEqual([]);
    await addImportedDataset(store, edges(), 'edges.csv');
    expect(persistence.saved).toEqual(['import:edges']);
  });
});

describe('an imported dataset survives a reload and a link', () => {
  it('a reload with ?dataset=import:… opens that import from the browser\'s store', async () => {
    const { store, url } = createStoreFromUrl(diskDataSource, '?dataset=import:edges&select=16.6.1', 'en', memoryPersistence([item('import:edges')]));
    await store.getState().init(url.dataset, url.view);
    expect(store.getState().datasetId).toBe('import:edges');
    expect(store.getState().view.select).toEqual(['16.6.1']);
  });

  it('a link to an import this browser does not have says so and opens nothing else', async () => {
    const { store, url } = createStoreFromUrl(diskDataSource, '?dataset=import:elsewhere', 'en', memoryPersistence());
    await store.getState().init(url.dataset, url.view);
    expect(store.getState().graph).toBeNull();
    expect(store.getState().error?.code).toBe('importNotInBrowser');
  });
});
