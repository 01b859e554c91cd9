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
import { METRIC_NAMES, type MetricName } from '../metrics/registry.ts';

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

/** The questions asked of the graph (a path A → B, a portfolio), as sessions keep them; a bad one is dropped. */
export const QuestionsSchema = v.object({
  path: v.fallback(v.nullable(v.object({ from: v.string(), to: v.string(), longer: v.fallback(v.boolean(), false) })), null),
  portfolio: v.fallback(v.nullable(v.object({
    k: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)), depth: DepthSchema,
  })), null),
});

const PointSchema = v.object({ x: v.number(), y: v.number() });
/** Node positions by code (a scene's, a cached layout's). */
export const PositionsSchema = v.record(v.string(), PointSchema);

export const MARK_KINDS = ['priority', 'discussed'] as const;
const MarkSchema = v.object({
  kind: v.picklist(MARK_KINDS),
  note: v.fallback(v.string(), ''),
});

let sceneCounter = 0;
/** A new scene id: time plus a counter, unique within a session. */
export const newSceneId = (): string => `s${Date.now().toString(36)}${(sceneCounter++).toString(36)}`;

const SceneSchema = v.object({
  id: v.fallback(v.string(), newSceneId),
  caption: v.fallback(v.string(), ''),
  notes: v.fallback(v.string(), ''),
  datasetId: v.fallback(v.nullable(v.string()), null),
  view: v.fallback(ViewSchema, { select: [], depth: 1, direction: 'out', layout: 'goals', goalLevel: false }),
  filters: v.fallback(FiltersSchema, { goals: [], classes: [] }),
  sizeMetric: v.fallback(v.picklist(METRIC_NAMES as readonly [MetricName, ...MetricName[]]), 'out'),
  positions: v.fallback(v.nullable(PositionsSchema), null),
  zoom: v.fallback(v.nullable(v.number()), null),
  pan: v.fallback(v.nullable(PointSchema), null),
  viewSize: v.fallback(v.nullable(v.object({ w: v.number(), h: v.number() })), null),
  /** the path and portfolio on screen when saved, asked again when the scene is played */
  questions: v.fallback(QuestionsSchema, { path: null, portfolio: null }),
  /** whether the file's own colours and sizes were drawn; null in scenes saved before it was kept (played as they find it) */
  fileStyle: v.fallback(v.nullable(v.object({ colours: v.boolean(), sizes: v.boolean() })), null),
});

/** A list where each item that does not parse is dropped and the others kept (hand-edited files). */
const eachOf = <T>(schema: v.GenericSchema<unknown, T>) => v.pipe(
  v.fallback(v.array(v.unknown()), []),
  v.transform((xs) => xs.flatMap((x) => { const r = v.safeParse(schema, x); return r.success ? [r.output] : []; })),
);

export const ScenesSchema = eachOf(SceneSchema);

/** Marks by node code; codes come from files, so the record has no prototype (`__proto__` stays a key). */
export const MarksSchema = v.pipe(
  v.fallback(v.record(v.string(), v.unknown()), {}),
  v.transform((o) => {
    const out: Record<string, v.InferOutput<typeof MarkSchema>> = Object.create(null);
    for (const [code, m] of Object.entries(o)) { const r = v.safeParse(MarkSchema, m); if (r.success) out[code] = r.output; }
    return out;
  }),
);

/** Scenes from a session file or the browser's storage; anything malformed is dropped, never thrown. */
export const parseScenes = (raw: unknown) => v.parse(ScenesSchema, raw);
/** Session or stored marks; entries of another kind are dropped. */
export const parseMarks = (raw: unknown) => v.parse(MarksSchema, raw);

export type ViewValue = v.InferOutput<typeof ViewSchema>;
export type FiltersValue = v.InferOutput<typeof FiltersSchema>;
export type SceneValue = v.InferOutput<typeof SceneSchema>;
export type MarkValue = v.InferOutput<typeof MarkSchema>;
export type QuestionsValue = v.InferOutput<typeof QuestionsSchema>;
