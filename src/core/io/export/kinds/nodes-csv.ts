import { nodesCsv } from '../tables.ts';
import type { ExportDescriptor } from './types.ts';

export const nodesCsvExport: ExportDescriptor = {
  id: 'nodes-csv', group: 'data', extension: 'nodes.csv', mime: 'text/csv', labelKey: 'io.kind.nodesCsv',
  write: ({ graph, options }) => nodesCsv(graph, options),
};
