/**
 * CSV edge list: `source,target[,score][,note]`, one link per row. A header is optional; when present,
 * columns are found by loose name match (case, spaces and punctuation ignored: "From", "influencer",
 * "Weight", "Comment"…), so their order is free. Score defaults to 1. A repeated (source, target) row
 * keeps the first and warns; score 0 means "no link" and self-links are not influence — both skipped
 * with a warning.
 */
import type { Link } from '../model/types.ts';
import { csvRows } from './csv-rows.ts';
import { normaliseCode, parseScore } from './normalise-code.ts';
import { readFailure, type ReadResult, type ReadWarning } from './result.ts';

const NAMES: Record<'source' | 'target' | 'score' | 'note', string[]> = {
  source: ['source', 'from', 'src', 'origin', 'influencer', 'influencing', 'driver', 'cause', 'row', 'i', 'sourcecode', 'sourceindicator', 'источник', 'откуда'],
  target: ['target', 'to', 'dst', 'destination', 'influenced', 'affected', 'effect', 'column', 'col', 'j', 'targetcode', 'targetindicator', 'цель', 'куда'],
  score: ['score', 'weight', 'value', 'strength', 'sign', 'influence', 'w', 'оценка', 'вес'],
  note: ['note', 'notes', 'comment', 'comments', 'description', 'label', 'remark', 'примечание', 'комментарий'],
};

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function headerColumns(row: string[]): Partial<Record<keyof typeof NAMES, number>> | null {
  const cols: Partial<Record<keyof typeof NAMES, number>> = {};
  row.forEach((cell, i) => {
    const key = squash(cell);
    for (const [field, names] of Object.entries(NAMES) as [keyof typeof NAMES, string[]][]) {
      if (cols[field] === undefined && names.includes(key)) { cols[field] = i; break; }
    }
  });
  return cols.source !== undefined && cols.target !== undefined ? cols : null;
}

export function readCsvEdgeList(file: string, text: string): ReadResult {
  const parsed = csvRows(file, text);
  if (!parsed.ok) return parsed;
  const { rows } = parsed;
  if (!rows.length) return readFailure(file, null, null, 'the file has no rows');
  const header = headerColumns(rows[0]);
  const cols = header ?? { source: 0, target: 1, score: 2, note: 3 };
  if (!header && rows[0].length < 2) return readFailure(file, 1, null, 'expected at least two columns: source,target[,score][,note]');
  const warnings: ReadWarning[] = [];
  const links: Link[] = [];
  const nodes: string[] = [];
  const seenNode = new Set<string>();
  const seenLink = new Set<string>();
  const addNode = (c: string) => { if (!seenNode.has(c)) { seenNode.add(c); nodes.push(c); } };
  for (let r = header ? 1 : 0; r < rows.length; r++) {
    const row = rows[r];
    const line = r + 1;
    const cell = (i: number | undefined) => (i === undefined ? '' : row[i] ?? '');
    const source = normaliseCode(cell(cols.source));
    const target = normaliseCode(cell(cols.target));
    if (!source) return readFailure(file, line, cols.source! + 1, 'empty source');
    if (!target) return readFailure(file, line, cols.target! + 1, 'empty target');
    const rawScore = cell(cols.score);
    const score = rawScore === '' ? 1 : parseScore(rawScore);
    if (Number.isNaN(score)) return readFailure(file, line, cols.score! + 1, `score "${rawScore}" is not a number`);
    addNode(source);
    addNode(target);
    if (source === target) { warnings.push({ file, row: line, column: null, message: `self-link ${source} → ${source} skipped` }); continue; }
    if (score === 0) { warnings.push({ file, row: line, column: cols.score! + 1, message: `score 0 means no link; ${source} → ${target} skipped` }); continue; }
    const key = `${source}\u0000${target}`;
    if (seenLink.has(key)) { warnings.push({ file, row: line, column: null, message: `repeated link ${source} → ${target}; the first one is kept` }); continue; }
    seenLink.add(key);
    const note = cell(cols.note);
    links.push({ source, target, score, evidence: 'imported', ...(note ? { note } : {}) });
  }
  const name = file.replace(/^.*[\\/]/, '');
  return { ok: true, network: { format: 'csv-edge-list', name, level: 'unknown', nodes, links, undirected: false }, warnings };
}
