import { linksCsv } from '../tables.ts';
import type { ExportDescriptor } from './types.ts';

export const linksCsvExport: ExportDescriptor = {
  id: 'links-csv', group: 'data', extension: 'links.csv', mime: 'text/csv', labelKey: 'io.kind.linksCsv',
  write: ({ graph, options }) => linksCsv(graph, options),
};
