/**
 * The app state's shared types: every slice's state and actions, and the whole store as their
 * intersection. Slices import their own interface from here (never each other, never store.ts), so
 * there is no import circle; each slice is typed against the whole store, as in zustand's slices
 * pattern, because actions of one feature read or reset another's state (opening a dataset clears
 * the paths, say).
 */
import type { StoreApi } from 'zustand/vanilla';
import type { InterlinkageGraph } from '../core/graph/types.ts';
import type { Positions } from '../core/layout/goal-clusters.ts';
import type { Catalogue, DatasetEntry, Evidence, Lang, LinkDataset } from '../core/model/types.ts';
import type { MetricName, NodeMetrics } from '../core/metrics/index.ts';
import type { NodeClass } from '../core/analysis/classify.ts';
import type { InfluencePath } from '../core/analysis/paths.ts';
import type { Portfolio } from '../core/analysis/portfolio.ts';
import type { SessionImport } from '../core/io/session.ts';
import type { AppMessage } from '../core/model/message.ts';
import type { FiltersValue, MarkValue, SceneValue, ViewValue } from '../core/model/view-schema.ts';
import type { SystemSlice } from './system-types.ts';

export type { RankChange, SystemSlice, SystemState } from './system-types.ts';

export interface DataSource {
  fetchDatasetList(): Promise<DatasetEntry[]>;
  fetchCatalogue(): Promise<Catalogue>;
  fetchLinkDataset(entry: DatasetEntry): Promise<LinkDataset>;
}

type Status = 'idle' | 'loading' | 'ready' | 'error';

/** What the user is looking at (see view.ts); its shape is core/model/view-schema.ts's. */
export type View = ViewValue;
export type Filters = FiltersValue;

export interface Highlight {
  /** node → steps from the nearest selected node (selected at 0) */
  distance: Record<string, number>;
  /** "source→target" keys of highlighted links */
  links: string[];
}

interface PathResult {
  from: string;
  to: string;
  distance: number | null;
  paths: InfluencePath[];
  truncated: boolean;
  /** the k shortest routes of up to MAX_ROUTE_LINKS links, not only the shortest ones */
  longer?: boolean;
}

/** Datasets, the catalogue, imports, language and the graph on screen with what is derived from it. */
export interface DatasetsSlice {
  status: Status;
  /** last failure, shown to the user in their language; the previous dataset stays on screen */
  error: AppMessage | null;
  datasets: DatasetEntry[];
  catalogue: Catalogue | null;
  datasetId: string | null;
  /** the graph on screen: the dataset's, or its goal-level aggregate */
  graph: InterlinkageGraph | null;
  /** the dataset's own graph, kept while the goal-level aggregate is shown */
  baseGraph: InterlinkageGraph | null;
  positions: Positions | null;
  lang: Lang;
  classes: Record<string, NodeClass>;
  metrics: NodeMetrics[] | null;
  metricsByCode: Record<string, NodeMetrics> | null;
  /** networks the user imported, by dataset id ("import:…"; a Map because ids come from file names); listed after the bundled datasets */
  imports: ReadonlyMap<string, SessionImport>;

  /** Loads the catalogue and the dataset list, then opens a dataset unless `open` is false (a `?src=` link opens its own). */
  init(preferredId?: string, initialView?: Partial<View>, options?: { open?: boolean }): Promise<void>;
  /** Opens a bundled dataset or an imported network by its id. */
  openDataset(id: string, initialView?: Partial<View>): Promise<void>;
  /** Adds (or replaces) imported networks and lists them; opening is a separate step. */
  registerImports(items: SessionImport[]): void;
  forgetImport(id: string): void;
  setLang(lang: Lang): void;
  dismissError(): void;
}

/** The undoable view, its history, and display settings beside it. */
export interface ViewSlice {
  view: View;
  /** undo / redo stacks of views (Ctrl+Z / Ctrl+Shift+Z) */
  past: View[];
  future: View[];
  sizeMetric: MetricName;
  /** an imported file's own node colours and sizes are drawn (when it has them) instead of the app's */
  fileStyle: { colours: boolean; sizes: boolean };
  layoutLocked: boolean;
  /** bumped to ask the canvas to fit the highlighted part */
  fitRequest: number;

  setView(patch: Partial<View>, options?: { record?: boolean }): void;
  selectNode(code: string, additive?: boolean): void;
  clearSelection(): void;
  undo(): void;
  redo(): void;
  setSizeMetric(metric: MetricName): void;
  setFileStyle(patch: Partial<{ colours: boolean; sizes: boolean }>): void;
  setLayoutLocked(locked: boolean): void;
  requestFit(): void;
}

export interface FiltersSlice {
  filters: Filters;
  /** codes that pass the filters, or null when no filter is set */
  visible: Set<string> | null;
  setFilters(patch: Partial<Filters>): void;
}

/** Questions asked of the graph on screen: the selection's ego network, paths, a portfolio. */
export interface AnalysisSlice {
  highlight: Highlight | null;
  pathResult: PathResult | null;
  portfolio: Portfolio | null;
  findPaths(from: string, to: string, options?: { longer?: boolean }): void;
  clearPaths(): void;
  runPortfolio(k: number, depth: number): void;
}

export interface Point { x: number; y: number }

/** Where the camera and the nodes were when the scene was saved. */
export interface SceneSnapshot {
  positions: Record<string, Point> | null;
  zoom: number | null;
  pan: Point | null;
  /** size of the canvas the camera was saved on, so it can be re-fitted to another size */
  viewSize?: { w: number; h: number } | null;
}

export type Scene = SceneValue;
export type MarkKind = MarkValue['kind'];
export type Mark = MarkValue;
type PresentTheme = 'light' | 'dark';

/** Scenes, session marks and presentation mode. */
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
  /** whether the scenes and marks are in this browser's storage (state/io/present-persistence.ts); null before any */
  presentSaved: 'saving' | 'saved' | 'failed' | null;

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

/** A link by the graph keys of its ends. */
export interface LinkRef { source: string; target: string }

/** The link whose evidence is shown (slices/evidence.ts). */
export interface EvidenceSlice {
  selectedLink: LinkRef | null;
  hoveredLink: LinkRef | null;
  /** bumped on every click on a link */
  linkSeq: number;
  selectLink(source: string, target: string): void;
  hoverLink(link: LinkRef | null): void;
  clearLink(): void;
  /** evidence kinds whose links are hidden on the canvas */
  hiddenEvidence: Evidence[];
  toggleEvidence(kind: Evidence): void;
}

export type AppState = DatasetsSlice & ViewSlice & FiltersSlice & AnalysisSlice & PresentSlice & EvidenceSlice & SystemSlice & import('./slices/camera.ts').CameraSlice;
export type AppStore = StoreApi<AppState>;

/** A slice creator typed against the whole store (zustand's slices pattern, vanilla store). */
export type SliceCreator<T> = (set: StoreApi<AppState>['setState'], get: () => AppState) => T;
