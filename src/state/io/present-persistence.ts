/**
 * A presenter's preparation — scenes (with their notes) and marks — kept in IndexedDB per dataset, so
 * a reload or a closed tab loses nothing. When a dataset opens, its own scenes and marks come back
 * and the previous dataset's are written away first; scenes of A are never shown over B.
 *
 * Writes are debounced (typing a note changes the scenes on every key). "Unsaved" means a change not
 * yet written to IndexedDB; the page asks before leaving only then. (Not "not exported to a session
 * file": the browser already keeps the work, so asking on every leave would teach people to click
 * the warning away.)
 *
 * A damaged record is skipped with a message and overwritten only once the user changes something;
 * other datasets' records and what is on screen are untouched.
 */
import * as v from 'valibot';
import { get, set } from 'idb-keyval';
import { issueWhere } from '../../core/io/schemas.ts';
import { parseMarks, parseScenes } from '../../core/model/view-schema.ts';
import type { AppMessage } from '../../core/model/message.ts';
import { messageOf, stateMessage } from '../messages.ts';
import type { AppState, AppStore, Mark, Scene } from '../types.ts';
import { keyvalStore } from './persistence.ts';

/** Where the records live: IndexedDB in the app, a Map in unit tests. */
export interface PresentStorage {
  /** the stored record of a dataset, as read (unchecked), or undefined when there is none */
  read(datasetId: string): Promise<unknown>;
  write(datasetId: string, record: StoredPresent): Promise<void>;
}

const RECORD_VERSION = 1;

interface StoredPresent {
  version: typeof RECORD_VERSION;
  scenes: Scene[];
  marks: Record<string, Mark>;
}

/** The record's frame; its scenes and marks are then read item by item by the session schemas. */
const StoredPresentSchema = v.object({
  version: v.literal(RECORD_VERSION),
  scenes: v.array(v.unknown()),
  marks: v.record(v.string(), v.unknown()),
});

/** A stored record as scenes and marks, and the message saying why (part of) it was skipped. */
function readPresentRecord(dataset: string, raw: unknown): { scenes: Scene[]; marks: Record<string, Mark>; problem: AppMessage | null } {
  const r = v.safeParse(StoredPresentSchema, raw);
  if (!r.success) {
    return { scenes: [], marks: Object.create(null), problem: stateMessage('storedPresentSkipped', { dataset, where: issueWhere(r.issues) }) };
  }
  const scenes = parseScenes(r.output.scenes);
  const marks = parseMarks(r.output.marks);
  const lost = r.output.scenes.length - scenes.length + Object.keys(r.output.marks).length - Object.keys(marks).length;
  return { scenes, marks, problem: lost ? stateMessage('storedPresentPartial', { dataset, count: lost }) : null };
}

export function indexedDbPresentStorage(dbName = 'sdg-explorer-present'): PresentStorage | null {
  const store = keyvalStore(dbName, 'present');
  if (!store) return null;
  return {
    read: (id) => get(id, store),
    write: (id, record) => set(id, record, store),
  };
}

export interface PresentPersistence {
  /** a change is not yet in storage (waiting for the debounce, being written, or its write failed) */
  hasUnsaved(): boolean;
  /** writes a pending change now (before the page goes away) */
  flush(): Promise<void>;
}

const NO_SCENES: Scene[] = [];
/** What storage holds, compared as text: a change back to it (a session with no scenes over none) is no change. */
const snapshot = (scenes: Scene[], marks: Record<string, Mark>) => JSON.stringify([scenes, Object.entries(marks)]);
const EMPTY = snapshot([], {});

/** Keeps the store's scenes and marks in `storage`, one record per dataset. Install before `init`. */
export function installPresentPersistence(store: AppStore, storage: PresentStorage | null, delayMs = 400): PresentPersistence {
  let datasetId = store.getState().datasetId;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight = 0;
  let failed = false;
  let changedWithoutStorage = false;
  /** the current dataset's stored content ('' when unknown or damaged, so any change is written) */
  let stored = '';
  /** true while this module itself puts scenes and marks into the store (not a user change) */
  let applying = false;

  const nameOf = (id: string) => store.getState().datasets.find((d) => d.id === id)?.name ?? id;
  const setSaved = (presentSaved: AppState['presentSaved']) => {
    applying = true;
    try { store.setState({ presentSaved }); } finally { applying = false; }
  };

  function write(id: string, scenes: Scene[], marks: Record<string, Mark>): Promise<void> {
    if (!storage) return Promise.resolve();
    inFlight++;
    setSaved('saving');
    // A plain copy: the marks record has no prototype and the stored value must not alias the store.
    const record: StoredPresent = { version: RECORD_VERSION, scenes: structuredClone(scenes), marks: { ...marks } };
    const text = snapshot(scenes, marks);
    return storage.write(id, record).then(
      () => { failed = false; if (id === datasetId) stored = text; },
      (e: unknown) => { failed = true; store.setState({ error: stateMessage('presentNotSaved', undefined, messageOf(e)) }); },
    ).finally(() => {
      inFlight--;
      if (!inFlight && !timer) setSaved(failed ? 'failed' : 'saved');
    });
  }

  function flush(): Promise<void> {
    if (!timer || !datasetId) return Promise.resolve();
    clearTimeout(timer);
    timer = null;
    const s = store.getState();
    return write(datasetId, s.scenes, s.marks);
  }

  function load(id: string) {
    if (!storage) return;
    const shown = store.getState();
    storage.read(id).then((raw) => {
      const now = store.getState();
      // Another dataset opened meanwhile, or the user (or a session file) already changed the list.
      if (datasetId !== id || now.scenes !== shown.scenes || now.marks !== shown.marks || raw === undefined) return;
      const { scenes, marks, problem } = readPresentRecord(nameOf(id), raw);
      stored = problem ? '' : snapshot(scenes, marks);
      applying = true;
      try {
        store.setState({ scenes, marks, sceneIndex: -1, presentSaved: 'saved', ...(problem ? { error: problem } : {}) });
      } finally { applying = false; }
    }, (e: unknown) => {
      store.setState({ error: stateMessage('presentNotLoaded', { dataset: nameOf(id) }, messageOf(e)) });
    });
  }

  function switchTo(id: string | null, prev: AppState) {
    const previous = datasetId;
    if (timer && previous) { clearTimeout(timer); timer = null; void write(previous, prev.scenes, prev.marks); }
    datasetId = id;
    if (!id) return;
    // A scene of this dataset is being played from a mixed list (a session file can hold several
    // datasets' scenes): the list stays as it is, and is kept under this dataset from now on.
    if (store.getState().scenes.some((sc) => sc.datasetId === id)) { stored = ''; return; }
    stored = EMPTY;
    applying = true;
    try {
      store.setState({ scenes: NO_SCENES, marks: Object.create(null) as Record<string, Mark>, sceneIndex: -1, presentSaved: null });
    } finally { applying = false; }
    load(id);
  }

  store.subscribe((s, p) => {
    if (applying) return;
    if (s.datasetId !== datasetId) { switchTo(s.datasetId, p); return; }
    if (s.scenes === p.scenes && s.marks === p.marks) return;
    if (!storage) { changedWithoutStorage = true; return; }
    if (!datasetId) return;
    if (timer) { clearTimeout(timer); timer = null; }
    if (snapshot(s.scenes, s.marks) === stored) { if (!inFlight) setSaved(failed ? 'failed' : 'saved'); return; }
    timer = setTimeout(() => { timer = null; const now = store.getState(); if (datasetId) void write(datasetId, now.scenes, now.marks); }, delayMs);
    if (s.presentSaved !== 'saving') setSaved('saving');
  });

  return {
    hasUnsaved: () => {
      if (!storage) {
        const s = store.getState();
        return changedWithoutStorage && (s.scenes.length > 0 || Object.keys(s.marks).length > 0);
      }
      return timer !== null || inFlight > 0 || failed;
    },
    flush,
  };
}
