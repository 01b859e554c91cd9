/** A .xml file (or XML under another name) is GraphML or GEXF, told apart by its root element. */
import { readGexf, readGraphml, sniffXmlKind } from '../xml-graph.ts';
import { readFailure, type ReadResult } from '../result.ts';
import type { FormatDescriptor } from './types.ts';

function readXml(file: string, text: string): ReadResult {
  const kind = sniffXmlKind(text);
  if (kind === 'gexf') return readGexf(file, text);
  if (kind === 'graphml') return readGraphml(file, text);
  return readFailure(file, null, null, 'xmlNotGraph');
}

export const xmlFormat: FormatDescriptor = {
  id: 'xml', name: 'XML (GraphML or GEXF)', extensions: ['xml'], mime: 'application/xml', labelKey: 'io.reader.xml',
  produces: [], readText: readXml, sniffText: (head) => head.startsWith('<'),
};
