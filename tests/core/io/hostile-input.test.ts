/**
 * Issue 16, classes 8–11: decompression caps, capped warnings, no internal texts, look-alike codes,
 * line endings and control bytes — each through the public readers, on real files built here.
 */
import { describe, expect, it } from 'vitest';
import { readGraphBytes, readGraphFile } from '../../../src/core/io/read-graph-file.ts';
import type { ReadResult } from '../../../src/core/io/result.ts';
import { MAX_SHEET_ROWS } from '../../../src/core/io/xlsx-caps.ts';
import { WARNINGS_PER_CODE } from '../../../src/core/io/warnings.ts';
import { text } from './message-text.ts';
import { zerosDeflated, zipOf } from './zip-bytes.ts';

const ok = (r: ReadResult) => { if (!r.ok) throw new Error(`refused: ${text(r.error)}`); return r; };
const codes = (r: ReadResult) => (r.ok ? r.warnings.map((w) => w.code) : [r.error.code]);

describe('XLSX caps hold while unzipping', () => {
  it('a small workbook that unpacks to 1 GB is refused as too big, not read', async () => {
    const bomb = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: zerosDeflated(1024), deflated: true }]);
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    const r = await readGraphBytes('bomb.xlsx', bomb);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('xlsxTooBig');
  });

  it('a sheet with more rows than the cap is refused by its row count, not "Invalid row number"', async () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(MAX_SHEET_ROWS + 10);
    const xml = Buffer.from(`<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData></worksheet>`);
    const r = await readGraphBytes('rows.xlsx', zipOf([{ name: 'xl/worksheets/sheet1.xml', data: xml }]));
    expect(r.ok).toBe(false);
    if (!r.ok) { expect(r.error.code).toBe('xlsxTooManyRows'); expect(text(r.error)).toContain('500'); }
  });

  it('a damaged workbook says so without the library\'s own words', async () => {
    const r = await readGraphBytes('bad.xlsx', zipOf([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><sheet name="a" r:id="x"/></sheets></workbook>') }]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(['xlsxDamaged', 'workbookEmpty']).toContain(r.error.code);
      expect(text(r.error)).not.toMatch(/undefined|Cannot read|Invalid column/);
    }
  });
});

describe('warnings are capped with a count', () => {
  it('100,000 duplicate rows give a few warnings and one "… and 99,990 more"', () => {
    const csv = `source,target,score\n1.1.1,2.1.1,1\n${'1.1.1,2.1.1,1\n'.repeat(100_000)}`;
    const r = ok(readGraphFile('dup.csv', csv));
    expect(r.warnings.length).toBeLessThan(3 * WARNINGS_PER_CODE);
    const more = r.warnings.find((w) => w.code === 'moreWarnings');
    expect(more?.params?.n).toBe(100_000 - WARNINGS_PER_CODE);
    expect(more?.cause?.code).toBe('duplicateLinkKept');
    expect(JSON.stringify(r.warnings).length).toBeLessThan(10_000);
  });
});

describe('no internal texts reach users', () => {
  it('a score that is an object is shown as JSON, not as ""', () => {
    const cy = JSON.stringify({ elements: { nodes: [{ data: { id: '1.1.1' } }, { data: { id: '2.1.1' } }], edges: [{ data: { source: '1.1.1', target: '2.1.1', weight: { a: 1 } } }] } });
    const r = readGraphFile('g.cyjs', cy);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(text(r.error)).toContain('{"a":1}');
  });

  it('1e309 in dataset JSON is "too large", not "unexpected value null"', () => {
    const r = readGraphFile('d.json', '{"id":"x","level":"indicator","illustrative":false,"links":[{"source":"a","target":"b","score":1e309}]}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(text(r.error)).not.toContain('null');
  });
});

describe('look-alike codes are one node', () => {
  it('zero-width, bidi and control characters are removed with a warning naming the row; fullwidth digits fold', () => {
    const csv = 'source,target,score\n1.1.1,2.1.1,1\n2.1.1\u200B,3.1.1,1\n\u202E3.1.1,１.１.１,1\n4.1.1\u0007,1.1.1,1\n';
    const r = ok(readGraphFile('look.csv', csv));
    expect(r.network.nodes).toEqual(['1.1.1', '2.1.1', '3.1.1', '4.1.1']);
    const removed = r.warnings.filter((w) => w.code === 'invisibleCharsRemoved');
    expect(removed.map((w) => [w.row, w.column])).toEqual([[3, 1], [4, 1], [5, 1]]);
  });

  it('a Cyrillic «а» inside a Latin code is reported', () => {
    const r = ok(readGraphFile('mixed.csv', 'source,target\nData,Dаta\n'));
    expect(r.warnings.some((w) => w.code === 'mixedScriptCode' && w.params?.code === 'Dаta')).toBe(true);
    expect(r.warnings.some((w) => w.code === 'mixedScriptCode' && w.params?.code === 'Data')).toBe(false);
  });

  it('GraphML ids with a zero-width space become the plain code, with a warning', () => {
    const g = '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/><node id="b\u200B"/><edge source="a" target="b\u200B"/></graph></graphml>';
    const r = ok(readGraphFile('g.graphml', g));
    expect(r.network.nodes).toEqual(['a', 'b']);
    expect(codes(r)).toContain('invisibleCharsRemoved');
  });
});

describe('line endings and control bytes', () => {
  it('mixed CR, LF and CRLF line endings each end a row', () => {
    const r = ok(readGraphFile('mixed.csv', 'source,target,score\r\n1.1.1,2.1.1,1\r2.1.1,3.1.1,2\n3.1.1,1.1.1,-1\r\n'));
    expect(r.network.links.map((l) => [l.source, l.target, l.score])).toEqual([['1.1.1', '2.1.1', 1], ['2.1.1', '3.1.1', 2], ['3.1.1', '1.1.1', -1]]);
  });

  it('NUL bytes after the first KiB end up nowhere in codes', () => {
    const filler = `# ${'x'.repeat(1100)}\n`;
    const r = ok(readGraphFile('nul.csv', `${filler}source,target\n1.1.1\u0000\u0001,2.1.1\n`));
    expect(r.network.nodes).toEqual(['1.1.1', '2.1.1']);
    expect(codes(r)).toContain('invisibleCharsRemoved');
  });
});
