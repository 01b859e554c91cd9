/**
 * The "view": what the user is looking at, as opposed to the data. It is small and serialisable so the
 * URL can carry it, back/forward can step through it and Ctrl+Z can undo it.
 */
import type { Direction } from '../core/graph/adjacency.ts';
import { LANGS, type Lang } from '../core/model/types.ts';
import { NODE_CLASSES, type NodeClass } from '../core/analysis/classify.ts';
import { METRIC_NAMES, type MetricName } from '../core/metrics/index.ts';

export type LayoutName = 'goals' | 'force' | 'concentric' | 'grid';
export const LAYOUTS: readonly LayoutName[] = ['goals', 'force', 'concentric', 'grid'];
export const DIRECTIONS: readonly Direction[] = ['out', 'in', 'both'];
export type { Direction };

export interface View {
  /** selected node codes, in click order */
  select: string[];
  depth: number;
  direction: Direction;
  layout: LayoutName;
  /** indicator data aggregated to 17 goal nodes */
  goalLevel: boolean;
}

/** Out by default: the question planners ask first is "what does this indicator move?" */
export const DEFAULT_VIEW: View = { select: [], depth: 1, direction: 'out', layout: 'goals', goalLevel: false };

export const MAX_DEPTH = 3;

/** The selection after clicking `code` (shift = add or remove it), shared by the store and the canvas. */
export function nextSelection(select: string[], code: string, additive: boolean): string[] {
  if (additive) return select.includes(code) ? select.filter((c) => c !== code) : [...select, code];
  return select.length === 1 && select[0] === code ? select : [code];
}

export function sameView(a: View, b: View): boolean {
  return a.depth === b.depth && a.direction === b.direction && a.layout === b.layout && a.goalLevel === b.goalLevel
    && a.select.length === b.select.length && a.select.every((c, i) => c === b.select[i]);
}

export interface UrlState {
  dataset?: string;
  lang?: Lang;
  view: Partial<View>;
  /** filters and size metric are not part of the undoable view, but a shared link carries them */
  filters?: { goals: string[]; classes: NodeClass[] };
  size?: MetricName;
}

/** What a link carries beside the view: shown goals and classes, and the size metric. */
export interface UrlExtras {
  filters: { goals: string[]; classes: NodeClass[] };
  size: MetricName;
}

/** Reads only well-formed values; anything else falls back to the default, never throws (URLs get hand-edited). */
export function parseUrl(search: string): UrlState {
  const p = new URLSearchParams(search);
  const view: Partial<View> = {};
  const select = p.get('select');
  if (select) view.select = [...new Set(select.split(',').map((c) => c.trim()).filter(Boolean))];
  const depth = Number(p.get('depth'));
  if (Number.isInteger(depth) && depth >= 1 && depth <= MAX_DEPTH) view.depth = depth;
  const direction = p.get('direction');
  if (direction && (DIRECTIONS as readonly string[]).includes(direction)) view.direction = direction as Direction;
  const layout = p.get('layout');
  if (layout && (LAYOUTS as readonly string[]).includes(layout)) view.layout = layout as LayoutName;
  if (p.get('level') === 'goal') view.goalLevel = true;
  const lang = p.get('lang');
  const list = (k: string) => (p.get(k) ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const goals = [...new Set(list('goals').filter((g) => /^(1[0-7]|[1-9])$/.test(g)))];
  const classes = [...new Set(list('classes').filter((c): c is NodeClass => (NODE_CLASSES as readonly string[]).includes(c)))];
  const size = p.get('size');
  return {
    dataset: p.get('dataset') ?? undefined,
    lang: lang && (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : undefined,
    view,
    ...(goals.length || classes.length ? { filters: { goals, classes } } : {}),
    ...(size && (METRIC_NAMES as readonly string[]).includes(size) ? { size: size as MetricName } : {}),
  };
}

/** Only non-default values go in the URL, so a plain link stays plain. */
export function toSearch(view: View, dataset: string | null, lang: Lang, defaultDataset?: string, extras?: UrlExtras): string {
  const p = new URLSearchParams();
  if (dataset && dataset !== defaultDataset) p.set('dataset', dataset);
  if (view.select.length) p.set('select', view.select.join(','));
  if (view.depth !== DEFAULT_VIEW.depth) p.set('depth', String(view.depth));
  if (view.direction !== DEFAULT_VIEW.direction) p.set('direction', view.direction);
  if (view.layout !== DEFAULT_VIEW.layout) p.set('layout', view.layout);
  if (view.goalLevel) p.set('level', 'goal');
  if (lang !== 'en') p.set('lang', lang);
  if (extras?.filters.goals.length) p.set('goals', extras.filters.goals.join(','));
  if (extras?.filters.classes.length) p.set('classes', extras.filters.classes.join(','));
  if (extras && extras.size !== 'out') p.set('size', extras.size);
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
