import { toGexf } from '../graphs.ts';
import type { ExportDescriptor } from './types.ts';

export const gexfExport: ExportDescriptor = {
  id: 'gexf', group: 'data', extension: 'gexf', mime: 'application/xml', labelKey: 'io.kind.gexf',
  write: ({ graph, options }) => toGexf(graph, options),
};
