import { graphToSvg } from '../svg.ts';
import type { ExportDescriptor } from './types.ts';

export const svgExport: ExportDescriptor = {
  id: 'svg', group: 'image', extension: 'svg', mime: 'image/svg+xml', labelKey: 'io.kind.svg',
  write: ({ graph, options, svg }) => graphToSvg(graph, options.positions, svg),
};
