/**
 * Exported files checked by real validators and read back by the app's own readers: GEXF against the
 * 1.3 RelaxNG schema (xmllint, installed by .ci/run), GraphML well-formed with typed keys, CSV with the
 * header on line 1 and formula cells neutralised, the nodes + links CSV pair back to the same network.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readGraphBytes } from '../../../src/core/io/read-graph-file.ts';
import { readGraphFiles } from '../../../src/core/io/read-pair.ts';
import { graphFromImport } from '../../../src/core/io/import-graph.ts';
import { formatReadError } from '../../../src/cli/render.ts';
import { toGexf, toGraphml } from '../../../src/core/io/export/graphs.ts';
import { linksCsv, nodesCsv, toXlsx } from '../../../src/core/io/export/tables.ts';
import { ENGLISH_EXPORT_WORDS, type Translate } from '../../../src/core/io/export/words.ts';
import { goalClusterLayout } from '../../../src/core/layout/goal-clusters.ts';
import { kazakhstanGraph, loadCatalogue } from '../helpers.ts';

const SCHEMA = resolve(import.meta.dirname, '../../fixtures/gexf-1.3/gexf.rng');
const dir = mkdtempSync(join(tmpdir(), 'sdg-export-'));
const write = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };

type Tree = { [k: string]: string | Tree };
const locale = (lang: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../src/ui/locales/${lang}.json`), 'utf8')) as Tree;
/** The app's translate function in small: the locale file's text with {{params}} filled in. */
function translator(lang: string): Translate {
  const tree = locale(lang);
  return (key, params = {}) => {
    let node: string | Tree | undefined = tree;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, n: string) => (params[n] !== undefined ? String(params[n]) : m)) : key;
  };
}

async function readBack(name: string, text: string | Uint8Array) {
  const r = await readGraphBytes(name, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  if (!r.ok) throw new Error(formatReadError(r.error));
  return graphFromImport(r.network, loadCatalogue()).graph;
}

describe('graph files pass a real validator and read back with the same counts', () => {
  const g = kazakhstanGraph();
  const positions = goalClusterLayout(g);

  it('GEXF validates against the GEXF 1.3 RelaxNG schema, with r/g/b colours', async () => {
    const gexf = toGexf(g, { positions, provenance: 'generated from VNR 2025 totals' });
    const file = write('kz.gexf', gexf);
    // xmllint exits non-zero (and execFileSync throws) when the file does not validate.
    execFileSync('xmllint', ['--noout', '--relaxng', SCHEMA, file], { stdio: 'pipe' });
    expect(gexf).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"/);
    expect(gexf).not.toContain('hex=');
    expect(gexf).toMatch(/<description>[^<]*ILLUSTRATIVE links — generated, not ERI data/);
    const back = await readBack('kz.gexf', gexf);
    expect([back.order, back.size]).toEqual([277, 1535]);
  });

  it('GraphML is well-formed with a typed key for every data and reads back', async () => {
    const graphml = toGraphml(g, { positions });
    execFileSync('xmllint', ['--noout', write('kz.graphml', graphml)], { stdio: 'pipe' });
    const keys = new Map([...graphml.matchAll(/<key id="([^"]+)" for="\w+" attr.name="[^"]+" attr.type="(string|double|boolean|int)"\/>/g)].map((m) => [m[1], m[2]]));
    const used = new Set([...graphml.matchAll(/<data key="([^"]+)">/g)].map((m) => m[1]));
    for (const k of used) expect(keys.has(k), k).toBe(true);
    expect(keys.get('v_pagerank')).toBe('double');
    const back = await readBack('kz.graphml', graphml);
    expect([back.order, back.size]).toEqual([277, 1535]);
  });
});

describe('CSV: header first, provenance as columns, formulas neutralised, the pair re-imports', () => {
  const g = kazakhstanGraph();

  it('line 1 is the header; `evidence` and the mark are columns; UTF-8 BOM', () => {
    for (const text of [linksCsv(g), nodesCsv(g)]) {
      expect(text.startsWith('\uFEFF')).toBe(true);
      const first = text.slice(1).split('\r\n')[0];
      expect(first).not.toContain('ILLUSTRATIVE');
      expect(first).toMatch(/^(source,target,score,evidence|Code,)/);
    }
    expect(linksCsv(g).split('\r\n')[1]).toMatch(/,illustrative,.*ILLUSTRATIVE links — generated, not ERI data/);
    const nodes = nodesCsv(g, { t: translator('en') }).slice(1).split('\r\n')[0].split(',');
    expect(nodes).toEqual(expect.arrayContaining(['Code', 'Title (en)', 'Title (ru)', 'Class', 'PageRank (influence)']));
    expect(nodesCsv(g)).not.toMatch(/\d\.\d{6,}/);
  });

  it('a name that starts with = (or +, -, @) comes out neutralised; negative scores stay numbers', () => {
    const h = g.copy();
    h.mergeNodeAttributes('16.6.1', { title: { en: '=1+1', ru: '@SUM(A1)', kk: '-2+3' } });
    h.mergeEdgeAttributes(h.edges()[0], { score: -1, note: '+cmd' });
    const nodes = nodesCsv(h);
    expect(nodes).toContain(",'=1+1,'@SUM(A1),'-2+3,");
    expect(nodes).not.toMatch(/,=1\+1/);
    const links = linksCsv(h).split('\r\n')[1];
    expect(links).toMatch(/,-1,illustrative,false,'\+cmd,/);
  });

  it('the nodes CSV + links CSV pair re-imports to 277 nodes and 1,535 links, isolated nodes included', async () => {
    const files = [{ name: 'kz.links.csv', data: linksCsv(g) }, { name: 'kz.nodes.csv', data: nodesCsv(g) }];
    const linksOnly = await readBack('kz.links.csv', linksCsv(g));
    expect(linksOnly.order).toBeLessThan(277);
    for (const pair of [files, [...files].reverse()]) {
      const r = await readGraphFiles(pair);
      if (!r.ok) throw new Error(formatReadError(r.error));
      const back = graphFromImport(r.network, loadCatalogue()).graph;
      expect([back.order, back.size]).toEqual([277, 1535]);
    }
  });

  it('a nodes CSV alone is refused with a clear message, not a score error', async () => {
    for (const lang of ['en', 'ru', 'kk']) {
      const r = await readGraphBytes('kz.nodes.csv', nodesCsv(g, { t: translator(lang), lang: lang as 'en' }));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code, lang).toBe('nodesTableAlone');
    }
  });
});

describe('exports speak the chosen language', () => {
  it('the core English words are en.json `export.*`', () => {
    const t = translator('en');
    for (const [key, text] of Object.entries(ENGLISH_EXPORT_WORDS)) expect(t(key), key).toBe(text);
  });

  it('in kk the XLSX sheet names, headers and About sheet are Kazakh, with the Kazakh mark, and it still re-imports', async () => {
    const g = kazakhstanGraph();
    const t = translator('kk');
    const bytes = await toXlsx(g, { t, lang: 'kk', provenance: 'VNR 2025' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Байланыстар', 'Түйіндер', 'Деректер туралы']);
    const nodes = wb.getWorksheet('Түйіндер')!;
    expect(nodes.getCell('A1').value).toBe(t('export.mark'));
    expect(t('export.mark')).toMatch(/ИЛЛЮСТРАТИВТІ/);
    const header = (nodes.getRow(2).values as string[]).filter(Boolean).map((v) => v.split('\n')[0]);
    expect(header).toEqual(expect.arrayContaining(['Код', 'Атауы (kk)', 'Класс', 'Ықпал (шығыс байланыстар)']));
    expect(String(nodes.getCell('A3').value)).toMatch(/^\d/);
    const about = wb.getWorksheet('Деректер туралы')!;
    expect(about.getCell('A1').value).toBe('Деректер жиыны');
    expect(String(about.getCell('B2').value)).toBe(t('export.mark'));
    const back = await readBack('kz.xlsx', bytes);
    expect([back.order, back.size]).toEqual([277, 1535]);
    expect(back.getNodeAttribute('16.6.1', 'extra')?.out).toBe(64);
  });
});
