/**
 * GraphML (graphology-graphml) and GEXF (graphology-gexf) readers. The XML is parsed first by our
 * DOMParser (xml-dom.ts) so a malformed file is reported with its line and column.
 */
import Graph from 'graphology';
import createGexfParser from 'graphology-gexf/common/parser.js';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import { DOMParser, parseXml } from './xml-dom.ts';
import { networkFromGraphology } from './graph-network.ts';
import { graphKey } from '../graph/keys.ts';
import { readFailure, type ImportDetails, type ReadResult, type ReadWarning } from './result.ts';

let parsers: { gexf: ReturnType<typeof createGexfParser>; graphml: ReturnType<typeof createGraphmlParser> } | null = null;
function getParsers() {
  if (!parsers) {
    const DocumentClass = new DOMParser().parseFromString('<t/>', 'text/xml').constructor;
    parsers = { gexf: createGexfParser(DOMParser, DocumentClass), graphml: createGraphmlParser(DOMParser, DocumentClass) };
  }
  return parsers;
}

/** Node ids and edge ends as graph keys (graph/keys.ts), before graphology's parsers build on them. */
function safeIds(doc: Extract<ReturnType<typeof parseXml>, { ok: true }>['doc']) {
  const rekey = (el: { getAttribute(n: string): string | null; setAttribute(n: string, v: string): void }, name: string) => {
    const v = el.getAttribute(name);
    if (v !== null && graphKey(v) !== v) el.setAttribute(name, graphKey(v));
  };
  for (const el of Array.from(doc.getElementsByTagNameNS('*', 'node'))) rekey(el, 'id');
  for (const el of Array.from(doc.getElementsByTagNameNS('*', 'edge'))) { rekey(el, 'source'); rekey(el, 'target'); }
}

function readXmlGraph(kind: 'graphml' | 'gexf', file: string, text: string, details: ImportDetails, pre: ReadWarning[]): ReadResult {
  if (!text.trim()) return readFailure(file, null, null, 'fileEmpty');
  const xml = parseXml(text);
  if (!xml.ok) return readFailure(file, xml.error.line, xml.error.column, 'xmlNotWellFormed', { reason: xml.error.message });
  const root = xml.doc.documentElement!.localName ?? xml.doc.documentElement!.nodeName;
  if (root !== kind) return readFailure(file, 1, null, 'xmlWrongRoot', { expected: kind, found: root });
  safeIds(xml.doc);
  let graph;
  try {
    graph = kind === 'gexf'
      ? getParsers().gexf(Graph, xml.doc, { addMissingNodes: true, allowUndeclaredAttributes: true })
      : getParsers().graphml(Graph, xml.doc, { addMissingNodes: true });
  } catch (e) {
    const msg = (e as Error).message.replace(/^graphology-\w+\/parser:\s*/, '');
    return readFailure(file, null, null, 'xmlGraphUnreadable', { kind: kind === 'gexf' ? 'GEXF' : 'GraphML', reason: msg });
  }
  return networkFromGraphology(file, graph, kind, details, pre);
}

export const readGraphml = (file: string, text: string, details: ImportDetails = {}, pre: ReadWarning[] = []) => readXmlGraph('graphml', file, text, details, pre);
export const readGexf = (file: string, text: string, details: ImportDetails = {}, pre: ReadWarning[] = []) => readXmlGraph('gexf', file, text, details, pre);

/** For .xml files: which of the two it is, from the root element. */
export function sniffXmlKind(text: string): 'graphml' | 'gexf' | null {
  const m = /<(graphml|gexf)[\s>]/.exec(text.slice(0, 4096));
  return m ? (m[1] as 'graphml' | 'gexf') : null;
}
