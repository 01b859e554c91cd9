import { readGraphml } from '../xml-graph.ts';
import type { FormatDescriptor } from './types.ts';

export const graphmlFormat: FormatDescriptor = {
  id: 'graphml', name: 'GraphML', extensions: ['graphml'], mime: 'application/graphml+xml', labelKey: 'io.format.graphml',
  produces: ['graphml'], readText: (f, t) => readGraphml(f, t),
};
