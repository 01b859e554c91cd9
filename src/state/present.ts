/**
 * Presentation state: scenes (saved views a presenter steps through), session marks on indicators,
 * and the presentation mode itself (theme, colour-blind-safe option, blank screen). A slice of the
 * app store so the session file, the canvas and the presenter window all read one source.
 */
import type { AppState, Filters } from './store.ts';
import type { View } from './view.ts';
import type { MetricName } from '../core/metrics/index.ts';

export interface Point { x: number; y: number }

/** Where the camera and the nodes were when the scene was saved. */
export interface SceneSnapshot {
  positions: Record<string, Point> | null;
  zoom: number | null;
  pan: Point | null;
  /** size of the canvas the camera was saved on, so it can be re-fitted to another size */
  viewSize?: { w: number; h: number } | null;
}

export interface Scene extends SceneSnapshot {
  id: string;
  caption: string;
  notes: string;
  datasetId: string | null;
  view: View;
  filters: Filters;
  sizeMetric: MetricName;
}

export type MarkKind = 'priority' | 'discussed';
export const MARK_KINDS: readonly MarkKind[] = ['priority', 'discussed'];
export interface Mark { kind: MarkKind; note: string }

export type PresentTheme = 'light' | 'dark';

export interface PresentSlice {
  scenes: Scene[];
  /** index of the scene on screen, -1 when none has been played */
  sceneIndex: number;
  presenting: boolean;
  blank: boolean;
  presentTheme: PresentTheme;
  colourSafe: boolean;
  marks: Record<string, Mark>;
  /** bumped when a scene is played, so the canvas animates to its positions and camera */
  sceneRequest: { seq: number; sceneId: string; animate: boolean } | null;
  /** the keyboard-shortcut help overlay */
  helpOpen: boolean;

  saveScene(snapshot?: Partial<SceneSnapshot>, caption?: string): Scene;
  renameScene(id: string, caption: string): void;
  setSceneNotes(id: string, notes: string): void;
  moveScene(id: string, delta: number): void;
  deleteScene(id: string): void;
  duplicateScene(id: string): void;
  setScenes(scenes: Scene[]): void;
  goToScene(index: number, options?: { animate?: boolean }): Promise<void>;
  nextScene(): Promise<void>;
  prevScene(): Promise<void>;
  setPresenting(on: boolean): void;
  toggleBlank(): void;
  setPresentTheme(theme: PresentTheme): void;
  setColourSafe(on: boolean): void;
  setMark(code: string, kind: MarkKind | null, note?: string): void;
  setMarks(marks: Record<string, Mark>): void;
  setHelpOpen(open: boolean): void;
}

let sceneCounter = 0;
const newId = () => `s${Date.now().toString(36)}${(sceneCounter++).toString(36)}`;

const cloneView = (v: View): View => ({ ...v, select: [...v.select] });
const cloneFilters = (f: Filters): Filters => ({ goals: [...f.goals], classes: [...f.classes] });

type Set = (partial: Partial<AppState>) => void;
type Get = () => AppState;

export function createPresentSlice(set: Set, get: Get): PresentSlice {
  let seq = 0;
  return {
    scenes: [],
    sceneIndex: -1,
    presenting: false,
    blank: false,
    presentTheme: 'light',
    colourSafe: false,
    marks: {},
    sceneRequest: null,
    helpOpen: false,

    saveScene(snapshot = {}, caption) {
      const s = get();
      const scene: Scene = {
        id: newId(),
        caption: caption ?? (s.view.select.length ? s.view.select.join(', ') : `Scene ${s.scenes.length + 1}`),
        notes: '',
        datasetId: s.datasetId,
        view: cloneView(s.view),
        filters: cloneFilters(s.filters),
        sizeMetric: s.sizeMetric,
        positions: snapshot.positions ?? null,
        zoom: snapshot.zoom ?? null,
        pan: snapshot.pan ?? null,
        viewSize: snapshot.viewSize ?? null,
      };
      set({ scenes: [...s.scenes, scene], sceneIndex: s.scenes.length });
      return scene;
    },

    renameScene(id, caption) {
      set({ scenes: get().scenes.map((sc) => (sc.id === id ? { ...sc, caption } : sc)) });
    },

    setSceneNotes(id, notes) {
      set({ scenes: get().scenes.map((sc) => (sc.id === id ? { ...sc, notes } : sc)) });
    },

    moveScene(id, delta) {
      const scenes = [...get().scenes];
      const i = scenes.findIndex((sc) => sc.id === id);
      const j = i + delta;
      if (i < 0 || j < 0 || j >= scenes.length) return;
      [scenes[i], scenes[j]] = [scenes[j], scenes[i]];
      set({ scenes });
    },

    deleteScene(id) {
      const { scenes, sceneIndex } = get();
      const i = scenes.findIndex((sc) => sc.id === id);
      if (i < 0) return;
      const next = scenes.filter((sc) => sc.id !== id);
      set({ scenes: next, sceneIndex: Math.min(sceneIndex > i ? sceneIndex - 1 : sceneIndex, next.length - 1) });
    },

    duplicateScene(id) {
      const scenes = get().scenes;
      const i = scenes.findIndex((sc) => sc.id === id);
      if (i < 0) return;
      const src = scenes[i];
      const copy: Scene = {
        ...src, id: newId(), caption: `${src.caption} (2)`, view: cloneView(src.view), filters: cloneFilters(src.filters),
        positions: src.positions ? { ...src.positions } : null, pan: src.pan ? { ...src.pan } : null,
      };
      set({ scenes: [...scenes.slice(0, i + 1), copy, ...scenes.slice(i + 1)] });
    },

    setScenes(scenes) {
      set({ scenes, sceneIndex: scenes.length ? Math.min(get().sceneIndex, scenes.length - 1) : -1 });
    },

    async goToScene(index, options) {
      const { scenes } = get();
      if (!scenes.length) return;
      const i = Math.max(0, Math.min(scenes.length - 1, index));
      const scene = scenes[i];
      set({ sceneIndex: i, blank: false });
      if (scene.datasetId && scene.datasetId !== get().datasetId) {
        await get().openDataset(scene.datasetId, cloneView(scene.view));
      }
      get().setView(cloneView(scene.view), { record: false });
      get().setFilters(cloneFilters(scene.filters));
      get().setSizeMetric(scene.sizeMetric);
      set({ sceneRequest: { seq: ++seq, sceneId: scene.id, animate: options?.animate ?? true } });
    },

    async nextScene() {
      const { sceneIndex, scenes } = get();
      if (sceneIndex < scenes.length - 1) await get().goToScene(sceneIndex + 1);
    },

    async prevScene() {
      const { sceneIndex } = get();
      if (sceneIndex > 0) await get().goToScene(sceneIndex - 1);
    },

    setPresenting(presenting) {
      set({ presenting, blank: false });
    },

    toggleBlank() {
      set({ blank: !get().blank });
    },

    setPresentTheme(presentTheme) {
      set({ presentTheme });
    },

    setColourSafe(colourSafe) {
      set({ colourSafe });
    },

    setMark(code, kind, note) {
      const marks = { ...get().marks };
      if (kind === null) delete marks[code];
      else marks[code] = { kind, note: (note ?? marks[code]?.note ?? '').replace(/\s+/g, ' ').trim().slice(0, 200) };
      set({ marks });
    },

    setMarks(marks) {
      set({ marks });
    },

    setHelpOpen(helpOpen) {
      set({ helpOpen });
    },
  };
}

/** Validates scenes read from a session file; anything malformed is dropped, never thrown. */
export function parseScenes(raw: unknown): Scene[] {
  if (!Array.isArray(raw)) return [];
  const out: Scene[] = [];
  for (const r of raw) {
    if (typeof r !== 'object' || r === null) continue;
    const o = r as Record<string, unknown>;
    const v = (o.view ?? {}) as Record<string, unknown>;
    const f = (o.filters ?? {}) as Record<string, unknown>;
    const strs = (x: unknown) => (Array.isArray(x) ? x.filter((c): c is string => typeof c === 'string') : []);
    out.push({
      id: typeof o.id === 'string' ? o.id : newId(),
      caption: typeof o.caption === 'string' ? o.caption : '',
      notes: typeof o.notes === 'string' ? o.notes : '',
      datasetId: typeof o.datasetId === 'string' ? o.datasetId : null,
      view: {
        select: strs(v.select),
        depth: typeof v.depth === 'number' ? v.depth : 1,
        direction: v.direction === 'in' || v.direction === 'both' ? v.direction : 'out',
        layout: (['goals', 'force', 'concentric', 'grid'] as const).find((l) => l === v.layout) ?? 'goals',
        goalLevel: v.goalLevel === true,
      },
      filters: { goals: strs(f.goals), classes: strs(f.classes) as Filters['classes'] },
      sizeMetric: (typeof o.sizeMetric === 'string' ? o.sizeMetric : 'out') as MetricName,
      positions: typeof o.positions === 'object' && o.positions !== null ? (o.positions as Record<string, Point>) : null,
      zoom: typeof o.zoom === 'number' ? o.zoom : null,
      pan: typeof o.pan === 'object' && o.pan !== null ? (o.pan as Point) : null,
      viewSize: typeof o.viewSize === 'object' && o.viewSize !== null ? (o.viewSize as { w: number; h: number }) : null,
    });
  }
  return out;
}

export function parseMarks(raw: unknown): Record<string, Mark> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: Record<string, Mark> = {};
  for (const [code, m] of Object.entries(raw as Record<string, unknown>)) {
    const o = m as Record<string, unknown> | null;
    if (o && (o.kind === 'priority' || o.kind === 'discussed')) out[code] = { kind: o.kind, note: typeof o.note === 'string' ? o.note : '' };
  }
  return out;
}
