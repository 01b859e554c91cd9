/**
 * Presentation state: scenes (saved views a presenter steps through), session marks on indicators,
 * and the presentation mode itself (theme, colour-blind-safe option, blank screen). A slice of the
 * app store so the session file, the canvas and the presenter window all read one source.
 */
import type { AppState, Filters, Mark, PresentSlice, Scene, SliceCreator, View } from './types.ts';
import { MARK_KINDS, newSceneId } from '../core/model/view-schema.ts';

export type { MarkKind, Point, PresentSlice, Scene, SceneSnapshot } from './types.ts';
export { MARK_KINDS };

const cloneView = (view: View): View => ({ ...view, select: [...view.select] });
const cloneFilters = (f: Filters): Filters => ({ goals: [...f.goals], classes: [...f.classes] });

/** The questions on screen (path A → B, portfolio) as a scene keeps them: what was asked, not the answer. */
const questionsOf = (s: AppState): Scene['questions'] => ({
  path: s.pathResult ? { from: s.pathResult.from, to: s.pathResult.to, longer: s.pathResult.longer ?? false } : null,
  portfolio: s.portfolio ? { k: s.portfolio.k, depth: s.portfolio.depth } : null,
});

/** Asks the graph now on screen a scene's questions again; a scene without one clears it, as it does the selection. */
function askQuestions(s: AppState, q: Scene['questions'], clearPortfolio: () => void) {
  if (q.path && s.graph?.hasNode(q.path.from) && s.graph.hasNode(q.path.to)) s.findPaths(q.path.from, q.path.to, { longer: q.path.longer });
  else if (s.pathResult) s.clearPaths();
  if (q.portfolio) s.runPortfolio(q.portfolio.k, q.portfolio.depth);
  else if (s.portfolio) clearPortfolio();
}

export const createPresentSlice: SliceCreator<PresentSlice> = (set, get) => {
  let seq = 0;
  return {
    scenes: [],
    sceneIndex: -1,
    presenting: false,
    blank: false,
    presentTheme: 'light',
    colourSafe: false,
    marks: Object.create(null) as Record<string, Mark>,
    sceneRequest: null,
    helpOpen: false,
    presentSaved: null,

    saveScene(snapshot = {}, caption) {
      const s = get();
      const scene: Scene = {
        id: newSceneId(),
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
        questions: questionsOf(s),
        fileStyle: { ...s.fileStyle },
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
        ...src, id: newSceneId(), caption: `${src.caption} (2)`, view: cloneView(src.view), filters: cloneFilters(src.filters),
        positions: src.positions ? { ...src.positions } : null, pan: src.pan ? { ...src.pan } : null,
        questions: { path: src.questions.path && { ...src.questions.path }, portfolio: src.questions.portfolio && { ...src.questions.portfolio } },
        fileStyle: src.fileStyle && { ...src.fileStyle },
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
      // The selection is checked against the graph on screen, so a level change (indicators ↔ goals,
      // a different graph) must come first: applied together, goal 2 would be dropped as unknown to
      // the indicator graph (and 16.6.1 to the goal graph), leaving the scene with no selection.
      if (get().view.goalLevel !== scene.view.goalLevel) get().setView({ goalLevel: scene.view.goalLevel, select: [] }, { record: false });
      get().setView(cloneView(scene.view), { record: false });
      get().setFilters(cloneFilters(scene.filters));
      get().setSizeMetric(scene.sizeMetric);
      if (scene.fileStyle) get().setFileStyle(scene.fileStyle);
      askQuestions(get(), scene.questions, () => set({ portfolio: null }));
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
      const marks: Record<string, Mark> = Object.assign(Object.create(null), get().marks); // codes may come from a file
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
};
