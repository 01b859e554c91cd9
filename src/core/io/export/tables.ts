/**
 * CSV and XLSX of nodes and links. The header is always line 1 (pandas, csv.DictReader and Gephi take
 * line 1 as the header); provenance travels as columns instead: `evidence` per link and the evidence
 * behind it (quotes, source cell, rho…q, national data: evidence-columns.ts), a `notice` column on every
 * row of generated links (the mark) or of co-movement ("not causal"), and the XLSX About sheet.
 */
import Papa from 'papaparse';
import type { InterlinkageGraph } from '../../graph/types.ts';
import { isIllustrativeGraph, LINK_COLUMNS, linkRecords, nodeColumns, nodeRecords, noticeOf, type Cell, type ExportOptions } from './common.ts';
import { evidenceColumns } from './evidence-columns.ts';
import { wordsOf, type Translate } from './words.ts';
import { isoDay } from './common.ts';

/**
 * OWASP's advice for CSV injection: a text cell that a spreadsheet would run as a formula (it begins
 * with =, +, -, @, tab or CR) gets a leading apostrophe. Numbers stay numbers, so -1 is still -1.
 */
function neutraliseCell(v: Cell | undefined): Cell {
  if (typeof v !== 'string' || !/^[=+\-@\t\r]/.test(v)) return v ?? '';
  return /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(v) ? v : `'${v}`;
}

/** Text metrics rounded for people: integers stay, fractions keep 4 decimals (PageRank had 16). */
const rounded = (v: Cell) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e4) / 1e4 : v);

interface Table { header: string[]; rows: Cell[][] }

/** The node columns as people read them: titles are "Title (en)" etc., so the code in brackets survives translation. */
function nodeHeader(id: string, t: Translate): string {
  const title = /^title_(en|ru|kk)$/.exec(id);
  if (title) return t('export.col.title', { lang: title[1] });
  if (id === 'x' || id === 'y') return id;
  if (id === 'title') return '';
  const key = `export.col.${id}`;
  const word = t(key);
  if (word !== key && word !== id) return word;
  const metric = t(`metrics.${id}`);
  return metric === `metrics.${id}` ? id : metric;
}

function nodesTable(graph: InterlinkageGraph, options: ExportOptions = {}): Table {
  const t = wordsOf(options);
  const notice = noticeOf(graph, t);
  // `title` (the export language) repeats one of title_en/_ru/_kk: people read the three, readers too.
  const ids = nodeColumns(graph, options).filter((c) => c !== 'title');
  const header = [...ids.map((id) => nodeHeader(id, t)), ...(notice ? [t('export.col.notice')] : [])];
  const rows = nodeRecords(graph, options).map((r) => {
    const rec = r as Record<string, Cell | undefined>;
    const row = ids.map((id) => (id === 'class' && typeof rec.class === 'string' ? t(`export.class.${rec.class}`) : rounded(rec[id] ?? null)));
    return notice ? [...row, notice] : row;
  });
  return { header, rows };
}

/**
 * Links with both ends' titles and their evidence, so the sheet reads without the nodes table. Headers
 * stay the readers' names (core/io/tables.ts matches source, target, score, evidence, note, undirected
 * and none of the evidence columns, so rho or q is never taken for a score).
 */
function linksTable(graph: InterlinkageGraph, options: ExportOptions = {}): Table {
  const lang = options.lang ?? 'en';
  const notice = noticeOf(graph, wordsOf(options));
  const titleOf = (c: Cell) => (typeof c === 'string' && graph.hasNode(c) ? graph.getNodeAttribute(c, 'title')?.[lang] ?? '' : '');
  const ev = evidenceColumns(graph, options.catalogue);
  const header = [...LINK_COLUMNS, 'source_title', 'target_title', ...ev.names, ...(notice ? ['notice'] : [])];
  const rows = linkRecords(graph).map((l, i) => {
    const row: Cell[] = [...LINK_COLUMNS.map((c) => l[c]), titleOf(l.source), titleOf(l.target), ...ev.rows[i]];
    return notice ? [...row, notice] : row;
  });
  return { header, rows };
}

function csv({ header, rows }: Table): string {
  const body = Papa.unparse({ fields: header.map((h) => String(neutraliseCell(h))), data: rows.map((r) => r.map(neutraliseCell)) }, { newline: '\r\n' });
  // BOM: Excel then opens Cyrillic titles as UTF-8.
  return `\uFEFF${body}\r\n`;
}

export const nodesCsv = (graph: InterlinkageGraph, options: ExportOptions = {}) => csv(nodesTable(graph, options));
export const linksCsv = (graph: InterlinkageGraph, options: ExportOptions = {}) => csv(linksTable(graph, options));

/**
 * One workbook: links (importable edge list), nodes (titles, class, positions, every metric), about.
 * Sheet names and the nodes sheet's headers are in the export's language; each nodes header cell has
 * the column's id on a second line, which the XLSX reader reads back (core/io/xlsx.ts).
 */
export async function toXlsx(graph: InterlinkageGraph, options: ExportOptions = {}): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const t = wordsOf(options);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SDG interlinkage graph explorer';
  const illustrative = isIllustrativeGraph(graph);
  const notice = noticeOf(graph, t);
  const sheet = (name: string, { header, rows }: Table, wrapHeader: boolean) => {
    const ws = wb.addWorksheet(name.slice(0, 31));
    if (notice) {
      const mark = ws.addRow([notice]);
      mark.font = { bold: true, color: { argb: 'FFB00020' } };
    }
    const head = ws.addRow(header);
    head.font = { bold: true };
    if (wrapHeader) head.alignment = { wrapText: true, vertical: 'top' };
    for (const r of rows) ws.addRow(r.map((c) => (typeof c === 'string' ? neutraliseCell(c) : c)));
    ws.views = [{ state: 'frozen', ySplit: notice ? 2 : 1 }];
  };
  sheet(t('export.sheet.links'), linksTable(graph, options), false);
  const nodes = nodesTable(graph, options);
  const ids = nodeColumns(graph, options).filter((c) => c !== 'title');
  sheet(t('export.sheet.nodes'), { header: nodes.header.map((h, i) => (ids[i] && ids[i] !== h ? `${h}\n${ids[i]}` : h)), rows: nodes.rows }, true);
  const about = wb.addWorksheet(t('export.sheet.about').slice(0, 31));
  about.addRow([t('export.about.dataset'), String(graph.getAttribute('name') ?? '')]);
  about.addRow([t('export.about.linksAre'), notice ?? t('export.about.asInSource')]);
  if (illustrative) about.addRow(['', t('export.markNote')]);
  if (options.provenance) about.addRow([t('export.about.provenance'), options.provenance]);
  about.addRow([t('export.about.direction'), graph.getAttribute('undirected') ? t('export.undirected') : t('export.arrows')]);
  about.addRow([t('export.about.exported'), `${isoDay(new Date())} (${new Date().toISOString()})`]);
  about.addRow([t('export.about.language'), options.lang ?? 'en']);
  about.getColumn(1).font = { bold: true };
  about.getColumn(2).width = 100;
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
