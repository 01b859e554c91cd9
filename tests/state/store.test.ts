import { describe, expect, it } from 'vitest';
import { createAppStore, currentEntry, type DataSource } from '../../src/state/store.ts';
import { diskDataSource } from '../helpers/bundled.ts';
import { english } from '../helpers/english.ts';

describe('app store', () => {
  it('opens the default (first listed) dataset with every catalogue indicator as a node', async () => {
    const store = createAppStore(diskDataSource);
    await store.getState().init();
    const s = store.getState();
    expect(s.status).toBe('ready');
    expect(currentEntry(s)!.illustrative).toBe(true);
    expect(s.graph!.order).toBe(s.catalogue!.indicators.length);
    expect(s.graph!.size).toBe(currentEntry(s)!.links);
    expect(s.graph!.outDegree('16.6.1')).toBe(64);
    expect(Object.keys(s.positions!)).toHaveLength(s.graph!.order);
  });

  it('switches to the goal-level dataset', async () => {
    const store = createAppStore(diskDataSource);
    await store.getState().init();
    await store.getState().openDataset('kz-vnr2025-goal-links');
    const s = store.getState();
    expect(s.graph!.order).toBe(17);
    expect(s.graph!.size).toBe(75);
    expect(s.graph!.getAttribute('illustrative')).toBe(false);
  });

  it('keeps the dataset on screen when opening another one fails', async () => {
    const failing: DataSource = {
      ...diskDataSource,
      async fetchLinkDataset(entry) {
        if (entry.level === 'goal') throw new Error('data/x.json: links[3].score: unexpected value "a"');
        return diskDataSource.fetchLinkDataset(entry);
      },
    };
    const store = createAppStore(failing);
    await store.getState().init();
    const before = store.getState().graph;
    await store.getState().openDataset('kz-vnr2025-goal-links');
    const s = store.getState();
    expect(s.graph).toBe(before);
    expect(s.datasetId).toBe('kz-illustrative-indicator-links');
    expect(s.status).toBe('ready');
    expect(english(s.error)).toMatch(/links\[3\]\.score/);
  });

  it('honours a preferred dataset id and reports a broken dataset list', async () => {
    const store = createAppStore(diskDataSource);
    await store.getState().init('kz-vnr2025-goal-links');
    expect(store.getState().graph!.order).toBe(17);

    const broken = createAppStore({ ...diskDataSource, fetchDatasetList: async () => { throw new Error('data/datasets.json: [0].id: unexpected value 3'); } });
    await broken.getState().init();
    expect(broken.getState().status).toBe('error');
    expect(english(broken.getState().error)).toMatch(/datasets\.json: \[0\]\.id/);
  });
});
