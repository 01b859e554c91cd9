/**
 * XLSX workbooks (exceljs): every sheet becomes rows of text cells; the first sheet that looks like a
 * matrix or a link list is read with the same rules as CSV (tables.ts), the others are named as
 * skipped. A "Nodes" sheet (a header with a `code` column, as the app exports) adds titles and
 * attributes. Loaded lazily: the parser is large and only needed for spreadsheets.
 */
import ExcelJS from 'exceljs';
import { edgeListFromRows, edgeListHeader, findHeaderRow, isBlankRow, looksLikeMatrixRows, matrixFromRows } from './tables.ts';
import { isSdgCode, splitCodeTitle } from './normalise-code.ts';
import { readFailure, readProblem, type ImportedNodeInfo, type ReadResult, type ReadWarning } from './result.ts';
import { ILLUSTRATIVE_MARK } from './mark.ts';
import { MAX_NODES } from './limits.ts';
import { message } from '../model/message.ts';
import { nullRecord, nullRecordOf } from './null-record.ts';
import { checkXlsxCaps } from './xlsx-caps.ts';
import { cleanRows } from './clean-rows.ts';
import { technicalText } from './unexpected.ts';

type CellValue = ExcelJS.CellValue;

export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('').trim();
    if ('result' in o) return cellText(o.result as CellValue);
    if ('formula' in o || 'sharedFormula' in o) return '';
    if (typeof o.text === 'string') return o.text.trim();
    if (typeof o.error === 'string') return o.error;
  }
  return String(v).trim();
}

const MAX_COLUMNS = MAX_NODES + 2;

export interface Sheet { name: string; rows: string[][] }

export async function workbookSheets(bytes: Uint8Array): Promise<Sheet[]> {
  const wb = new ExcelJS.Workbook();
  // exceljs wants an ArrayBuffer-like it can hand to JSZip; a copy keeps the caller's buffer intact.
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c > MAX_COLUMNS) return;
        cells[c - 1] = cellText(cell.value);
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= '';
      rows[r - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { name: ws.name, rows };
  });
}

type Kind = 'matrix' | 'edge-list' | 'nodes' | null;

/**
 * The app's nodes sheet puts a translated header above the column's id ("Код\ncode"): the id is the
 * last word — cleaning (clean-rows.ts) has already turned the cell's line break into a space.
 */
const columnId = (cell: string) => cell.trim().split(/\s+/).pop() ?? '';

export function sheetKind(rows: string[][]): Kind {
  if (rows.every(isBlankRow)) return null;
  if (looksLikeMatrixRows(rows)) return 'matrix';
  const h = findHeaderRow(rows);
  const header = rows[h] ?? [];
  if (edgeListHeader(header)) return 'edge-list';
  if (header.some((c) => columnId(c).toLowerCase() === 'code')) return 'nodes';
  if (header.length >= 2 && isSdgCode(header[0]) && isSdgCode(header[1])) return 'edge-list';
  return null;
}

function nodesSheet(rows: string[][]): Record<string, ImportedNodeInfo> {
  const h = findHeaderRow(rows);
  const header = rows[h].map(columnId);
  const col = (name: string) => header.findIndex((c) => c.toLowerCase() === name);
  const code = col('code');
  const info = nullRecord<ImportedNodeInfo>();
  const skip = new Set(['code', 'x', 'y', 'title', 'title_en', 'title_ru', 'title_kk']);
  for (let r = h + 1; r < rows.length; r++) {
    const row = rows[r];
    const c = splitCodeTitle(row[code] ?? '').code;
    if (!c) continue;
    const node: ImportedNodeInfo = {};
    const title: NonNullable<ImportedNodeInfo['title']> = {};
    for (const l of ['en', 'ru', 'kk'] as const) { const i = col(`title_${l}`); if (i >= 0 && row[i]) title[l] = row[i]; }
    if (!title.en && col('title') >= 0 && row[col('title')]) title.en = row[col('title')];
    if (Object.keys(title).length) node.title = title;
    const x = Number(row[col('x')]);
    const y = Number(row[col('y')]);
    if (col('x') >= 0 && col('y') >= 0 && row[col('x')] !== '' && Number.isFinite(x) && Number.isFinite(y)) { node.x = x; node.y = y; }
    const extra = nullRecord<string | number>();
    header.forEach((name, i) => {
      if (!name || skip.has(name.toLowerCase()) || row[i] === undefined || row[i] === '') return;
      const n = Number(row[i]);
      extra[name] = Number.isFinite(n) && /^-?[\d.eE+-]+$/.test(row[i]) ? n : row[i];
    });
    if (Object.keys(extra).length) node.extra = extra;
    info[c] = node;
  }
  return info;
}

export async function readXlsx(file: string, bytes: Uint8Array): Promise<ReadResult> {
  const capped = await checkXlsxCaps(file, bytes);
  if (capped) return capped;
  let sheets: Sheet[];
  try {
    sheets = await workbookSheets(bytes);
  } catch (e) {
    // The library's own words ("Invalid column letter: ZZZZ", "reading 'model'") mean nothing to a
    // planner: the message says the workbook is damaged, the technical text stays for the console.
    const failure = readFailure(file, null, null, 'xlsxDamaged');
    return { ...failure, error: { ...failure.error, technical: technicalText(e) } as typeof failure.error };
  }
  const cleaned = sheets.flatMap((s) => cleanRows(file, s.rows, s.name));
  if (!sheets.length || sheets.every((s) => s.rows.every(isBlankRow))) return readFailure(file, null, null, 'workbookEmpty');
  const kinds = sheets.map((s) => sheetKind(s.rows));
  const pick = kinds.findIndex((k) => k === 'matrix' || k === 'edge-list');
  if (pick < 0) {
    return readFailure(file, null, null, 'noTableSheet', { sheets: sheets.map((s) => `"${s.name}"`).join(', ') });
  }
  const sheet = sheets[pick];
  const nodesIndex = kinds.findIndex((k) => k === 'nodes');
  const skipped = sheets.filter((_, i) => i !== pick && i !== nodesIndex).map((s) => s.name);
  const warnings: ReadWarning[] = [...skipped.map((s) => readProblem(file, null, null, 'sheetSkipped', { sheet: s }, s)), ...cleaned];
  const marked = sheets.some((s) => s.rows.slice(0, 5).some((r) => r.some((c) => c.includes(ILLUSTRATIVE_MARK))));
  const ctx = { sheet: sheet.name, details: { sheet: sheet.name, skippedSheets: skipped }, warnings };
  const result = kinds[pick] === 'matrix'
    ? matrixFromRows(file, sheet.rows, { ...ctx, format: 'xlsx-matrix' })
    : edgeListFromRows(file, sheet.rows, { ...ctx, format: 'xlsx-edge-list' });
  if (!result.ok) return result;
  const network = { ...result.network };
  if (nodesIndex >= 0) {
    const info = nodesSheet(sheets[nodesIndex].rows);
    network.nodeInfo = nullRecordOf([...Object.entries(info), ...Object.entries(network.nodeInfo ?? {}).filter(([c]) => !Object.hasOwn(info, c))]);
    const named = new Set(network.nodes);
    network.nodes = [...network.nodes, ...Object.keys(info).filter((c) => !named.has(c))];
    network.details = { ...network.details, columns: { ...network.details?.columns, nodes: message('atSheet', { sheet: sheets[nodesIndex].name }) } };
  }
  if (marked || network.links.some((l) => l.evidence === 'illustrative')) network.illustrative = true;
  return { ok: true, network, warnings: result.warnings };
}
