/**
 * The one check every network passes on its way in — a file read by any reader, a session's imports,
 * a record stored in IndexedDB, a `?src=` link — so the rules and limits are the same whichever way it
 * came: codes cleaned (clean-text.ts: NFKC, invisible characters removed with a warning, mixed
 * scripts reported) and merged when they then coincide, every link endpoint a node, every score
 * finite, no self-loops or repeated links, at most MAX_NODES nodes, `nodeInfo` validated and keyed
 * by known codes only, and the warnings capped (warnings.ts).
 */
import * as v from 'valibot';
import type { Link } from '../model/types.ts';
import { cleanCell } from './clean-text.ts';
import { normaliseCode } from './normalise-code.ts';
import { nullRecord } from './null-record.ts';
import { MAX_NODES } from './limits.ts';
import { readFailure, readProblem, type ImportedLink, type ImportedNetwork, type ImportedNodeInfo, type ReadResult, type ReadWarning } from './result.ts';
import { WarningList } from './warnings.ts';

const finite = v.pipe(v.number(), v.finite());
const TitleSchema = v.object({ en: v.optional(v.string()), ru: v.optional(v.string()), kk: v.optional(v.string()) });
const ExtraValue = v.union([v.string(), finite, v.boolean(), v.null()]);
/** What a network may say about one node; anything else in it is dropped, not trusted. */
const NodeInfoSchema = v.object({
  title: v.fallback(v.optional(TitleSchema), undefined),
  x: v.fallback(v.optional(finite), undefined),
  y: v.fallback(v.optional(finite), undefined),
  extra: v.fallback(v.optional(v.record(v.string(), ExtraValue)), undefined),
  // the file's own drawing (GEXF viz, GraphML r/g/b): a colour string and a size
  color: v.fallback(v.optional(v.pipe(v.string(), v.maxLength(64))), undefined),
  size: v.fallback(v.optional(v.pipe(finite, v.minValue(0))), undefined),
});

function nodeInfoOf(raw: unknown): ImportedNodeInfo | null {
  const r = v.safeParse(NodeInfoSchema, raw);
  if (!r.success) return null;
  const { title, x, y, extra, color, size } = r.output;
  const info: ImportedNodeInfo = {};
  if (color) info.color = color;
  if (size !== undefined) info.size = size;
  if (title) info.title = Object.fromEntries(Object.entries(title).filter(([, t]) => typeof t === 'string')) as ImportedNodeInfo['title'];
  if (x !== undefined && y !== undefined) { info.x = x; info.y = y; }
  if (extra) {
    const e = nullRecord<string | number | boolean | null>();
    for (const [k, val] of Object.entries(extra)) e[k] = val;
    info.extra = e;
  }
  return info;
}

const EVIDENCE = new Set(['illustrative', 'review-statement', 'imported', 'co-movement']);

/**
 * Only the fields a link has, copied: a session or stored record may carry anything beside them
 * (even a cycle, which would break Session → Save later).
 */
function linkOf(link: ImportedLink, source: string, target: string): ImportedLink {
  const out: ImportedLink = { source, target, score: link.score, evidence: EVIDENCE.has(link.evidence) ? link.evidence : 'imported' };
  if (typeof link.note === 'string' && link.note) out.note = link.note;
  const sources = Array.isArray(link.sources) ? jsonCopy(link.sources) : undefined;
  if (Array.isArray(sources) && sources.length) out.sources = sources as Link['sources'];
  if (link.undirectedInSource === true) out.undirectedInSource = true;
  if (link.undirected === true) out.undirected = true;
  // statistics of a co-movement link and where an imported link was read: JSON-safe copies
  const comove = link.comove && typeof link.comove === 'object' ? jsonCopy(link.comove) : undefined;
  if (comove && typeof comove === 'object') out.comove = comove as Link['comove'];
  const location = link.location && typeof link.location === 'object' ? jsonCopy(link.location) : undefined;
  if (location && typeof location === 'object') out.location = location as Link['location'];
  return out;
}

/** A JSON-safe copy, or undefined for a value JSON cannot hold (a cycle, a BigInt). */
function jsonCopy(value: unknown): unknown {
  try {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value)) as unknown;
  } catch {
    return undefined;
  }
}

/** The header fields of a network, each checked; a damaged optional field is left out. */
function headerOf(n: ImportedNetwork): Omit<ImportedNetwork, 'nodes' | 'links' | 'nodeInfo'> {
  const level = n.level === 'indicator' || n.level === 'goal' ? n.level : 'unknown';
  const d = n.dataset;
  const dataset = d && typeof d === 'object' && typeof d.id === 'string' && typeof d.name === 'string'
    ? { id: d.id, name: d.name, illustrative: d.illustrative === true, description: typeof d.description === 'string' ? d.description : '' } : undefined;
  const details = jsonCopy(n.details) as ImportedNetwork['details'];
  return {
    format: typeof n.format === 'string' ? n.format : 'unknown', name: typeof n.name === 'string' ? n.name : '', level,
    undirected: n.undirected === true, ...(dataset ? { dataset } : {}), ...(n.illustrative === true ? { illustrative: true } : {}),
    ...(details && typeof details === 'object' ? { details } : {}),
  };
}

/** A code as the graph will know it, plus what cleaning found. */
function codeCleaner(file: string, warnings: WarningList) {
  const cache = new Map<string, string>();
  return (raw: string): string => {
    const hit = cache.get(raw);
    if (hit !== undefined) return hit;
    const c = cleanCell(raw);
    let code = c.text.trim();
    if (code !== raw) code = normaliseCode(code);
    if (c.removed) warnings.push(readProblem(file, null, null, 'invisibleCharsRemoved', { value: code, n: c.removed }));
    if (c.mixedScripts) warnings.push(readProblem(file, null, null, 'mixedScriptCode', { code }));
    cache.set(raw, code);
    return code;
  };
}

/** `network` checked and cleaned (see above), or the first rule it breaks. `warnings` come first in the result. */
export function checkNetwork(file: string, network: ImportedNetwork, warnings: readonly ReadWarning[] = []): ReadResult {
  const list = new WarningList();
  list.pushAll(warnings);
  const clean = codeCleaner(file, list);
  const nodes: string[] = [];
  const seen = new Set<string>();
  const add = (code: string) => { if (!seen.has(code)) { seen.add(code); nodes.push(code); } };
  for (const raw of Array.isArray(network.nodes) ? network.nodes : []) {
    if (typeof raw !== 'string') continue;
    const code = clean(raw);
    if (code) add(code);
  }
  const links: Link[] = [];
  const linkSeen = new Set<string>();
  let dropped = 0;
  for (const link of (Array.isArray(network.links) ? network.links : []) as ImportedLink[]) {
    if (!link || typeof link !== 'object' || typeof link.source !== 'string' || typeof link.target !== 'string') { dropped++; continue; }
    const source = clean(link.source);
    const target = clean(link.target);
    if (typeof link.score !== 'number' || !Number.isFinite(link.score)) {
      return readFailure(file, null, null, 'linkScoreNotFinite', { source, target });
    }
    if (!source || !target || source === target || link.score === 0) { dropped++; continue; }
    const key = `${source}\u0000${target}`;
    if (linkSeen.has(key)) { list.push(readProblem(file, null, null, 'duplicateLinkKept', { source, target })); continue; }
    linkSeen.add(key);
    add(source);
    add(target);
    links.push(linkOf(link, source, target));
  }
  if (dropped) list.push(readProblem(file, null, null, 'zeroOrSelfLinksSkipped', { n: dropped }));
  if (nodes.length > MAX_NODES) return readFailure(file, null, null, 'tooManyNodes', { n: nodes.length, limit: MAX_NODES });
  let nodeInfo: Record<string, ImportedNodeInfo> | undefined;
  if (network.nodeInfo && typeof network.nodeInfo === 'object') {
    nodeInfo = nullRecord<ImportedNodeInfo>();
    for (const [raw, value] of Object.entries(network.nodeInfo)) {
      const code = clean(raw);
      const info = seen.has(code) ? nodeInfoOf(value) : null;
      if (info && !Object.hasOwn(nodeInfo, code)) nodeInfo[code] = info;
    }
  }
  const checked: ImportedNetwork = { ...headerOf(network), nodes, links, ...(nodeInfo ? { nodeInfo } : {}) };
  return { ok: true, network: checked, warnings: list.list() };
}
