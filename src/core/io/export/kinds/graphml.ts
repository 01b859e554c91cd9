import { toGraphml } from '../graphs.ts';
import type { ExportDescriptor } from './types.ts';

export const graphmlExport: ExportDescriptor = {
  id: 'graphml', group: 'data', extension: 'graphml', mime: 'application/xml', labelKey: 'io.kind.graphml',
  write: ({ graph, options }) => toGraphml(graph, options),
};
