import { readGexf } from '../xml-graph.ts';
import type { FormatDescriptor } from './types.ts';

export const gexfFormat: FormatDescriptor = {
  id: 'gexf', name: 'GEXF', extensions: ['gexf'], mime: 'application/gexf+xml', labelKey: 'io.format.gexf',
  produces: ['gexf'], readText: (f, t) => readGexf(f, t),
};
