/**
 * A parsed graphology graph (from GraphML, GEXF or Cytoscape JSON) → ImportedNetwork. Node codes come
 * from a `code` attribute, else the node id when it is an SDG code, else a label/name that is one,
 * else the id (free-text nodes keep their names). Scores come from `score`, `weight` or `value`
 * (default 1). Undirected edges are counted once and marked; duplicates and self-loops are skipped with
 * a warning naming the edge.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { edgeLocation, fileEdgeId } from './link-location.ts';
import type { Evidence } from '../model/types.ts';
import { isSdgCode, splitCodeTitle } from './normalise-code.ts';
import { parseFiniteNumber } from './finite-number.ts';
import { codeOfKey } from '../graph/keys.ts';
import { nullRecord } from './null-record.ts';
import { shownValue } from './shown-value.ts';
import {
  baseName, readFailure, readProblem, type ImportDetails, type ImportedLink, type ImportedNodeInfo, type NetworkFormat, type ReadResult, type ReadWarning,
} from './result.ts';
import { MAX_NODES } from './limits.ts';
import { ILLUSTRATIVE_MARK } from './mark.ts';
import { message, type MessageParams } from '../model/message.ts';
import type { IoMessageCode } from './messages.ts';

const LABEL_KEYS = ['label', 'name', 'title', 'shared_name', 'Label', 'Name'];
const SCORE_KEYS = ['score', 'weight', 'value', 'Weight', 'Score', 'Value'];
const NOTE_KEYS = ['note', 'comment', 'description', 'label'];
const RESERVED_NODE = new Set(['code', 'size', 'color', 'label', 'x', 'y', 'z', 'title_en', 'title_ru', 'title_kk', 'id', 'selected', 'shared_name', ...LABEL_KEYS]);
const EVIDENCE = new Set<Evidence>(['illustrative', 'review-statement', 'imported']);

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

function codeOfNode(graphKey: string, attrs: Attributes): { code: string; title?: string } {
  const key = codeOfKey(graphKey);
  const codeAttr = str(attrs.code);
  if (codeAttr) return splitCodeTitle(codeAttr);
  const labels = LABEL_KEYS.map((k) => str(attrs[k])).filter(Boolean);
  // Tools number their nodes ("n0", "12"): a name says more than that (our exports carry `code`).
  const autoId = /^[a-z]{0,2}\d+$/i.test(key) && labels.length > 0;
  if (!autoId && isSdgCode(key)) return splitCodeTitle(key);
  const sdg = labels.find((v) => isSdgCode(splitCodeTitle(v).code));
  if (sdg) return splitCodeTitle(sdg);
  if (autoId) return { code: splitCodeTitle(labels[0]).code };
  return { code: splitCodeTitle(key).code || key };
}

function nodeInfoOf(attrs: Attributes, titleFromCode: string | undefined, code: string): ImportedNodeInfo {
  const info: ImportedNodeInfo = {};
  const title: ImportedNodeInfo['title'] = {};
  for (const l of ['en', 'ru', 'kk'] as const) { const t = str(attrs[`title_${l}`]); if (t) title[l] = t; }
  if (!title.en) {
    const label = LABEL_KEYS.map((k) => str(attrs[k])).find((v) => v && v !== code && splitCodeTitle(v).code !== code);
    const t = titleFromCode ?? label;
    if (t) title.en = t;
  }
  if (Object.keys(title).length) info.title = title;
  const x = Number(attrs.x);
  const y = Number(attrs.y);
  if (attrs.x !== undefined && attrs.y !== undefined && Number.isFinite(x) && Number.isFinite(y)) { info.x = x; info.y = y; }
  // The file's own colours and sizes, so a network drawn elsewhere looks the same here (a colour is drawn, so only plain CSS forms pass).
  const color = str(attrs.color);
  if (/^(#[0-9a-f]{3,8}|rgba?\(\s*[\d.]+%?\s*,\s*[\d.]+%?\s*,\s*[\d.]+%?\s*(,\s*[\d.]+\s*)?\))$/i.test(color)) info.color = color;
  const size = Number(attrs.size);
  if (attrs.size !== undefined && Number.isFinite(size) && size > 0) info.size = size;
  const extra = nullRecord<string | number | boolean | null>();
  for (const [k, v] of Object.entries(attrs)) {
    if (RESERVED_NODE.has(k)) continue;
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) extra[k] = v;
  }
  if (Object.keys(extra).length) info.extra = extra;
  return info;
}

function isIllustrativeAttrs(attrs: Attributes): boolean {
  return attrs.illustrative === true || attrs.illustrative === 'true'
    || Object.values(attrs).some((v) => typeof v === 'string' && v.includes(ILLUSTRATIVE_MARK));
}

/**
 * The edge as a person finds it in the file: its number, its id when the file named it, its ends.
 * Built only for a warning or a failure: most edges need neither (a 1 MB file has thousands).
 */
function edgeNamed(n: number, key: string, source: string, target: string) {
  const id = fileEdgeId(key);
  return { edge: n, id: id === null ? '' : ` ("${id}")`, source, target };
}

export function networkFromGraphology(file: string, graph: AbstractGraph, format: NetworkFormat, details: ImportDetails = {}, pre: ReadWarning[] = []): ReadResult {
  if (graph.order > MAX_NODES) return readFailure(file, null, null, 'tooManyNodes', { n: graph.order, limit: MAX_NODES });
  if (graph.order === 0) return readFailure(file, null, null, 'noNodes');
  const warnings: ReadWarning[] = [...pre];
  const warn = (code: IoMessageCode, params?: MessageParams) => warnings.push(readProblem(file, null, null, code, params));
  const codeOf = new Map<string, string>();
  const nodes: string[] = [];
  const nodeInfo = nullRecord<ImportedNodeInfo>();
  graph.forEachNode((key, attrs) => {
    const { code, title } = codeOfNode(key, attrs);
    if (Object.hasOwn(nodeInfo, code)) warn('nodesMerged', { node: key, code });
    else { nodes.push(code); nodeInfo[code] = nodeInfoOf(attrs, title, code); }
    codeOf.set(key, code);
  });
  const links: ImportedLink[] = [];
  const seen = new Map<string, ImportedLink>();
  let undirectedCount = 0;
  let i = 0;
  let failure: ReadResult | null = null;
  graph.forEachEdge((key, attrs, s, t, _sa, _ta, undirected) => {
    i++;
    if (failure) return;
    const source = codeOf.get(s)!;
    const target = codeOf.get(t)!;
    const edge = () => edgeNamed(i, key, source, target);
    if (source === target) { warn('edgeSelfLoopSkipped', edge()); return; }
    let score = 1;
    const scoreKey = SCORE_KEYS.find((k) => attrs[k] !== undefined && attrs[k] !== '');
    if (scoreKey) {
      const v = attrs[scoreKey];
      const parsed = parseFiniteNumber(typeof v === 'number' ? v : str(v));
      if (!parsed.ok) {
        const code = parsed.reason === 'notFinite' ? 'edgeScoreNotFinite' : 'edgeScoreNotNumber';
        failure = readFailure(file, null, null, code, { ...edge(), key: scoreKey, value: shownValue(v) });
        return;
      }
      score = parsed.value;
    }
    if (score === 0) { warn('edgeZeroScoreSkipped', edge()); return; }
    undirected = undirected || attrs.undirected === true || attrs.undirected === 'true';
    const pair = undirected ? (source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`) : `${source}\u0000${target}`;
    let existing = seen.get(pair);
    if (!existing && !undirected) {
      const back = seen.get(`${target}\u0000${source}`);
      if (back?.undirected) existing = back;
    }
    if (existing) { warn('edgeDuplicateKept', edge()); return; }
    const evidence = str(attrs.evidence) as Evidence;
    let note = '';
    for (const k of NOTE_KEYS) { note = str(attrs[k]); if (note) break; }
    const link: ImportedLink = {
      source, target, score, evidence: EVIDENCE.has(evidence) ? evidence : 'imported', ...(note ? { note } : {}), ...(undirected ? { undirected: true } : {}),
      // Where the link was read, as the evidence panel and the exports show it for tables' rows and cells.
      location: edgeLocation(file, i, key),
    };
    if (undirected) undirectedCount++;
    seen.set(pair, link);
    links.push(link);
  });
  if (failure) return failure;
  const allUndirected = links.length > 0 && undirectedCount === links.length;
  if (allUndirected) for (const l of links) delete l.undirected;
  else if (undirectedCount) warn('someUndirected', { n: undirectedCount, total: links.length });
  const gAttrs = graph.getAttributes();
  const illustrative = isIllustrativeAttrs(gAttrs) || links.some((l) => l.evidence === 'illustrative');
  const name = str(gAttrs.name) || str(gAttrs.title) || baseName(file);
  return {
    ok: true,
    network: {
      format, name, level: 'unknown', nodes, links, undirected: allUndirected, nodeInfo,
      ...(illustrative ? { illustrative: true } : {}),
      details: { ...details, orientation: message(allUndirected ? 'orientationUndirected' : undirectedCount ? 'orientationMixed' : 'orientationSourceToTarget') },
    },
    warnings,
  };
}
