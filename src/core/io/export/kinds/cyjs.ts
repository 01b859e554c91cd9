import { toCytoscapeJson } from '../graphs.ts';
import type { ExportDescriptor } from './types.ts';

export const cyjsExport: ExportDescriptor = {
  id: 'cyjs', group: 'data', extension: 'cyjs', mime: 'application/json', labelKey: 'io.kind.cyjs',
  write: ({ graph, options }) => toCytoscapeJson(graph, options),
};
