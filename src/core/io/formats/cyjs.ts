import { readCyjs } from '../cyjs.ts';
import type { FormatDescriptor } from './types.ts';

export const cyjsFormat: FormatDescriptor = {
  id: 'cyjs', name: 'Cytoscape JSON', extensions: ['cyjs'], mime: 'application/json', labelKey: 'io.format.cytoscape-json',
  produces: ['cytoscape-json'], readText: readCyjs,
};
