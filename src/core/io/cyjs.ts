/**
 * Cytoscape JSON (.cyjs, Cytoscape desktop "Export network to JSON", or cy.json()):
 * `{ data, elements: { nodes: [{ data: { id, name… }, position }], edges: [{ data: { source, target, weight… } }] } }`
 * or `elements` as one array with `group`.
 */
import Graph from 'graphology';
import { networkFromGraphology } from './graph-network.ts';
import { graphKey } from '../graph/keys.ts';
import { readFailure, type ImportDetails, type ReadResult, type ReadWarning } from './result.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function jsonError(file: string, text: string, e: unknown): ReadResult {
  const msg = e instanceof Error ? e.message : String(e);
  const pos = /position (\d+)/.exec(msg);
  const before = pos ? text.slice(0, Number(pos[1])) : null;
  const row = before !== null ? before.split('\n').length : null;
  const column = before !== null ? before.length - before.lastIndexOf('\n') : null;
  return readFailure(file, row, column, 'invalidJson', { reason: msg.replace(/^JSON\.parse: /, '') });
}

export function parseJson(file: string, text: string): { ok: true; value: unknown } | Extract<ReadResult, { ok: false }> {
  if (!text.trim()) return readFailure(file, null, null, 'fileEmpty') as Extract<ReadResult, { ok: false }>;
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return jsonError(file, text, e) as Extract<ReadResult, { ok: false }>;
  }
}

export function looksLikeCyjs(value: unknown): boolean {
  return isObject(value) && (isObject(value.elements) || Array.isArray(value.elements));
}

export function readCyjsValue(file: string, value: unknown, details: ImportDetails = {}, pre: ReadWarning[] = []): ReadResult {
  if (!looksLikeCyjs(value)) return readFailure(file, null, null, 'cyjsNoElements');
  const root = value as Record<string, unknown>;
  let nodes: unknown[] = [];
  let edges: unknown[] = [];
  if (Array.isArray(root.elements)) {
    for (const el of root.elements) {
      if (isObject(el) && (el.group === 'edges' || (isObject(el.data) && 'source' in el.data && 'target' in el.data))) edges.push(el);
      else nodes.push(el);
    }
  } else {
    const els = root.elements as Record<string, unknown>;
    nodes = Array.isArray(els.nodes) ? els.nodes : [];
    edges = Array.isArray(els.edges) ? els.edges : [];
  }
  const graph = new Graph({ multi: true, allowSelfLoops: true, type: 'mixed' });
  if (isObject(root.data)) graph.replaceAttributes(root.data);
  const where = (kind: string, i: number) => (Array.isArray(root.elements) ? `elements[${i}]` : `elements.${kind}[${i}]`);
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const data = isObject(n) && isObject(n.data) ? n.data : null;
    // graph/keys.ts: graphology keeps neighbours in plain objects, so ids go in as graph keys.
    const id = data && (typeof data.id === 'string' || typeof data.id === 'number') ? graphKey(String(data.id)) : '';
    if (!id) return readFailure(file, null, null, 'cyjsNodeWithoutId', { where: where('nodes', i) });
    const pos = isObject(n) && isObject((n as Record<string, unknown>).position) ? (n as { position: Record<string, unknown> }).position : null;
    const attrs: Record<string, unknown> = { ...data };
    delete attrs.id;
    if (pos && typeof pos.x === 'number' && typeof pos.y === 'number') { attrs.x = pos.x; attrs.y = pos.y; }
    if (graph.hasNode(id)) return readFailure(file, null, null, 'cyjsDuplicateNode', { where: where('nodes', i), id });
    graph.addNode(id, attrs);
  }
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i];
    const data = isObject(e) && isObject(e.data) ? e.data : null;
    if (!data) return readFailure(file, null, null, 'cyjsEdgeWithoutData', { where: where('edges', i) });
    const s = data.source === undefined ? '' : graphKey(String(data.source));
    const t = data.target === undefined ? '' : graphKey(String(data.target));
    for (const [end, v] of [['source', s], ['target', t]] as const) {
      if (!v) return readFailure(file, null, null, 'cyjsEdgeWithoutEnd', { where: where('edges', i), end });
      if (!graph.hasNode(v)) return readFailure(file, null, null, 'cyjsEndNotNode', { where: where('edges', i), end, value: v.slice(0, 40) });
    }
    const attrs: Record<string, unknown> = { ...data };
    delete attrs.source; delete attrs.target; delete attrs.id;
    if (data.directed === false || data.directed === 'false') graph.addUndirectedEdge(s, t, attrs);
    else graph.addDirectedEdge(s, t, attrs);
  }
  return networkFromGraphology(file, graph, 'cytoscape-json', details, pre);
}

export function readCyjs(file: string, text: string): ReadResult {
  const parsed = parseJson(file, text);
  return parsed.ok ? readCyjsValue(file, parsed.value) : parsed;
}
