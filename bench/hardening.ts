/**
 * Issue 16 hardening figures: time of the new text passes on 100,000-character cells (clean-text:
 * NFKC, invisible characters, mixed scripts — each a single character class, so linear) and peak
 * memory (RSS) on the biggest hostile inputs: a million duplicate CSV rows, an XLSX that unpacks to
 * 1 GB, an XLSX with 600,000 rows, a session with a 20,000-node import. Standalone:
 * `node --expose-gc --import tsx bench/hardening.ts` (writes bench/results/hardening.json, exits 1
 * when a cell takes longer than the generous bound).
 */
import { writeFileSync } from 'node:fs';
import { cleanCell } from '../src/core/io/clean-text.ts';
import { readGraphBytes, readGraphFile } from '../src/core/io/read-graph-file.ts';
import { parseSession, serialiseSession } from '../src/core/io/session.ts';
import { MAX_SHEET_ROWS } from '../src/core/io/xlsx-caps.ts';
import { zerosDeflated, zipOf } from '../tests/core/io/zip-bytes.ts';

const N = 100_000;
const BOUND_MS = 250;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const MB = 1024 * 1024;

const CELLS: Record<string, string> = {
  'zero-width every other char': 'a\u200B'.repeat(N / 2), 'bidi controls': '\u202E1'.repeat(N / 2), 'fullwidth digits': '１.'.repeat(N / 2),
  'mixed scripts, one word': 'aа'.repeat(N / 2), 'mixed scripts, many words': 'Data Дата '.repeat(N / 10), 'control bytes': '\u0001x'.repeat(N / 2),
};

function best(f: () => unknown): number {
  let ms = Infinity;
  for (let i = 0; i < 3; i++) { const t = performance.now(); f(); ms = Math.min(ms, performance.now() - t); }
  return ms;
}

/** Peak RSS while `f` runs, sampled every 5 ms, above the RSS before it. */
async function peak(f: () => Promise<unknown> | unknown): Promise<{ ms: number; peakMb: number; result: unknown }> {
  gc();
  const base = process.memoryUsage().rss;
  let top = base;
  const timer = setInterval(() => { top = Math.max(top, process.memoryUsage().rss); }, 5);
  const t = performance.now();
  const result = await f();
  const ms = performance.now() - t;
  clearInterval(timer);
  top = Math.max(top, process.memoryUsage().rss);
  return { ms, peakMb: Math.round((top - base) / MB), result };
}

const cells: Record<string, number> = {};
let worst = 0;
for (const [name, cell] of Object.entries(CELLS)) {
  const ms = best(() => cleanCell(cell));
  cells[name] = Math.round(ms * 10) / 10;
  worst = Math.max(worst, ms);
  console.log(`${name.padEnd(30)} ${ms.toFixed(1).padStart(8)} ms`);
}
const csvCells = `source,target,score\n${Object.values(CELLS).map((c) => `${c},1.1.1,1`).join('\n')}\n`;
const csvMs = best(() => readGraphFile('cells.csv', csvCells));
console.log(`${'CSV of those cells'.padEnd(30)} ${csvMs.toFixed(1).padStart(8)} ms`);

const outcome = (r: unknown) => { const x = r as { ok: boolean; error?: { code: string }; warnings?: unknown[] }; return x.ok ? (x.warnings ? `ok, ${x.warnings.length} warnings` : 'ok') : x.error!.code; };
const big: Record<string, { ms: number; peakMb: number; outcome: string }> = {};
async function measure(name: string, f: () => Promise<unknown> | unknown) {
  const r = await peak(f);
  big[name] = { ms: Math.round(r.ms), peakMb: r.peakMb, outcome: outcome(r.result) };
  console.log(`${name.padEnd(40)} ${String(Math.round(r.ms)).padStart(7)} ms  peak +${r.peakMb} MB  ${big[name].outcome}`);
}

await measure('CSV, 1,000,000 duplicate rows', () => readGraphFile('dup.csv', `source,target,score\n${'1.1.1,2.1.1,1\n'.repeat(1_000_000)}`));
await measure('XLSX, 1 MB unpacking to 1 GB', () => readGraphBytes('bomb.xlsx', zipOf([{ name: 'xl/worksheets/sheet1.xml', data: zerosDeflated(1024), deflated: true }])));
await measure(`XLSX, ${MAX_SHEET_ROWS + 100_000} rows`, () => readGraphBytes('rows.xlsx', zipOf([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from(`<worksheet><sheetData>${'<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(MAX_SHEET_ROWS + 100_000)}</sheetData></worksheet>`) }])));
const nodes = Array.from({ length: 20_000 }, (_, i) => `n${i}`);
const session = serialiseSession({
  datasetId: 'import:big', lang: 'en', view: { select: [], depth: 1, direction: 'out', layout: 'goals', goalLevel: false },
  imported: [{ id: 'import:big', name: 'big', fileName: 'big.csv', importedAt: '', network: { format: 'csv-edge-list', name: 'big', level: 'unknown', undirected: false, nodes, links: nodes.slice(1).map((n, i) => ({ source: nodes[i], target: n, score: 1, evidence: 'imported' as const })) } }],
});
await measure(`session, ${Math.round(session.length / MB)} MB, 20,000-node import`, () => parseSession(session, 'big.json'));

writeFileSync(new URL('./results/hardening.json', import.meta.url), `${JSON.stringify({ cellsMs: cells, csvOfCellsMs: Math.round(csvMs), bigInputs: big }, null, 1)}\n`);
if (worst > BOUND_MS) { console.error(`a 100,000-character cell took ${worst.toFixed(0)} ms (> ${BOUND_MS} ms)`); process.exitCode = 1; }
