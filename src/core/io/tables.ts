/**
 * Matrix and edge-list readers over rows of text cells, shared by CSV (csv-rows.ts) and XLSX (xlsx.ts).
 * `rows[i]` is spreadsheet row i + 1, blank rows included, so every message names the row a person
 * sees in Excel. Messy real files are expected: title rows above the header, blank rows, trailing
 * empty cells, "code title" header cells, codes typed as "16-6-1" or "Индикатор 16.6.1".
 */
import type { Link } from '../model/types.ts';
import { isSdgCode, splitCodeTitle } from './normalise-code.ts';
import { parseFiniteNumber } from './finite-number.ts';
import { nullRecord } from './null-record.ts';
import {
  baseName, readFailure, readProblem, type ImportDetails, type ImportedLink, type ImportedNodeInfo, type NetworkFormat, type ReadResult, type ReadWarning,
} from './result.ts';
import { MAX_NODES } from './limits.ts';
import { ILLUSTRATIVE_MARK } from './mark.ts';
import { cellLocation, rowLocation } from './link-location.ts';
import { message, type AppMessage, type MessageParams } from '../model/message.ts';
import type { IoMessageCode } from './messages.ts';
import { WarningList } from './warnings.ts';

export interface TableContext {
  /** worksheet name, named in every message (XLSX only) */
  sheet?: string;
  format: NetworkFormat;
  details?: ImportDetails;
  /** warnings gathered before the table was read (encoding, skipped sheets) */
  warnings?: ReadWarning[];
}

const nonEmpty = (row: string[]) => row.reduce((n, c) => n + (c !== '' ? 1 : 0), 0);
export const isBlankRow = (row: string[] | undefined) => !row || row.every((c) => c === '');

function trimRight(row: string[]): string[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === '') end--;
  return row.slice(0, end);
}

/** Cells that mean "nothing here" in hand-made matrices. */
const BLANKISH = new Set(['', '-', '–', '—', '.', 'n/a', 'na', '…', '...']);

/**
 * Index of the header (or first data) row: the first row with at least two filled cells. Rows above it
 * that hold one cell only are titles ("Interlinkage matrix, Kazakhstan, 2024", "# ILLUSTRATIVE …").
 */
export function findHeaderRow(rows: string[][]): number {
  const limit = Math.min(rows.length, 50);
  for (let i = 0; i < limit; i++) if (nonEmpty(rows[i]) >= 2 && !rows[i][0]?.startsWith('#')) return i;
  for (let i = 0; i < rows.length; i++) if (!isBlankRow(rows[i])) return i;
  return 0;
}

/**
 * Where the codes start in a matrix header, or null when the row is not one: a free top-left cell
 * (blank or "from \\ to"), optionally a second label column ("title"), then codes.
 */
function matrixHeaderStart(header: string[]): number | null {
  const head = trimRight(header);
  if (head.length < 2) return null;
  const codesFrom = (k: number) => head.length > k && head.slice(k).every((c) => c === '' || isSdgCode(c)) && head.slice(k).some((c) => c !== '');
  if (head[0] === '') return head.length >= 3 && head[1] !== '' && !isSdgCode(head[1]) && codesFrom(2) ? 2 : 1;
  if (isSdgCode(head[0])) return null;
  if (head.length >= 3 && codesFrom(1)) return 1;
  if (head.length >= 4 && !isSdgCode(head[1]) && codesFrom(2)) return 2;
  return null;
}

export function looksLikeMatrixRows(rows: string[][]): boolean {
  const h = findHeaderRow(rows);
  return rows.length > h + 1 && matrixHeaderStart(rows[h]) !== null;
}

const SCALE_MIN = -3;
const SCALE_MAX = 3;

function setTitle(info: Record<string, ImportedNodeInfo>, code: string, title: string | undefined) {
  if (!title || title === code) return;
  const node = (info[code] ??= {});
  node.title ??= { en: title };
}

function finish(file: string, rows: string[][], ctx: TableContext, base: Omit<ReadResultOk['network'], 'format' | 'name' | 'level' | 'undirected'>, warnings: WarningList): ReadResult {
  if (base.nodes.length > MAX_NODES) {
    return readFailure(file, null, null, 'tooManyNodes', { n: base.nodes.length, limit: MAX_NODES }, ctx.sheet);
  }
  const marked = rows.slice(0, 10).some((r) => r.some((c) => c.includes(ILLUSTRATIVE_MARK))) || base.links.some((l) => l.evidence === 'illustrative');
  return {
    ok: true,
    network: { format: ctx.format, name: baseName(file), level: 'unknown', undirected: false, ...base, details: ctx.details, ...(marked ? { illustrative: true } : {}) },
    warnings: [...(ctx.warnings ?? []), ...warnings.list()],
  };
}
type ReadResultOk = Extract<ReadResult, { ok: true }>;

/** Adjacency matrix: the cell at (row i, column j) is the score of "row i influences column j"; blank = 0. */
export function matrixFromRows(file: string, rows: string[][], ctx: TableContext): ReadResult {
  const sheet = ctx.sheet;
  const fail = (row: number | null, column: number | null, code: IoMessageCode, params?: MessageParams) => readFailure(file, row, column, code, params, sheet);
  const warn = (row: number | null, column: number | null, code: IoMessageCode, params?: MessageParams) => warnings.push(readProblem(file, row, column, code, params, sheet));
  const h = findHeaderRow(rows);
  if (rows.length < h + 2 || trimRight(rows[h] ?? []).length < 2) return fail(h + 1, null, 'matrixTooSmall');
  const header = trimRight(rows[h]);
  const start = matrixHeaderStart(header) ?? 1;
  if (header.length - start > MAX_NODES) return fail(h + 1, null, 'tooManyColumns', { n: header.length - start, limit: MAX_NODES });
  const info = nullRecord<ImportedNodeInfo>();
  const columns: string[] = [];
  const colSeen = new Set<string>();
  for (let j = start; j < header.length; j++) {
    const { code, title } = splitCodeTitle(header[j]);
    if (!code) return fail(h + 1, j + 1, 'emptyColumnCode');
    if (colSeen.has(code)) return fail(h + 1, j + 1, 'duplicateColumnCode', { code });
    colSeen.add(code);
    columns.push(code);
    setTitle(info, code, title);
  }
  // Capped as they come (warnings.ts): a million duplicate rows must not hold a million messages.
  const warnings = new WarningList();
  const links: Link[] = [];
  const rowSeen = new Set<string>();
  let outOfScale = 0;
  for (let r = h + 1; r < rows.length; r++) {
    const row = rows[r];
    if (isBlankRow(row)) continue;
    const line = r + 1;
    const { code, title } = splitCodeTitle(row[0] ?? '');
    if (!code) return fail(line, 1, 'emptyRowCode');
    if (rowSeen.has(code)) return fail(line, 1, 'duplicateRowCode', { code });
    if (!colSeen.has(code)) {
      return fail(line, 1, 'rowCodeNotInColumns', { code });
    }
    rowSeen.add(code);
    setTitle(info, code, title ?? (start === 2 ? row[1] : undefined));
    if (row.length > columns.length + start && row.slice(columns.length + start).some((c) => c !== '')) {
      return fail(line, columns.length + start + 1, 'valuesBeyondColumns', { n: columns.length });
    }
    for (let j = 0; j < columns.length; j++) {
      const raw = row[j + start] ?? '';
      if (BLANKISH.has(raw.toLowerCase())) continue;
      const parsed = parseFiniteNumber(raw);
      if (!parsed.ok) return fail(line, j + start + 1, parsed.reason === 'notFinite' ? 'scoreNotFinite' : 'cellNotNumber', { value: raw.slice(0, 40) });
      const score = parsed.value;
      if (score === 0) continue;
      if (columns[j] === code) { warn(line, j + start + 1, 'diagonalIgnored', { code }); continue; }
      if (score < SCALE_MIN || score > SCALE_MAX) outOfScale++;
      links.push({ source: code, target: columns[j], score, evidence: 'imported', location: cellLocation(file, sheet, line, j + start + 1) });
    }
  }
  if (!rowSeen.size) return fail(h + 2, null, 'matrixNoRows');
  const missing = columns.filter((c) => !rowSeen.has(c));
  if (missing.length) {
    warn(null, null, 'columnsWithoutRows', { n: missing.length, codes: `${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}` });
  }
  if (outOfScale) warn(null, null, 'cellsOutOfScale', { n: outOfScale });
  if (h > 0) warn(null, null, 'titleRowsSkipped', { n: h });
  ctx.details = {
    ...ctx.details, headerRow: h + 1, orientation: message('orientationRowsToColumns'),
    columns: { codes: message(start === 2 ? 'atRowAndColumnATitles' : 'atRowAndColumnA', { row: h + 1 }) },
  };
  return finish(file, rows, ctx, { nodes: columns, links, ...(Object.keys(info).length ? { nodeInfo: info } : {}) }, warnings);
}

type Field = 'source' | 'target' | 'score' | 'note' | 'evidence' | 'sourceTitle' | 'targetTitle' | 'undirected';

const NAMES: Record<Field, string[]> = {
  source: ['source', 'from', 'src', 'origin', 'influencer', 'influencing', 'driver', 'cause', 'row', 'i', 'sourcecode', 'sourceindicator', 'fromcode', 'fromindicator', 'источник', 'откуда', 'от', 'влияющий', 'көз'],
  target: ['target', 'to', 'dst', 'destination', 'influenced', 'affected', 'effect', 'column', 'col', 'j', 'targetcode', 'targetindicator', 'tocode', 'toindicator', 'цель', 'куда', 'на', 'зависимый'],
  score: ['score', 'weight', 'value', 'strength', 'sign', 'influence', 'w', 'оценка', 'вес', 'балл', 'значение'],
  note: ['note', 'notes', 'comment', 'comments', 'description', 'label', 'remark', 'примечание', 'комментарий'],
  evidence: ['evidence', 'kind', 'provenance'],
  sourceTitle: ['sourcetitle', 'sourcelabel', 'sourcename', 'fromtitle', 'fromname'],
  targetTitle: ['targettitle', 'targetlabel', 'targetname', 'totitle', 'toname'],
  undirected: ['undirected'],
};

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export function edgeListHeader(row: string[]): Partial<Record<Field, number>> | null {
  const cols: Partial<Record<Field, number>> = {};
  row.forEach((cell, i) => {
    const key = squash(cell);
    for (const [field, names] of Object.entries(NAMES) as [Field, string[]][]) {
      if (cols[field] === undefined && names.includes(key)) { cols[field] = i; break; }
    }
  });
  return cols.source !== undefined && cols.target !== undefined ? cols : null;
}

const EVIDENCE = new Set(['illustrative', 'review-statement', 'imported']);

/** Edge list: `source,target[,score][,note]`, one link per row, header optional and matched loosely. */
export function edgeListFromRows(file: string, rows: string[][], ctx: TableContext): ReadResult {
  const sheet = ctx.sheet;
  const fail = (row: number | null, column: number | null, code: IoMessageCode, params?: MessageParams) => readFailure(file, row, column, code, params, sheet);
  const warn = (row: number | null, column: number | null, code: IoMessageCode, params?: MessageParams) => warnings.push(readProblem(file, row, column, code, params, sheet));
  if (rows.every(isBlankRow)) return fail(null, null, 'noRows');
  const h = findHeaderRow(rows);
  const header = edgeListHeader(rows[h]);
  const cols: Partial<Record<Field, number>> = header ?? { source: 0, target: 1, score: 2, note: 3 };
  if (!header && trimRight(rows[h]).length < 2) return fail(h + 1, null, 'needTwoColumns');
  const warnings = new WarningList();
  const links: ImportedLink[] = [];
  const nodes: string[] = [];
  const info = nullRecord<ImportedNodeInfo>();
  const seenNode = new Set<string>();
  const seenLink = new Set<string>();
  const addNode = (c: string) => { if (!seenNode.has(c)) { seenNode.add(c); nodes.push(c); } };
  let outOfScale = 0;
  for (let r = header ? h + 1 : h; r < rows.length; r++) {
    const row = rows[r];
    if (isBlankRow(row)) continue;
    const line = r + 1;
    const cell = (i: number | undefined) => (i === undefined ? '' : row[i] ?? '');
    const s = splitCodeTitle(cell(cols.source));
    const t = splitCodeTitle(cell(cols.target));
    if (!s.code && !t.code) { warn(line, null, 'rowWithoutEnds'); continue; }
    if (!s.code) return fail(line, cols.source! + 1, 'emptySource');
    if (!t.code) return fail(line, cols.target! + 1, 'emptyTarget');
    const rawScore = cell(cols.score);
    const parsed = rawScore === '' ? { ok: true as const, value: 1 } : parseFiniteNumber(rawScore);
    if (!parsed.ok) return fail(line, cols.score! + 1, parsed.reason === 'notFinite' ? 'scoreNotFinite' : 'scoreNotNumber', { value: rawScore.slice(0, 40) });
    const score = parsed.value;
    if (seenNode.size >= MAX_NODES && (!seenNode.has(s.code) || !seenNode.has(t.code))) {
      return fail(line, null, 'nodeLimitReached', { limit: MAX_NODES });
    }
    addNode(s.code);
    addNode(t.code);
    setTitle(info, s.code, s.title ?? (cell(cols.sourceTitle) || undefined));
    setTitle(info, t.code, t.title ?? (cell(cols.targetTitle) || undefined));
    if (s.code === t.code) { warn(line, null, 'selfLoopSkipped', { code: s.code }); continue; }
    if (score === 0) { warn(line, cols.score! + 1, 'zeroScoreSkipped', { source: s.code, target: t.code }); continue; }
    const key = `${s.code}\u0000${t.code}`;
    if (seenLink.has(key)) { warn(line, null, 'duplicateLinkKept', { source: s.code, target: t.code }); continue; }
    seenLink.add(key);
    if (score < SCALE_MIN || score > SCALE_MAX) outOfScale++;
    const note = cell(cols.note);
    const evidence = cell(cols.evidence);
    const undirected = /^(true|1|yes)$/i.test(cell(cols.undirected));
    links.push({
      source: s.code, target: t.code, score, evidence: EVIDENCE.has(evidence) ? (evidence as Link['evidence']) : 'imported',
      ...(note ? { note } : {}), ...(undirected ? { undirected: true } : {}), location: rowLocation(file, sheet, line),
    });
  }
  if (outOfScale) warn(null, null, 'scoresOutOfScale', { n: outOfScale });
  if (h > 0) warn(null, null, header ? 'titleRowsSkipped' : 'titleRowsSkippedBeforeLinks', { n: h });
  const describe = (f: Field) => (cols[f] === undefined ? undefined
    : header ? message('atNamedColumn', { name: rows[h][cols[f]!], column: cols[f]! + 1 }) : message('atColumn', { column: cols[f]! + 1 }));
  const columns: Record<string, AppMessage> = {};
  for (const f of Object.keys(NAMES) as Field[]) { const d = describe(f); if (d && (header || cols[f]! < (rows[h]?.length ?? 0))) columns[f] = d; }
  ctx.details = { ...ctx.details, headerRow: header ? h + 1 : undefined, orientation: message('orientationSourceToTarget'), columns };
  return finish(file, rows, ctx, { nodes, links, ...(Object.keys(info).length ? { nodeInfo: info } : {}) }, warnings);
}
