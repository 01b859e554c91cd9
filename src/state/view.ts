/**
 * The "view": what the user is looking at, as opposed to the data. It is small and serialisable so the
 * URL can carry it, back/forward can step through it and Ctrl+Z can undo it. Its shape is
 * core/model/view-schema.ts's ViewSchema; a link's query string is read by one schema here.
 */
import * as v from 'valibot';
import type { Direction } from '../core/graph/adjacency.ts';
import type { Lang } from '../core/model/types.ts';
import type { NodeClass } from '../core/analysis/classify.ts';
import { isMetricName, type MetricName } from '../core/metrics/registry.ts';
import type { LayoutName } from '../core/layout/registry.ts';
import { DepthSchema, DIRECTIONS, DirectionSchema, FiltersSchema, LangSchema, LayoutSchema, MAX_DEPTH } from '../core/model/view-schema.ts';
import type { View } from './types.ts';

export { DIRECTIONS, MAX_DEPTH };
export type { Direction, LayoutName, View };

/** Out by default: the question planners ask first is "what does this indicator move?" */
export const DEFAULT_VIEW: View = { select: [], depth: 1, direction: 'out', layout: 'goals', goalLevel: false };

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
  /** questions asked of the graph, so a shared link shows the same answer */
  path?: PathQuestion;
  portfolio?: PortfolioQuestion;
}

/** "Why does A affect B?" as a link carries it: `?path=A,B&longer=1`. */
interface PathQuestion { from: string; to: string; longer: boolean }
/** The portfolio as a link carries it: `?portfolio=k,depth`. */
interface PortfolioQuestion { k: number; depth: number }

/** What a link carries beside the view: shown goals and classes, the size metric, paths and portfolio. */
export interface UrlExtras {
  filters: { goals: string[]; classes: NodeClass[] };
  size: MetricName;
  path?: PathQuestion | null;
  portfolio?: PortfolioQuestion | null;
}

/** The portfolio panel's bounds: k from 1 to 50, depth from 1 to MAX_DEPTH. */
export const MAX_PORTFOLIO_K = 50;

/** A comma list from the query string: trimmed, no blanks, no repeats. */
const commaList = v.pipe(v.string(), v.transform((s) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))]));
/** A query value that, when it does not parse, is simply left out (URLs get hand-edited). */
const orAbsent = <S extends v.GenericSchema>(schema: S) => v.fallback(v.optional(schema), undefined);
const GOAL_NUMBER = /^(1[0-7]|[1-9])$/;

/** The query string's shape: each key as text, turned into the view's own types. */
const UrlSchema = v.object({
  dataset: orAbsent(v.string()),
  lang: orAbsent(LangSchema),
  select: orAbsent(v.pipe(commaList, v.minLength(1))),
  depth: orAbsent(v.pipe(v.string(), v.transform(Number), DepthSchema)),
  direction: orAbsent(DirectionSchema),
  layout: orAbsent(LayoutSchema),
  level: orAbsent(v.literal('goal')),
  goals: orAbsent(v.pipe(commaList, v.transform((gs) => gs.filter((g) => GOAL_NUMBER.test(g))))),
  classes: orAbsent(v.pipe(commaList, v.transform((cs) => v.parse(FiltersSchema.entries.classes, cs)))),
  size: orAbsent(v.pipe(v.string(), v.check(isMetricName))),
  path: orAbsent(v.pipe(commaList, v.length(2), v.check(([a, b]) => a !== b))),
  longer: orAbsent(v.literal('1')),
  portfolio: orAbsent(v.pipe(
    v.string(), v.regex(/^\d{1,2},\d$/), v.transform((s) => s.split(',').map(Number)),
    v.check(([k, d]) => k >= 1 && k <= MAX_PORTFOLIO_K && d >= 1 && d <= MAX_DEPTH),
  )),
});

/** Reads only well-formed values; anything else falls back to the default, never throws. */
export function parseUrl(search: string): UrlState {
  const p = new URLSearchParams(search);
  const raw: Record<string, string> = Object.create(null);
  for (const key of Object.keys(UrlSchema.entries)) {
    const value = p.get(key);
    if (value !== null) raw[key] = value;
  }
  const q = v.parse(UrlSchema, raw);
  const view: Partial<View> = {
    ...(q.select ? { select: q.select } : {}),
    ...(q.depth !== undefined ? { depth: q.depth } : {}),
    ...(q.direction ? { direction: q.direction } : {}),
    ...(q.layout ? { layout: q.layout } : {}),
    ...(q.level ? { goalLevel: true } : {}),
  };
  const goals = q.goals ?? [];
  const classes = q.classes ?? [];
  return {
    dataset: q.dataset,
    lang: q.lang,
    view,
    ...(goals.length || classes.length ? { filters: { goals, classes } } : {}),
    ...(q.size ? { size: q.size as MetricName } : {}),
    ...(q.path ? { path: { from: q.path[0], to: q.path[1], longer: q.longer === '1' } } : {}),
    ...(q.portfolio ? { portfolio: { k: q.portfolio[0], depth: q.portfolio[1] } } : {}),
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
  if (extras?.path) {
    p.set('path', `${extras.path.from},${extras.path.to}`);
    if (extras.path.longer) p.set('longer', '1');
  }
  if (extras?.portfolio) p.set('portfolio', `${extras.portfolio.k},${extras.portfolio.depth}`);
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
