import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGraphBytes, readGraphFile } from '../../../src/core/io/read-graph-file.ts';
import type { ReadResult } from '../../../src/core/io/result.ts';
import { formatReadError } from '../../../src/cli/render.ts';
import { located, text } from './message-text.ts';
import { graphFromImport } from '../../../src/core/io/import-graph.ts';
import { decodeText } from '../../../src/core/io/decode.ts';
import { splitCodeTitle } from '../../../src/core/io/normalise-code.ts';
import { MAX_FILE_BYTES, MAX_NODES } from '../../../src/core/io/limits.ts';
import { loadCatalogue } from '../helpers.ts';

const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
const read = (name: string) => readGraphBytes(name, bytes(name));
const ok = (r: ReadResult) => { if (!r.ok) throw new Error(formatReadError(r.error)); return r; };
const fail = (r: ReadResult) => { if (r.ok) throw new Error('expected a failure'); return r.error; };
const triples = (r: Extract<ReadResult, { ok: true }>) => r.network.links.map((l) => `${l.source}>${l.target}:${l.score}`);

describe('codes as people type them', () => {
  it.each([
    ['Индикатор 16.6.1', '16.6.1', undefined], ['16-6-1', '16.6.1', undefined], ['16.6.1 Republican budget…', '16.6.1', 'Republican budget…'],
    ['16.6.1. ', '16.6.1', undefined], ['Goal 5 Gender equality', '5', 'Gender equality'], ['Water access', 'Water access', undefined],
  ])('%s', (raw, code, title) => expect(splitCodeTitle(raw)).toEqual(title ? { code, title } : { code }));
});

describe('CSV in the wild', () => {
  it('matrix with title rows, a title column, "code title" headers and dash cells', async () => {
    const r = ok(await read('matrix-titled.csv'));
    expect(r.network.format).toBe('csv-matrix');
    expect(r.network.nodes).toEqual(['16.6.1', '4.1.1', '8.5.2']);
    expect(triples(r)).toEqual(['16.6.1>4.1.1:2', '16.6.1>8.5.2:1', '8.5.2>4.1.1:-1']);
    expect(r.network.nodeInfo?.['16.6.1']?.title?.en).toBe('Budget');
    expect({ ...r.network.details, orientation: text(r.network.details!.orientation!) }).toMatchObject({ headerRow: 3, orientation: 'rows influence columns' });
    expect(r.warnings.map((w) => text(w)).join('\n')).toMatch(/row\(s\) above the header skipped/);
  });

  it('tab-separated, BOM with Russian headers, and Windows-1251', async () => {
    expect(triples(ok(await read('edges-tab.tsv')))).toEqual(['16.6.1>4.1.1:2', '4.1.1>8.5.2:1']);
    const bom = ok(await read('edges-bom-ru.csv'));
    expect(bom.network.details?.encoding).toBe('utf-8');
    expect(bom.network.links[0]).toMatchObject({ source: '16.6.1', target: '4.1.1', score: 2, note: 'бюджет' });
    const cp = ok(await read('edges-cp1251.csv'));
    expect(cp.network.details?.encoding).toBe('windows-1251');
    expect(cp.network.links[0].note).toBe('бюджет школам');
    expect(text(cp.warnings[0])).toMatch(/Windows-1251/);
  });

  it('warns on self-loops and duplicate links, naming the row', async () => {
    const r = ok(await read('warn-self-dup.csv'));
    expect(r.network.links).toHaveLength(1);
    expect(r.warnings.map((w) => [w.row, text(w)])).toEqual([[3, 'self-loop 1.1.1 → 1.1.1 skipped'], [4, 'duplicate link 1.1.1 → 2.1.1; the first one is kept']]);
  });

  it('row and column headers that differ are named', async () => {
    const e = fail(await read('broken-matrix-headers.csv'));
    expect(e).toMatchObject({ file: 'broken-matrix-headers.csv', row: 4, column: 1 });
    expect(text(e)).toMatch(/row code 4\.1\.1 is not among the column codes: the row and column headers differ/);
  });

  it('empty files, binary files and unknown extensions', async () => {
    expect(text(fail(await read('broken-empty-file.csv')))).toBe('the file is empty');
    expect(text(fail(await readGraphBytes('x.csv', new Uint8Array([0, 1, 2, 0, 0, 5]))))).toMatch(/binary file/);
    expect(text(fail(await readGraphBytes('x.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))))).toMatch(/old Excel \.xls/);
    expect(text(fail(readGraphFile('x.pdf', 'abc')))).toMatch(/unsupported file type ".pdf"/);
  });

  it('limits: 50 MB and 20,000 nodes', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(text(fail(await readGraphBytes('big.csv', big)))).toMatch(/the limit is 50 MB/);
    const header = `,${Array.from({ length: MAX_NODES + 1 }, (_, i) => `n${i}`).join(',')}\nn0,1\n`;
    expect(text(fail(readGraphFile('wide.csv', header)))).toMatch(/more than the limit of 20,000 nodes/);
    const list = Array.from({ length: MAX_NODES / 2 + 1 }, (_, i) => `a${i},b${i}`).join('\n');
    expect(text(fail(readGraphFile('long.csv', list)))).toMatch(/more than the limit of 20,000 nodes/);
  });

  it('decodes UTF-16 with a BOM', () => {
    const text = 'source,target\n1.1.1,2.1.1\n';
    const buf = new Uint8Array(2 + text.length * 2);
    buf.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) buf[2 + 2 * i] = text.charCodeAt(i);
    expect(decodeText(buf)).toMatchObject({ encoding: 'utf-16', text });
  });
});

describe('XLSX', () => {
  it('picks the matrix sheet beside a notes sheet, skipping title rows, and normalises messy codes', async () => {
    const r = ok(await read('matrix-messy.xlsx'));
    expect(r.network.format).toBe('xlsx-matrix');
    expect(r.network.details).toMatchObject({ sheet: 'Matrix', skippedSheets: ['Notes'], headerRow: 3 });
    expect(r.network.nodes).toEqual(['16.6.1', '4.1.1', '8.5.2', '1.2.1']);
    expect(triples(r)).toEqual(['16.6.1>4.1.1:2', '16.6.1>8.5.2:1', '4.1.1>8.5.2:1', '8.5.2>1.2.1:-1', '1.2.1>4.1.1:2']);
    expect(r.network.nodeInfo?.['16.6.1']?.title?.en).toBe('Republican budget expenditure');
    expect(r.warnings.map(formatReadError)).toContain('matrix-messy.xlsx, sheet "Notes": sheet "Notes" skipped: it does not look like a matrix or a link list');
  });

  it('reads an edge list with loose headers, warning on the self-loop and the duplicate', async () => {
    const r = ok(await read('edges.xlsx'));
    expect(r.network.format).toBe('xlsx-edge-list');
    expect(triples(r)).toEqual(['16.6.1>4.1.1:2', '4.1.1>8.5.2:1', '8.5.2>1.2.1:-1']);
    expect(r.warnings.map((w) => [w.sheet, w.row])).toEqual([['Links', 5], ['Links', 6]]);
  });

  it('names the sheet, row and column of a non-numeric cell', async () => {
    const e = fail(await read('broken-cell.xlsx'));
    expect(located(e)).toEqual({ file: 'broken-cell.xlsx', sheet: 'Matrix', row: 3, column: 2, message: 'cell "strong" is not a number' });
    expect(formatReadError(e)).toBe('broken-cell.xlsx, sheet "Matrix", row 3, column 2: cell "strong" is not a number');
  });

  it('says when no sheet looks like a network, and when the bytes are not a workbook', async () => {
    expect(text(fail(await read('broken-no-matrix.xlsx')))).toMatch(/no sheet looks like a matrix .*"Notes"/);
    expect(text(fail(await readGraphBytes('x.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]))))).toMatch(/not a readable XLSX workbook/);
  });
});

describe('GraphML, GEXF, Cytoscape JSON', () => {
  it('undirected GraphML: links counted once, both ways in the graph, labels as codes', async () => {
    const r = ok(await read('graph-undirected.graphml'));
    expect(r.network).toMatchObject({ format: 'graphml', undirected: true, nodes: ['16.6.1', '4.1.1', 'Water access'] });
    expect(r.network.links).toHaveLength(3);
    expect(r.warnings.map((w) => text(w))).toEqual([expect.stringMatching(/duplicate link; the first one is kept/)]);
    const { graph } = graphFromImport(r.network, loadCatalogue());
    expect(graph.getAttribute('undirected')).toBe(true);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttribute('Water access', 'title').en).toBe('Water access');
  });

  it('GEXF with positions and negative weights', async () => {
    const r = ok(await read('graph.gexf'));
    expect(triples(r)).toEqual(['16.6.1>4.1.1:2', '4.1.1>8.5.2:-1']);
    const { positions } = graphFromImport(r.network);
    expect(positions).toEqual({ '16.6.1': { x: 10, y: 20 }, '4.1.1': { x: 30, y: 40 }, '8.5.2': { x: 50, y: 10 } });
  });

  it('Cytoscape JSON: names that are codes become codes, other names stay names', async () => {
    const r = ok(await read('graph.cyjs'));
    expect(r.network.format).toBe('cytoscape-json');
    expect(r.network.nodes).toEqual(['16.6.1', '4.1.1', 'Poverty line']);
    expect(triples(r)).toEqual(['16.6.1>4.1.1:2', '4.1.1>Poverty line:1']);
  });

  it('malformed XML names line and column', async () => {
    const e = fail(await read('broken-xml.graphml'));
    expect(e.row).toBeGreaterThanOrEqual(4);
    expect(text(e)).toMatch(/not well-formed XML/);
  });

  it('a session file given as a network says what it is', () => {
    expect(text(fail(readGraphFile('s.json', readFileSync(new URL('../../fixtures/session-newer.json', import.meta.url), 'utf8'))))).toMatch(/saved session/);
  });
});
