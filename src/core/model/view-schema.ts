/**
 * One schema per shape for what a user looks at — the view, filters, scenes and marks — shared by the
 * URL, session files and stored presentation state. Each schema both parses and types its shape
 * (valibot: chosen over zod for size — only the pieces used are bundled, about 2 KB here).
 *
 * Lenient by design where the source is hand-edited or written by an older version (URLs, sessions):
 * a malformed field falls back to its default instead of refusing the whole value.
 */
import * as v from 'valibot';
import { LANGS, type Lang } from './types.ts';
import { NODE_CLASSES, type NodeClass } from '../analysis/classify.ts';
import { LAYOUT_IDS, type LayoutName } from '../layout/registry.ts';

export const MAX_DEPTH = 3;
export const DIRECTIONS = ['out', 'in', 'both'] as const;

/** A list of strings, dropping anything that is not one (hand-edited files). */
const strings = v.pipe(
  v.fallback(v.array(v.unknown()), []),
  v.transform((xs) => xs.filter((x): x is string => typeof x === 'string')),
);

export const DepthSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_DEPTH));
export const DirectionSchema = v.picklist(DIRECTIONS);
export const LayoutSchema = v.picklist(LAYOUT_IDS as readonly [LayoutName, ...LayoutName[]]);

export const ViewSchema = v.object({
  select: strings,
  depth: v.fallback(DepthSchema, 1),
  direction: v.fallback(DirectionSchema, 'out'),
  layout: v.fallback(LayoutSchema, 'goals'),
  goalLevel: v.fallback(v.boolean(), false),
});

export const FiltersSchema = v.object({
  goals: strings,
  classes: v.pipe(strings, v.transform((xs) => xs.filter((c): c is NodeClass => (NODE_CLASSES as readonly string[]).includes(c)))),
});

export const LangSchema = v.picklist(LANGS as readonly [Lang, ...Lang[]]);

export const PointSchema = v.object({ x: v.number(), y: v.number() });

export const MARK_KINDS = ['priority', 'discussed'] as const;
export const MarkSchema = v.object({
  kind: v.picklist(MARK_KINDS),
  note: v.fallback(v.string(), ''),
});

export const SceneSchema = v.object({
  id: v.optional(v.string()),
  caption: v.fallback(v.string(), ''),
  notes: v.fallback(v.string(), ''),
  datasetId: v.fallback(v.nullable(v.string()), null),
  view: v.fallback(ViewSchema, { select: [], depth: 1, direction: 'out', layout: 'goals', goalLevel: false }),
  filters: v.fallback(FiltersSchema, { goals: [], classes: [] }),
  sizeMetric: v.fallback(v.string(), 'out'),
  positions: v.fallback(v.nullable(v.record(v.string(), PointSchema)), null),
  zoom: v.fallback(v.nullable(v.number()), null),
  pan: v.fallback(v.nullable(PointSchema), null),
  viewSize: v.fallback(v.nullable(v.object({ w: v.number(), h: v.number() })), null),
});

export type ViewValue = v.InferOutput<typeof ViewSchema>;
export type FiltersValue = v.InferOutput<typeof FiltersSchema>;
export type SceneValue = v.InferOutput<typeof SceneSchema>;
export type MarkValue = v.InferOutput<typeof MarkSchema>;
