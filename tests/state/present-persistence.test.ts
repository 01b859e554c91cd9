/**
 * Scenes, marks and notes survive a reload, per dataset, on the real store. The storage is a Map
 * behind the same interface IndexedDB sits behind (tests/browser/persist.test.ts covers IndexedDB).
 */
import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { installPresentPersistence, type PresentStorage } from '../../src/state/io/present-persistence.ts';
import { restoreSession, sessionText } from '../../src/state/io/session-actions.ts';
import { diskDataSource } from '../helpers/bundled.ts';
import { saveThreeScenes, shown } from './scene-fixtures.ts';

/** IndexedDB's behaviour that matters here: values are structured clones, reads and writes are async. */
function memoryStorage(records = new Map<string, unknown>()): PresentStorage & { records: Map<string, unknown>; failWrites: boolean; readDelay: number } {
  return {
    records, failWrites: false, readDelay: 0,
    async read(id) {
      const value = records.has(id) ? structuredClone(records.get(id)) : undefined;
      await new Promise((r) => setTimeout(r, this.readDelay));
      return value;
    },
    async write(id, record) {
      if (this.failWrites) throw new Error('QuotaExceededError');
      records.set(id, structuredClone(record));
    },
  };
}

const settle = (ms = 1) => new Promise((r) => setTimeout(r, ms));

/** A page load: a new store on the same storage, persistence installed before the dataset opens. */
async function reload(storage: PresentStorage, datasetId?: string) {
  const store = createAppStore(diskDataSource);
  const persistence = installPresentPersistence(store, storage, 5);
  await store.getState().init(datasetId);
  await settle();
  return { store, persistence };
}

const [A, B] = ['kz-illustrative-indicator-links', 'kz-vnr2025-goal-links'];
const ORDERS = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
const captions = (store: AppStore) => store.getState().scenes.map((s) => s.caption);

describe('scenes and marks persist across reloads', () => {
  it('three scenes (one at goal level), notes and marks are back after a reload and each replays as saved, in every order', async () => {
    const storage = memoryStorage();
    const first = await reload(storage);
    const direct = await saveThreeScenes(first.store);
    first.store.getState().setSceneNotes(first.store.getState().scenes[1].id, 'Goal 2 feeds nutrition targets');
    first.store.getState().setMark('16.6.1', 'priority', 'budget');
    first.store.getState().setMark('3.8.1', 'discussed');
    expect(first.persistence.hasUnsaved()).toBe(true);
    const saved = first.store.getState().scenes;
    await first.persistence.flush();
    expect(first.persistence.hasUnsaved()).toBe(false);
    expect(first.store.getState().presentSaved).toBe('saved');

    const { store } = await reload(storage);
    expect(captions(store)).toEqual(['Governance', 'Goal 2', 'Health, filtered']);
    expect(store.getState().scenes).toEqual(saved);
    expect(store.getState().scenes[1].notes).toBe('Goal 2 feeds nutrition targets');
    expect({ ...store.getState().marks }).toEqual({ '16.6.1': { kind: 'priority', note: 'budget' }, '3.8.1': { kind: 'discussed', note: '' } });
    for (const order of ORDERS) {
      for (const i of order) {
        await store.getState().goToScene(i);
        expect(shown(store), `scene ${i} in order ${order.join('')}`).toEqual(direct[i]);
      }
    }
    expect(store.getState().scenes[0]).toMatchObject({ zoom: 1.5, pan: { x: 10, y: 20 }, viewSize: { w: 1280, h: 720 } });
  });

  it('keeps scenes per dataset: A\'s are not shown for B, and come back with A', async () => {
    const storage = memoryStorage();
    const { store, persistence } = await reload(storage, A);
    store.getState().setView({ select: ['16.6.1'] });
    store.getState().saveScene({}, 'on A');
    store.getState().setMark('16.6.1', 'priority');
    await store.getState().openDataset(B);
    await settle();
    expect(store.getState().scenes).toEqual([]);
    expect(Object.keys(store.getState().marks)).toEqual([]);
    store.getState().saveScene({}, 'on B');
    await persistence.flush();
    await store.getState().openDataset(A);
    await settle();
    expect(captions(store)).toEqual(['on A']);
    expect(Object.keys(store.getState().marks)).toEqual(['16.6.1']);
    const again = await reload(storage, B);
    expect(captions(again.store)).toEqual(['on B']);
  });

  it('skips a damaged record with a message and loses nothing else', async () => {
    const storage = memoryStorage(new Map<string, unknown>([[A, { version: 1, scenes: 'not a list', marks: {} }]]));
    const good = await reload(storage, B);
    good.store.getState().saveScene({}, 'kept on B');
    await good.persistence.flush();

    const { store } = await reload(storage, A);
    expect(store.getState().error).toMatchObject({ code: 'storedPresentSkipped', params: { where: 'scenes' } });
    expect(store.getState().scenes).toEqual([]);
    expect(store.getState().graph).not.toBeNull();
    await store.getState().openDataset(B);
    await settle();
    expect(captions(store)).toEqual(['kept on B']);

    // Inside a readable record, only the damaged scene and mark are dropped.
    storage.records.set(A, { version: 1, scenes: [7, { caption: 'fine' }], marks: { '1.1.1': { kind: 'odd' }, '2.1.1': { kind: 'priority' } } });
    const partial = await reload(storage, A);
    expect(captions(partial.store)).toEqual(['fine']);
    expect(Object.keys(partial.store.getState().marks)).toEqual(['2.1.1']);
    expect(partial.store.getState().error).toMatchObject({ code: 'storedPresentPartial', params: { count: 2 } });
  });

  it('a failed write is reported and the change stays unsaved', async () => {
    const storage = memoryStorage();
    const { store, persistence } = await reload(storage);
    storage.failWrites = true;
    store.getState().saveScene({}, 'x');
    await persistence.flush();
    expect(store.getState().error?.code).toBe('presentNotSaved');
    expect(persistence.hasUnsaved()).toBe(true);
    expect(store.getState().presentSaved).toBe('failed');
    storage.failWrites = false;
    store.getState().renameScene(store.getState().scenes[0].id, 'y');
    await persistence.flush();
    expect(persistence.hasUnsaved()).toBe(false);
  });

  it('setting the same (empty) scenes and marks again is no change, so leaving does not ask', async () => {
    const { store, persistence } = await reload(memoryStorage());
    store.getState().setScenes([]);
    store.getState().setMarks(Object.create(null));
    expect(persistence.hasUnsaved()).toBe(false);
    store.getState().setMark('1.1.1', 'priority');
    expect(persistence.hasUnsaved()).toBe(true);
  });

  it('without storage, any scene or mark counts as unsaved', async () => {
    const store = createAppStore(diskDataSource);
    const persistence = installPresentPersistence(store, null);
    await store.getState().init();
    expect(persistence.hasUnsaved()).toBe(false);
    store.getState().setMark('16.6.1', 'priority');
    expect(persistence.hasUnsaved()).toBe(true);
  });

  it('a session file still brings its own scenes and marks, not the stored ones', async () => {
    const storage = memoryStorage();
    const other = createAppStore(diskDataSource);
    await other.getState().init(undefined, { select: ['16.6.1'] });
    other.getState().saveScene({}, 'from the file');
    other.getState().setMark('16.6.1', 'discussed', 'file note');
    const text = sessionText(other);

    // The file opens dataset A, which has stored scenes of its own: the file's win.
    const first = await reload(storage, A);
    first.store.getState().saveScene({}, 'stored on A');
    await first.persistence.flush();
    const { store } = await reload(storage, B);
    // A slow read (as IndexedDB can be) finishes after the file's scenes are in: they must stay.
    storage.readDelay = 20;
    expect((await restoreSession(store, text, 'x.json')).ok).toBe(true);
    await settle(60);
    expect(captions(store)).toEqual(['from the file']);
    expect({ ...store.getState().marks }).toEqual({ '16.6.1': { kind: 'discussed', note: 'file note' } });
  });
});
