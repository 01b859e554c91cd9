/** CSV and XLSX of nodes and links. CSV starts with a `#` mark line for illustrative links. */
import Papa from 'papaparse';
import type { InterlinkageGraph } from '../../graph/types.ts';
import { ILLUSTRATIVE_MARK, isIllustrativeGraph, LINK_COLUMNS, linkRecords, nodeColumns, nodeRecords, type Cell, type ExportOptions } from './common.ts';

function csv(graph: InterlinkageGraph, columns: readonly string[], rows: Record<string, Cell | undefined>[]): string {
  const body = Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\r\n' });
  // BOM: Excel then opens Cyrillic titles as UTF-8.
  return `\uFEFF${isIllustrativeGraph(graph) ? `"# ${ILLUSTRATIVE_MARK}"\r\n` : ''}${body}\r\n`;
}

export const nodesCsv = (graph: InterlinkageGraph, options: ExportOptions = {}) => csv(graph, nodeColumns(graph, options), nodeRecords(graph, options));
export const linksCsv = (graph: InterlinkageGraph) => csv(graph, LINK_COLUMNS, linkRecords(graph));

/** One workbook: "Links" (importable edge list), "Nodes" (titles, positions, every metric), "About". */
export async function toXlsx(graph: InterlinkageGraph, options: ExportOptions = {}): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SDG interlinkage graph explorer';
  const illustrative = isIllustrativeGraph(graph);
  const sheet = (name: string, columns: readonly string[], rows: Record<string, Cell | undefined>[]) => {
    const ws = wb.addWorksheet(name);
    if (illustrative) {
      const mark = ws.addRow([ILLUSTRATIVE_MARK]);
      mark.font = { bold: true, color: { argb: 'FFB00020' } };
    }
    const head = ws.addRow([...columns]);
    head.font = { bold: true };
    for (const r of rows) ws.addRow(columns.map((c) => r[c] ?? null));
    ws.views = [{ state: 'frozen', ySplit: illustrative ? 2 : 1 }];
  };
  sheet('Links', LINK_COLUMNS, linkRecords(graph));
  sheet('Nodes', nodeColumns(graph, options), nodeRecords(graph, options));
  const about = wb.addWorksheet('About');
  about.addRow(['dataset', String(graph.getAttribute('name') ?? '')]);
  about.addRow(['links are', illustrative ? ILLUSTRATIVE_MARK : 'as in the source dataset']);
  about.addRow(['direction', graph.getAttribute('undirected') ? 'undirected: each link influences both ways' : 'source influences target']);
  about.addRow(['exported', new Date().toISOString()]);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
