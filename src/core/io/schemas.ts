/**
 * One valibot schema per file shape io reads back: a link (bundled data, the app's dataset JSON,
 * sessions, stored imports), an imported network (sessions and stored imports) and a stored import.
 * Each both parses and types its value; `issueWhere` names the failing field the way the messages do
 * ("links[0].score"), so a refusal still says where.
 */
import * as v from 'valibot';
import type { Link } from '../model/types.ts';
import type { ImportedNetwork } from './result.ts';

const nonEmpty = v.pipe(v.string(), v.minLength(1));

/** Extra fields (evidence, note, sources…) pass through: the bundled build writes them, nothing reads them blindly. */
const finite = v.pipe(v.number(), v.finite());
const orNull = <T extends v.GenericSchema>(s: T) => v.nullable(s);
/** Statistics of a co-movement link; checked because the evidence panel and exports show them as numbers. */
const ComoveSchema = v.looseObject({
  rho: finite, n: finite, years: v.array(finite), detrendedRho: orNull(finite), detrendedN: finite,
  p: orNull(finite), q: orNull(finite), survivesDetrending: v.boolean(),
});
const LocationSchema = v.looseObject({
  file: v.string(), sheet: v.optional(v.string()), cell: v.optional(v.string()), row: v.optional(finite),
  edge: v.optional(finite), edgeId: v.optional(v.string()),
});

const LinkSchema = v.looseObject({
  source: nonEmpty,
  target: nonEmpty,
  score: v.pipe(v.number(), v.finite()),
  undirected: v.optional(v.boolean()),
  comove: v.optional(ComoveSchema),
  location: v.optional(LocationSchema),
});

export const LinkDatasetSchema = v.looseObject({
  id: v.string(),
  level: v.picklist(['indicator', 'goal']),
  illustrative: v.boolean(),
  links: v.array(LinkSchema),
});

export const NetworkSchema = v.looseObject({
  name: v.string(),
  format: v.string(),
  nodes: v.array(v.string()),
  links: v.array(LinkSchema),
  level: v.picklist(['indicator', 'goal', 'unknown']),
  undirected: v.fallback(v.boolean(), false),
});

export const ImportEntrySchema = v.looseObject({
  id: v.string(),
  name: v.string(),
  network: NetworkSchema,
});

/** The parsed network, with the links typed as the model's (the schema checked what graph building needs). */
export const asNetwork = (n: v.InferOutput<typeof NetworkSchema>): ImportedNetwork => ({ ...(n as unknown as ImportedNetwork), links: n.links as unknown as Link[], undirected: n.undirected });

/** "imported[0].network.links[0].score" for the first issue. */
export function issueWhere(issues: readonly v.BaseIssue<unknown>[], prefix = ''): string {
  const path = issues[0]?.path ?? [];
  let s = prefix;
  for (const p of path) s += typeof p.key === 'number' ? `[${p.key}]` : s ? `.${String(p.key)}` : String(p.key);
  return s || '(root)';
}

/** The offending value, short, for the message. */
export const issueValue = (issues: readonly v.BaseIssue<unknown>[]) => String(JSON.stringify(issues[0]?.input) ?? 'undefined').slice(0, 80);
