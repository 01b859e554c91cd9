import { toDatasetJson } from '../graphs.ts';
import type { ExportDescriptor } from './types.ts';

export const jsonExport: ExportDescriptor = {
  id: 'json', group: 'data', extension: 'json', mime: 'application/json', labelKey: 'io.kind.json',
  write: ({ graph, options }) => toDatasetJson(graph, options),
};
