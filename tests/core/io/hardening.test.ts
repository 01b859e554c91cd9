/**
 * Issue 16, classes 1, 4 and 5: big files within the limits, scores that overflow to Infinity, and
 * 100,000-character cells through every pattern that sees user text (correctness here; the time is
 * measured in bench/normalise-code.ts, never asserted in a unit test).
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readGraphBytes, readGraphFile } from '../../../src/core/io/read-graph-file.ts';
import { minMax } from '../../../src/core/model/min-max.ts';
import { parseFiniteNumber } from '../../../src/core/io/finite-number.ts';
import { isSdgCode, normaliseCode, parseScore, splitCodeTitle } from '../../../src/core/io/normalise-code.ts';
import { graphFromImport } from '../../../src/core/io/import-graph.ts';
import { located } from './message-text.ts';

describe('big inputs within the limits', () => {
  it('minMax takes a million values (a spread overflows the stack above ~125,000)', () => {
    const xs = Array.from({ length: 1_000_000 }, (_, i) => ((i * 7919) % 2001) - 1000);
    expect(minMax(xs)).toEqual({ min: -1000, max: 1000 });
    expect(minMax([])).toBeNull();
    expect(minMax([3])).toEqual({ min: 3, max: 3 });
  });

  it('a 200,000-link edge list reads and builds', () => {
    const lines = ['source,target,score'];
    for (let i = 0; i < 200_000; i++) lines.push(`n${i % 450},m${(i * 31) % 449},${(i % 5) - 2 || 1}`);
    const r = readGraphFile('big.csv', lines.join('\n'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { graph } = graphFromImport(r.network);
    expect(graph.size).toBe(r.network.links.length);
    expect(minMax(r.network.links.map((l) => l.score))).toEqual({ min: -2, max: 2 });
  });
});

describe('scores that overflow to Infinity are refused where they are', () => {
  it('CSV edge list: row and column named', () => {
    const r = readGraphFile('e.csv', 'source,target,score\n1.1.1,1.2.1,1\n1.2.1,2.1.1,1e309\n');
    expect(r.ok ? null : located(r.error)).toEqual({ file: 'e.csv', row: 3, column: 3, message: 'score "1e309" is too large to be a number' });
  });

  it('CSV matrix: row and column named, negative too', () => {
    const r = readGraphFile('m.csv', ',1.1.1,1.2.1\n1.1.1,0,1\n1.2.1,-1e309,0\n');
    expect(r.ok ? null : located(r.error)).toEqual({ file: 'm.csv', row: 3, column: 2, message: 'score "-1e309" is too large to be a number' });
  });

  it('XLSX edge list: sheet, row and column named', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Links');
    ws.addRows([['source', 'target', 'score'], ['1.1.1', '1.2.1', '1e309']]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await readGraphBytes('e.xlsx', bytes);
    expect(r.ok ? null : located(r.error)).toEqual({ file: 'e.xlsx', sheet: 'Links', row: 2, column: 3, message: 'score "1e309" is too large to be a number' });
  });

  it('GraphML: the edge named', () => {
    const xml = '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="w" for="edge" attr.name="weight" attr.type="string"/><graph edgedefault="directed"><node id="1.1.1"/><node id="1.2.1"/><edge source="1.1.1" target="1.2.1"><data key="w">1e309</data></edge></graph></graphml>';
    const r = readGraphFile('g.graphml', xml);
    expect(r.ok ? null : located(r.error).message).toMatch(/^edge 1 .*1\.1\.1 → 1\.2\.1: weight "1e309" is too large to be a number$/);
  });

  it('dataset JSON: the field named, not "unexpected value null"', () => {
    const r = readGraphFile('d.json', '{"id":"x","level":"indicator","illustrative":false,"links":[{"source":"1.1.1","target":"1.2.1","score":1e309}]}');
    expect(r.ok ? null : located(r.error).message).toBe('links[0].score: the number is too large (it overflows to infinity)');
  });

  it('one parser: numbers as people type them, finite or refused', () => {
    const ok = (s: string) => { const r = parseFiniteNumber(s); return r.ok ? r.value : r.reason; };
    expect(['1', '−2', '+1', '1,5', '-0,25', '.5', '2.', '3e-1', '1E2', ' 7 '].map(ok)).toEqual([1, -2, 1, 1.5, -0.25, 0.5, 2, 0.3, 100, 7]);
    expect(['', '-', '.', 'e5', '1e', '1,', ',5', '1,5e2', '1.2.3', '0x10', 'Infinity', '1e+5', 'strong', '1 2'].map(ok)).toEqual(Array(14).fill('notNumber'));
    expect(['1e309', '-1e309', '9'.repeat(400)].map(ok)).toEqual(['notFinite', 'notFinite', 'notFinite']);
    expect(parseFiniteNumber(Infinity)).toEqual({ ok: false, reason: 'notFinite' });
    expect(parseFiniteNumber(2)).toEqual({ ok: true, value: 2 });
  });
});

describe('100,000-character cells through every pattern that sees user text', () => {
  const N = 100_000;
  const shapes: [string, string][] = [
    ['digits', '1'.repeat(N)], ['digits then x', `${'1'.repeat(N)}x`], ['dots and spaces then x', `a${'. '.repeat(N / 2)}x`],
    ['code-like separators', `1${'.-'.repeat(N / 2)}x`], ['spaces', `16.6.1${' '.repeat(N)}!`], ['code then long title', `16.6.1 ${'word '.repeat(N / 5)}`],
    ['prefix then digits', `Indicator ${'1'.repeat(N)}`], ['dots at the end', `a${'.'.repeat(N)}`],
  ];
  it.each(shapes)('%s: parsed correctly', (name, cell) => {
    expect(cell.length).toBeGreaterThanOrEqual(N);
    const r = splitCodeTitle(cell);
    if (name === 'code then long title') expect(r).toEqual({ code: '16.6.1', title: 'word '.repeat(N / 5).trim() });
    else if (name === 'dots at the end') expect(r).toEqual({ code: 'a' });
    else if (name === 'spaces') expect(r).toEqual({ code: '16.6.1', title: '!' });
    else if (name === 'prefix then digits') expect(r.code).toBe(cell);
    else expect(r.code.length).toBeGreaterThan(N / 2);
    expect(isSdgCode(cell)).toBe(name === 'code then long title' || name === 'spaces');
    expect(Number.isNaN(parseScore(cell)) || parseScore(cell) === Infinity || Number.isFinite(parseScore(cell))).toBe(true);
  });

  it('a CSV with 100,000-character cells reads, with the score refused in place', () => {
    const long = '1'.repeat(N);
    const r = readGraphFile('long.csv', `source,target,score\n${long}x,1.1.1,${long}x\n`);
    expect(r.ok ? null : located(r.error)).toMatchObject({ row: 2, column: 3 });
  });

  it('short codes still normalise as before', () => {
    expect(['16-6-1', '16.6.1.', ' 16.6.1 ', '16_6_1', 'SDG 16.6.1', 'Indicator 16.6.1', '16.A.1'].map(normaliseCode)).toEqual(['16.6.1', '16.6.1', '16.6.1', '16.6.1', '16.6.1', '16.6.1', '16.a.1']);
  });
});
