/**
 * GraphML (graphology-graphml) and GEXF (graphology-gexf) readers. The XML is parsed first by saxes
 * into our small element tree (xml-tree.ts), so a malformed file is reported with its line and column
 * and graphology's own parsers — which only walk a DOM — read that tree as they read a DOM document.
 */
import Graph from 'graphology';
import createGexfParser from 'graphology-gexf/common/parser.js';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import { MAX_XML_DEPTH, parseXml, XmlDocument, type XmlElement } from './xml-tree.ts';
import { networkFromGraphology } from './graph-network.ts';
import { graphKey } from '../graph/keys.ts';
import { readFailure, type ImportDetails, type ReadResult, type ReadWarning } from './result.ts';

// graphology's parsers take a DOMParser (only for string input: we always pass a parsed document) and
// the document class they check the input against.
const gexfParser = createGexfParser(null, XmlDocument);
const graphmlParser = createGraphmlParser(null, XmlDocument);

/** Node ids and edge ends as graph keys (graph/keys.ts), before graphology's parsers build on them. */
function safeIds(doc: XmlDocument) {
  const rekey = (el: XmlElement, name: string) => {
    const v = el.getAttribute(name);
    if (v !== null && graphKey(v) !== v) el.setAttribute(name, graphKey(v));
  };
  for (const el of doc.getElementsByTagName('*')) {
    if (el.localName === 'node') rekey(el, 'id');
    else if (el.localName === 'edge') { rekey(el, 'source'); rekey(el, 'target'); }
  }
}

function readXmlGraph(kind: 'graphml' | 'gexf', file: string, text: string, details: ImportDetails, pre: ReadWarning[]): ReadResult {
  if (!text.trim()) return readFailure(file, null, null, 'fileEmpty');
  const xml = parseXml(text);
  if (!xml.ok) {
    const { line, column, refused, message } = xml.error;
    if (refused === 'tooDeep') return readFailure(file, line, column, 'xmlTooDeep', { limit: MAX_XML_DEPTH });
    if (refused === 'entities') return readFailure(file, line, column, 'xmlEntitiesRefused');
    return readFailure(file, line, column, 'xmlNotWellFormed', { reason: message });
  }
  const root = xml.doc.documentElement.localName;
  if (root !== kind) return readFailure(file, 1, null, 'xmlWrongRoot', { expected: kind, found: root });
  safeIds(xml.doc);
  let graph;
  try {
    graph = kind === 'gexf'
      ? gexfParser(Graph, xml.doc, { addMissingNodes: true, allowUndeclaredAttributes: true })
      : graphmlParser(Graph, xml.doc, { addMissingNodes: true });
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
