/** Every export kind, in menu order. Add one here (one line) after writing its descriptor (types.ts). */
import { cyjsExport } from './cyjs.ts';
import { gexfExport } from './gexf.ts';
import { graphmlExport } from './graphml.ts';
import { jsonExport } from './json.ts';
import { linksCsvExport } from './links-csv.ts';
import { nodesCsvExport } from './nodes-csv.ts';
import { svgExport } from './svg.ts';
import { xlsxExport } from './xlsx.ts';
import type { ExportDescriptor } from './types.ts';

export type { ExportDescriptor,  } from './types.ts';

export const EXPORTS: readonly ExportDescriptor[] = [svgExport, graphmlExport, gexfExport, cyjsExport, jsonExport, xlsxExport, nodesCsvExport, linksCsvExport];

const byId = new Map(EXPORTS.map((e) => [e.id, e]));
export const exportOf = (id: string): ExportDescriptor | undefined => byId.get(id);
