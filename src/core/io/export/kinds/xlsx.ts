import { toXlsx } from '../tables.ts';
import type { ExportDescriptor } from './types.ts';

export const xlsxExport: ExportDescriptor = {
  id: 'xlsx', group: 'data', extension: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', labelKey: 'io.kind.xlsx',
  write: ({ graph, options }) => toXlsx(graph, options),
};
