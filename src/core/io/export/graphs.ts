/**
 * GraphML, GEXF (graphology-gexf writer), Cytoscape JSON and the app's own JSON. Each carries titles in
 * every language, goal, kind, positions and every metric, and — for generated links — the ILLUSTRATIVE
 * mark as a graph attribute (GraphML <data>, GEXF <meta><description>, JSON `notice`); co-movement
 * networks say "not causal" the same way. GraphML and GEXF links carry their evidence (evidence-columns.ts).
 */
import Graph, { UndirectedGraph } from 'graphology';
import writeGexf from 'graphology-gexf/common/writer.js';
import type { InterlinkageGraph } from '../../graph/types.ts';
import { METRIC_NAMES } from '../../metrics/index.ts';
import {
  escapeXml, hasMarks, isComovementGraph, isIllustrativeGraph, linkRecords, NEUTRAL_COLOR, nodeRecords, noticeOf, SDG_COLORS, type Cell, type ExportOptions,
} from './common.ts';
import { hasFileSizes } from '../../graph/node-sizes.ts';
import { evidenceColumns } from './evidence-columns.ts';
import { wordsOf } from './words.ts';

const GENERATOR = 'SDG interlinkage graph explorer';

function graphHeader(graph: InterlinkageGraph, options: ExportOptions = {}) {
  return {
    name: String(graph.getAttribute('name') ?? 'graph'),
    datasetId: String(graph.getAttribute('datasetId') ?? ''),
    illustrative: isIllustrativeGraph(graph),
    comove: isComovementGraph(graph),
    notice: noticeOf(graph, wordsOf(options)) ?? '',
    provenance: options.provenance ?? '',
    undirected: graph.getAttribute('undirected') === true,
  };
}

const colorOf = (goal: Cell, options: ExportOptions) => (typeof goal === 'string' && (options.goalColors?.[goal] ?? SDG_COLORS[goal])) || NEUTRAL_COLOR;

/**
 * "#E5243B" → "rgb(229,36,59)": GEXF readers (networkx, Gephi 0.9) expect r/g/b, not 1.3's newer `hex`.
 * A file's own colour may also be "#abc", "#rrggbbaa" or already rgb()/rgba() (the forms the readers keep).
 */
function rgbOf(color: string): string {
  if (/^rgba?\(/i.test(color)) return color.replace(/\s+/g, '');
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  const hex = short ? `${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : /^#?([0-9a-f]{6})(?:[0-9a-f]{2})?$/i.exec(color)?.[1];
  const n = parseInt(hex ?? NEUTRAL_COLOR.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

/** The file's own look of a node (an imported GEXF's viz, a GraphML's colour and size): kept, so a round trip loses neither. */
const fileVizOf = (graph: InterlinkageGraph, code: Cell) => (graph.hasNode(String(code)) ? graph.getNodeAttribute(String(code), 'viz') : undefined);

type KeyType = 'string' | 'double' | 'boolean' | 'int';
const NODE_KEYS: [string, KeyType][] = [
  ['code', 'string'], ['label', 'string'], ['title_en', 'string'], ['title_ru', 'string'], ['title_kk', 'string'], ['goal', 'string'],
  ['target', 'string'], ['kind', 'string'], ['unknown', 'boolean'], ['color', 'string'], ['x', 'double'], ['y', 'double'],
  ...METRIC_NAMES.map((m) => [m, 'double'] as [string, KeyType]), ['community', 'int'],
];
const MARK_KEYS: [string, KeyType][] = [['mark', 'string'], ['markNote', 'string']];
const EDGE_KEYS: [string, KeyType][] = [['score', 'double'], ['weight', 'double'], ['evidence', 'string'], ['undirected', 'boolean'], ['note', 'string']];
const GRAPH_KEYS: [string, KeyType][] = [['name', 'string'], ['datasetId', 'string'], ['illustrative', 'boolean'], ['notice', 'string'], ['provenance', 'string']];

export function toGraphml(graph: InterlinkageGraph, options: ExportOptions = {}): string {
  const head = graphHeader(graph, options);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (head.notice) out.push(`<!-- ${escapeXml(head.notice)} -->`);
  out.push('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">');
  const key = (prefix: string, forWhat: string) => ([name, type]: [string, KeyType]) =>
    out.push(`  <key id="${prefix}_${name}" for="${forWhat}" attr.name="${name}" attr.type="${type}"/>`);
  const nodeKeys = [...NODE_KEYS, ...(hasFileSizes(graph) ? [['size', 'double'] as [string, KeyType]] : []), ...(hasMarks(graph, options) ? MARK_KEYS : [])];
  const ev = evidenceColumns(graph, options.catalogue);
  const evKeys = ev.names.map((n, i) => [n, ev.types[i]] as [string, KeyType]);
  GRAPH_KEYS.forEach(key('g', 'graph'));
  nodeKeys.forEach(key('v', 'node'));
  [...EDGE_KEYS, ...evKeys].forEach(key('e', 'edge'));
  out.push(`  <graph id="G" edgedefault="${head.undirected ? 'undirected' : 'directed'}">`);
  const data = (prefix: string, name: string, v: Cell | undefined, indent: string) => {
    if (v === null || v === undefined || v === '' || (typeof v === 'number' && !Number.isFinite(v))) return;
    out.push(`${indent}<data key="${prefix}_${name}">${escapeXml(String(v))}</data>`);
  };
  for (const [name] of GRAPH_KEYS) data('g', name, (head as Record<string, Cell>)[name], '    ');
  for (const r of nodeRecords(graph, options)) {
    out.push(`    <node id="${escapeXml(String(r.code))}">`);
    const viz = fileVizOf(graph, r.code);
    const rec: Record<string, Cell> = { ...r, label: r.title, color: viz?.color ?? colorOf(r.goal, options), size: viz?.size ?? null };
    for (const [name] of nodeKeys) data('v', name, rec[name], '      ');
    out.push('    </node>');
  }
  linkRecords(graph).forEach((l, i) => {
    const dir = !head.undirected && l.undirected ? ' directed="false"' : '';
    out.push(`    <edge id="e${i}" source="${escapeXml(String(l.source))}" target="${escapeXml(String(l.target))}"${dir}>`);
    const rec: Record<string, Cell> = { ...l, weight: l.score, undirected: l.undirected || null };
    for (const [name] of EDGE_KEYS) data('e', name, rec[name], '      ');
    ev.names.forEach((name, k) => data('e', name, ev.rows[i][k], '      '));
    out.push('    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/**
 * GEXF 1.3 that validates against its RelaxNG schema (tests/fixtures/gexf-1.3/): <meta> holds only
 * creator, keywords and description, so the dataset's name, id, provenance and mark go there.
 */
export function toGexf(graph: InterlinkageGraph, options: ExportOptions = {}): string {
  const head = graphHeader(graph, options);
  const g = head.undirected ? new UndirectedGraph() : new Graph({ type: 'directed' });
  const description = [head.name, head.notice, head.provenance, head.datasetId ? `datasetId: ${head.datasetId}` : '']
    .filter(Boolean).join(' — ');
  g.replaceAttributes({
    creator: GENERATOR, description,
    keywords: ['SDG', 'interlinkages', head.datasetId, head.illustrative ? 'illustrative' : '', head.comove ? 'co-movement, not causal' : ''].filter(Boolean).join(', '),
  });
  for (const r of nodeRecords(graph, options)) g.addNode(String(r.code), r);
  const ev = evidenceColumns(graph, options.catalogue);
  linkRecords(graph).forEach((l, i) => {
    const evidence = Object.fromEntries(ev.names.map((n, k) => [n, ev.rows[i][k]]));
    g.mergeEdge(String(l.source), String(l.target), { ...l, evidence_fields: evidence });
  });
  const xml = writeGexf(g, {
    version: '1.3', pedantic: true,
    formatNode: (_key: string, r: Record<string, Cell>) => {
      const attributes: Record<string, Cell> = {};
      for (const [k, v] of Object.entries(r)) if (k !== 'x' && k !== 'y' && k !== 'title' && v !== null && v !== '') attributes[k] = v;
      const own = fileVizOf(graph, r.code);
      const viz: Record<string, unknown> = { color: rgbOf(own?.color ?? colorOf(r.goal, options)), size: own?.size ?? 4 + Math.sqrt(Number(r.out) || 0) * 2 };
      if (typeof r.x === 'number' && typeof r.y === 'number') { viz.x = r.x; viz.y = r.y; }
      return { label: String(r.title ?? r.code), viz, attributes };
    },
    formatEdge: (_key: string, l: Record<string, Cell> & { evidence_fields: Record<string, Cell> }) => {
      const attributes: Record<string, Cell> = { score: l.score, evidence: l.evidence };
      if (l.note) attributes.note = l.note;
      if (l.undirected && !head.undirected) attributes.undirected = true;
      // Absent facts are left out (GEXF has no null); the <attribute> declarations come from the values present.
      for (const [k, v] of Object.entries(l.evidence_fields)) if (v !== null && v !== '') attributes[k] = v;
      return { weight: Number(l.score), attributes };
    },
  });
  // The 1.3 RelaxNG schema (what validators check) has no xsi:schemaLocation, though the XSD allows it.
  const valid = xml.replace(/ xmlns:xsi="[^"]*"/, '').replace(/ xsi:schemaLocation="[^"]*"/, '');
  return head.notice ? valid.replace(/\?>/, `?>\n<!-- ${escapeXml(head.notice)} -->`) : valid;
}

export function toCytoscapeJson(graph: InterlinkageGraph, options: ExportOptions = {}): string {
  const head = graphHeader(graph, options);
  const nodes = nodeRecords(graph, options).map((r) => {
    const data: Record<string, Cell> = { id: String(r.code), name: r.title, color: colorOf(r.goal, options) };
    for (const [k, v] of Object.entries(r)) if (k !== 'x' && k !== 'y' && k !== 'title' && v !== null) data[k] = v;
    return { data, ...(typeof r.x === 'number' && typeof r.y === 'number' ? { position: { x: r.x, y: r.y } } : {}) };
  });
  const edges = linkRecords(graph).map((l, i) => ({
    data: {
      id: `e${i}`, source: l.source, target: l.target, score: l.score, weight: l.score, evidence: l.evidence, interaction: 'influences',
      ...(l.note ? { note: l.note } : {}), ...(l.undirected ? { directed: false } : {}),
    },
  }));
  return `${JSON.stringify({
    format_version: '1.0', generated_by: GENERATOR, target_cytoscapejs_version: '~3.34',
    data: { name: head.name, datasetId: head.datasetId, illustrative: head.illustrative, ...(head.notice ? { notice: head.notice } : {}) },
    elements: { nodes, edges },
  }, null, 1)}\n`;
}

/** The app's own JSON: a LinkDataset (readable by `sdg-graph` and the importer) plus every node. */
export function toDatasetJson(graph: InterlinkageGraph, options: ExportOptions = {}): string {
  const head = graphHeader(graph, options);
  const level = graph.getAttribute('level') === 'goal' ? 'goal' : 'indicator';
  const nodes = nodeRecords(graph, options).map((r) => {
    const extra: Record<string, Cell> = {};
    for (const m of [...METRIC_NAMES, 'community'] as const) if (r[m] !== null) extra[m] = r[m];
    return {
      code: r.code, title: { en: r.title_en, ru: r.title_ru, kk: r.title_kk }, goal: r.goal, kind: r.kind,
      ...(typeof r.x === 'number' && typeof r.y === 'number' ? { x: r.x, y: r.y } : {}), extra,
    };
  });
  const links = graph.mapEdges((_e, a, source, target) => ({
    source, target, score: a.score, evidence: a.evidence, ...(a.note ? { note: a.note } : {}), ...(a.sources ? { sources: a.sources } : {}),
    ...(a.undirectedInSource ? { undirectedInSource: true } : {}), ...(a.undirected || head.undirected ? { undirected: true } : {}),
    // The evidence behind the link survives the app's own round trip (schemas.ts checks both on reading).
    ...(a.comove ? { comove: a.comove } : {}), ...(a.location ? { location: a.location } : {}),
  }));
  return `${JSON.stringify({
    ...(head.notice ? { notice: head.notice } : {}),
    format: 'sdg-interlinkage-dataset', id: head.datasetId || 'export', name: head.name, level, illustrative: head.illustrative,
    description: `Exported by ${GENERATOR}`, nodes, links,
  }, null, 1)}\n`;
}
