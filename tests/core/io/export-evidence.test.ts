/**
 * The evidence behind each link travels into the links CSV, the XLSX Links sheet, GraphML and GEXF:
 * the columns in linkEvidenceFields order, values from real links of the bundled datasets (a Review
 * quote, a co-movement rho, national data of the illustrative network), the GEXF still valid against
 * the 1.3 RelaxNG schema, and the files still read back to the same network.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { readGraphBytes } from '../../../src/core/io/read-graph-file.ts';
import { graphFromImport } from '../../../src/core/io/import-graph.ts';
import { formatReadError } from '../../../src/cli/render.ts';
import { readGraphFiles } from '../../../src/core/io/read-pair.ts';
import { linksCsv, nodesCsv, toXlsx } from '../../../src/core/io/export/tables.ts';
import { toDatasetJson, toGexf, toGraphml } from '../../../src/core/io/export/graphs.ts';
import { nationalData } from '../../../src/core/analysis/evidence.ts';
import { kazakhstanGraph, loadCatalogue, loadDataset } from '../helpers.ts';

const SCHEMA = resolve(import.meta.dirname, '../../fixtures/gexf-1.3/gexf.rng');
const dir = mkdtempSync(join(tmpdir(), 'sdg-evidence-'));
const write = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };

const EVIDENCE_COLUMNS = [
  'review_quotes', 'review_sections', 'direction_stated', 'source_file', 'source_sheet', 'source_cell',
  'rho', 'n_years', 'years', 'detrended_rho', 'p', 'q', 'survives_detrending',
];
const NATIONAL = ['national_rho', 'national_n', 'national_detrended_rho', 'national_q'];

const reviewGraph = () => buildGraph(loadCatalogue(), loadDataset('kz-vnr2025-goal-links.json'));
const comoveGraph = () => buildGraph(loadCatalogue(), loadDataset('kz-national-comovement.json'));

/** The CSV as pandas would read it: line 1 the header, one object per link. */
function parsed(csv: string) {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const r = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  return { header: r.meta.fields ?? [], rows: r.data };
}

async function readBack(name: string, data: string | Uint8Array) {
  const r = await readGraphBytes(name, typeof data === 'string' ? new TextEncoder().encode(data) : data);
  if (!r.ok) throw new Error(formatReadError(r.error));
  return graphFromImport(r.network, loadCatalogue()).graph;
}

describe('links CSV and XLSX carry the evidence columns', () => {
  it('the Review goal links: quotes and sections verbatim, in the fixed column order', async () => {
    const g = reviewGraph();
    const edge = g.findEdge((_e, a) => (a.sources?.length ?? 0) > 0)!;
    const [s, t] = g.extremities(edge);
    const quote = g.getEdgeAttribute(edge, 'sources')![0].quote;
    const { header, rows } = parsed(linksCsv(g));
    expect(header.slice(0, 8)).toEqual(['source', 'target', 'score', 'evidence', 'undirected', 'note', 'source_title', 'target_title']);
    expect(header.slice(8)).toEqual(EVIDENCE_COLUMNS);
    const row = rows.find((r) => r.source === s && r.target === t)!;
    expect(row.evidence).toBe('review-statement');
    expect(row.review_quotes).toContain(quote.slice(0, 60));
    expect(row.review_sections).toBe(g.getEdgeAttribute(edge, 'sources')!.map((x) => x.section).join(' | '));
    expect(row.direction_stated).toBe(String(!g.getEdgeAttribute(edge, 'undirectedInSource')));
    const back = await readBack('vnr.links.csv', linksCsv(g));
    expect(back.size).toBe(g.size);
  });

  it('the co-movement layer: rho, n, detrended rho and q on each link, and "not causal" on every row', async () => {
    const g = comoveGraph();
    const edge = g.edges()[0];
    const c = g.getEdgeAttribute(edge, 'comove')!;
    const csv = linksCsv(g);
    const { header, rows } = parsed(csv);
    expect(header).toEqual([...['source', 'target', 'score', 'evidence', 'undirected', 'note', 'source_title', 'target_title'], ...EVIDENCE_COLUMNS, 'notice']);
    expect(header).not.toContain('national_rho');
    const row = rows[0];
    expect([row.source, row.target]).toEqual(g.extremities(edge));
    expect(Number(row.rho)).toBe(c.rho);
    expect(Number(row.n_years)).toBe(c.n);
    expect(Number(row.detrended_rho)).toBe(c.detrendedRho);
    expect(Number(row.q)).toBe(c.q);
    expect(row.survives_detrending).toBe('false');
    expect(row.years).toBe(`${c.years[0]}–${c.years[c.years.length - 1]}`);
    expect(rows.every((r) => /co-movement.*not causal/i.test(r.notice))).toBe(true);
    // The readers take the score from `score`, never from rho or q: the same links come back.
    const back = await readBack('comove.links.csv', csv);
    expect(back.size).toBe(g.size);
    expect(back.getEdgeAttribute(back.edge(row.source, row.target)!, 'score')).toBe(Number(row.score));
    const pair = await readGraphFiles([{ name: 'comove.links.csv', data: csv }, { name: 'comove.nodes.csv', data: nodesCsv(g) }]);
    if (!pair.ok) throw new Error(formatReadError(pair.error));
    const whole = graphFromImport(pair.network, loadCatalogue()).graph;
    expect([whole.order, whole.size]).toEqual([g.order, g.size]);
  });

  it('the illustrative network gets the national-data columns from the catalogue, and the pair still re-imports', async () => {
    const g = kazakhstanGraph();
    const catalogue = loadCatalogue();
    const csv = linksCsv(g, { catalogue });
    const { header, rows } = parsed(csv);
    expect(header.slice(8)).toEqual([...EVIDENCE_COLUMNS, ...NATIONAL, 'notice']);
    const tested = rows.find((r) => r.national_rho !== '')!;
    const nd = nationalData(catalogue, tested.source, tested.target)!;
    expect(Number(tested.national_rho)).toBe(nd.rho);
    expect(Number(tested.national_n)).toBe(nd.n);
    expect(rows.some((r) => r.national_rho === '')).toBe(true);
    expect(rows[0].evidence_note).toBeUndefined();
    const back = await readBack('kz.links.csv', csv);
    expect(back.size).toBe(1535);
  });

  it('an imported matrix: each exported link names the file and cell it was read from', async () => {
    const matrix = ',16.6.1,4.1.1,8.5.2\r\n16.6.1,,2,\r\n4.1.1,,,-1\r\n8.5.2,1,,\r\n';
    const g = await readBack('eri-matrix.csv', matrix);
    const { rows } = parsed(linksCsv(g));
    const at = (s: string, t: string) => rows.find((r) => r.source === s && r.target === t)!;
    expect([at('16.6.1', '4.1.1').source_file, at('16.6.1', '4.1.1').source_cell]).toEqual(['eri-matrix.csv', 'C2']);
    expect(at('4.1.1', '8.5.2').source_cell).toBe('D3');
    expect(at('8.5.2', '16.6.1').score).toBe('1');
  });

  it('the XLSX Links sheet has the same columns and re-imports with the same counts', async () => {
    const g = comoveGraph();
    const bytes = await toXlsx(g);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const links = wb.worksheets[0];
    expect(String(links.getCell('A1').value)).toMatch(/not causal/);
    const header = (links.getRow(2).values as string[]).filter(Boolean);
    expect(header.slice(8)).toEqual([...EVIDENCE_COLUMNS, 'notice']);
    const rhoCol = header.indexOf('rho') + 1;
    expect(links.getRow(3).getCell(rhoCol).value).toBe(g.getEdgeAttribute(g.edges()[0], 'comove')!.rho);
    const back = await readBack('comove.xlsx', bytes);
    expect([back.order, back.size]).toEqual([g.order, g.size]);
  });
});

describe('GraphML and GEXF carry the evidence as typed edge attributes', () => {
  it('GraphML: a typed <key> for every evidence field, the Review quote on its edge', async () => {
    const g = reviewGraph();
    const graphml = toGraphml(g);
    execFileSync('xmllint', ['--noout', write('vnr.graphml', graphml)], { stdio: 'pipe' });
    const keys = [...graphml.matchAll(/<key id="e_([^"]+)" for="edge" attr.name="[^"]+" attr.type="(\w+)"\/>/g)].map((m) => [m[1], m[2]]);
    expect(keys.map(([k]) => k).slice(5)).toEqual(EVIDENCE_COLUMNS);
    expect(Object.fromEntries(keys)).toMatchObject({ rho: 'double', n_years: 'int', direction_stated: 'boolean', review_quotes: 'string' });
    const quote = g.getEdgeAttribute(g.findEdge((_e, a) => (a.sources?.length ?? 0) > 0)!, 'sources')![0].quote;
    expect(graphml).toContain(`<data key="e_review_quotes">${quote.slice(0, 40).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')}`);
    const back = await readBack('vnr.graphml', graphml);
    expect(back.size).toBe(g.size);
  });

  it('GEXF of the co-movement layer validates, declares edge attributes, carries rho and says "not causal"', async () => {
    const g = comoveGraph();
    const gexf = toGexf(g);
    execFileSync('xmllint', ['--noout', '--relaxng', SCHEMA, write('comove.gexf', gexf)], { stdio: 'pipe' });
    const edgeAttrs = /<attributes class="edge"[^>]*>([\s\S]*?)<\/attributes>/.exec(gexf)![1];
    for (const name of ['rho', 'n_years', 'detrended_rho', 'q', 'survives_detrending']) expect(edgeAttrs).toContain(`title="${name}"`);
    const rhoId = /<attribute id="([^"]+)" title="rho" type="double"/.exec(edgeAttrs)![1];
    const c = g.getEdgeAttribute(g.edges()[0], 'comove')!;
    expect(gexf).toContain(`<attvalue for="${rhoId}" value="${c.rho}"/>`);
    expect(gexf).toMatch(/<description>[^<]*not causal/);
    const back = await readBack('comove.gexf', gexf);
    expect([back.order, back.size]).toEqual([g.order, g.size]);
  });

  it('GEXF of the illustrative network with national data validates and reads back to 277 / 1,535', async () => {
    const g = kazakhstanGraph();
    const gexf = toGexf(g, { catalogue: loadCatalogue() });
    execFileSync('xmllint', ['--noout', '--relaxng', SCHEMA, write('kz.gexf', gexf)], { stdio: 'pipe' });
    expect(gexf).toMatch(/<attribute id="[^"]+" title="national_rho" type="double"/);
    const back = await readBack('kz.gexf', gexf);
    expect([back.order, back.size]).toEqual([277, 1535]);
  });
});

describe("the app's own JSON keeps the evidence", () => {
  it('a co-movement link comes back with its statistics and kind', async () => {
    const g = comoveGraph();
    const back = await readBack('comove.json', toDatasetJson(g));
    const edge = g.edges()[0];
    const [s, t] = g.extremities(edge);
    const again = back.edge(s, t) ?? back.edge(t, s);
    expect(back.getEdgeAttribute(again!, 'comove')).toEqual(g.getEdgeAttribute(edge, 'comove'));
    expect(back.getEdgeAttribute(again!, 'evidence')).toBe('co-movement');
  });
});
