import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { readGraphBytes } from '../../../src/core/io/read-graph-file.ts';
import { formatReadError } from '../../../src/cli/render.ts';
import { graphFromImport } from '../../../src/core/io/import-graph.ts';
import { exportFileName, graphToSvg, ILLUSTRATIVE_MARK } from '../../../src/core/io/export/index.ts';
import { linksCsv, nodesCsv, toXlsx } from '../../../src/core/io/export/tables.ts';
import { toCytoscapeJson, toDatasetJson, toGexf, toGraphml } from '../../../src/core/io/export/graphs.ts';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { goalClusterLayout } from '../../../src/core/layout/goal-clusters.ts';
import type { InterlinkageGraph } from '../../../src/core/graph/types.ts';
import { kazakhstanGraph, loadCatalogue, loadDataset } from '../helpers.ts';

/** A small graph with what exports must keep: negative scores, a note, an unknown titled node, positions. */
function sample(): { graph: InterlinkageGraph; positions: Record<string, { x: number; y: number }> } {
  const catalogue = loadCatalogue();
  const graph = buildGraph(catalogue, {
    id: 'sample', name: 'Sample', level: 'indicator', illustrative: false, description: '',
    links: [
      { source: '16.6.1', target: '4.1.1', score: 2, evidence: 'imported', note: 'budget, "schools" & <more>' },
      { source: '4.1.1', target: '8.5.2', score: -1, evidence: 'imported' },
      { source: '8.5.2', target: 'Water access', score: 3, evidence: 'imported' },
    ],
  });
  // Only the named nodes, as an import would have them.
  for (const c of graph.nodes()) if (!['16.6.1', '4.1.1', '8.5.2', 'Water access'].includes(c)) graph.dropNode(c);
  graph.mergeNodeAttributes('Water access', { title: { en: 'Water access', ru: 'Доступ к воде', kk: 'Суға қолжетімділік' } });
  const positions = { '16.6.1': { x: 0, y: 0 }, '4.1.1': { x: 100, y: 50.5 }, '8.5.2': { x: -20, y: 80 }, 'Water access': { x: 40, y: -60 } };
  return { graph, positions };
}

type Case = { ext: string; make: (g: InterlinkageGraph, p: Record<string, { x: number; y: number }>) => Promise<string | Uint8Array> | string; positions: boolean; titles: boolean };
const CASES: Case[] = [
  { ext: 'graphml', make: (g, p) => toGraphml(g, { positions: p }), positions: true, titles: true },
  { ext: 'gexf', make: (g, p) => toGexf(g, { positions: p }), positions: true, titles: true },
  { ext: 'cyjs', make: (g, p) => toCytoscapeJson(g, { positions: p }), positions: true, titles: true },
  { ext: 'json', make: (g, p) => toDatasetJson(g, { positions: p }), positions: true, titles: true },
  { ext: 'xlsx', make: (g, p) => toXlsx(g, { positions: p }), positions: true, titles: true },
  { ext: 'csv', make: (g) => linksCsv(g), positions: false, titles: false },
];

const linksOf = (g: InterlinkageGraph) => g.mapEdges((_e, a, s, t) => `${s}>${t}:${a.score}:${a.evidence}:${a.note ?? ''}`).sort();

describe('export → import gives the same graph', () => {
  it.each(CASES)('$ext', async ({ ext, make, positions: hasPositions, titles }) => {
    const { graph, positions } = sample();
    const data = await make(graph, positions);
    const r = await readGraphBytes(`x.${ext}`, typeof data === 'string' ? new TextEncoder().encode(data) : data);
    if (!r.ok) throw new Error(formatReadError(r.error));
    const back = graphFromImport(r.network, loadCatalogue());
    expect(back.graph.nodes().sort()).toEqual(graph.nodes().sort());
    expect(linksOf(back.graph)).toEqual(linksOf(graph));
    if (titles) expect(back.graph.getNodeAttribute('Water access', 'title')).toEqual({ en: 'Water access', ru: 'Доступ к воде', kk: 'Суға қолжетімділік' });
    expect(back.graph.getNodeAttribute('16.6.1', 'title')).toEqual(graph.getNodeAttribute('16.6.1', 'title'));
    if (hasPositions) expect(back.positions).toEqual(positions);
    if (ext !== 'csv' && ext !== 'json') expect(back.graph.getNodeAttribute('16.6.1', 'extra')?.out).toBe(1);
  });

  it('keeps undirected links undirected (GraphML, GEXF, JSON, CSV)', async () => {
    const { graph } = sample();
    graph.setAttribute('undirected', true);
    for (const [ext, text] of [['graphml', toGraphml(graph)], ['gexf', toGexf(graph)], ['json', toDatasetJson(graph)], ['csv', linksCsv(graph)]]) {
      const r = await readGraphBytes(`u.${ext}`, text);
      if (!r.ok) throw new Error(formatReadError(r.error));
      const { graph: back } = graphFromImport(r.network);
      const und = back.getAttribute('undirected') === true || back.everyEdge((_e, a) => a.undirected === true);
      expect(und, ext).toBe(true);
      expect(back.size, ext).toBe(3);
    }
  });

  it('the bundled network survives GraphML and JSON with all 277 nodes and 1535 links', async () => {
    const g = kazakhstanGraph();
    for (const [ext, text] of [['graphml', toGraphml(g)], ['json', toDatasetJson(g)]]) {
      const r = await readGraphBytes(`kz.${ext}`, text);
      if (!r.ok) throw new Error(formatReadError(r.error));
      const back = graphFromImport(r.network, loadCatalogue()).graph;
      expect([back.order, back.size]).toEqual([277, 1535]);
      expect(back.getAttribute('illustrative')).toBe(true);
    }
  });
});

describe('every export made from illustrative links carries the mark', () => {
  const g = kazakhstanGraph();
  const positions = goalClusterLayout(g);
  const texts: [string, string][] = [
    ['graphml', toGraphml(g, { positions })], ['gexf', toGexf(g, { positions })], ['cyjs', toCytoscapeJson(g, { positions })],
    ['json', toDatasetJson(g, { positions })], ['nodes.csv', nodesCsv(g)], ['links.csv', linksCsv(g)], ['svg', graphToSvg(g, positions)],
  ];
  it.each(texts)('%s', (_ext, text) => expect(text).toContain(ILLUSTRATIVE_MARK));

  it('xlsx: a mark row above each table', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsx(g)).buffer as ArrayBuffer);
    for (const name of ['Links', 'Nodes']) expect(wb.getWorksheet(name)!.getCell('A1').value).toBe(ILLUSTRATIVE_MARK);
    expect(String(wb.getWorksheet('About')!.getCell('B2').value)).toBe(ILLUSTRATIVE_MARK);
  });

  it('and is read back as illustrative from every format', async () => {
    for (const [ext, text] of texts.filter(([e]) => !['svg', 'nodes.csv'].includes(e))) {
      const r = await readGraphBytes(`kz.${ext}`, text);
      expect(r.ok && (r.network.illustrative || r.network.dataset?.illustrative), ext).toBe(true);
    }
  });

  it('exports of real data carry no mark', () => {
    const real = buildGraph(loadCatalogue(), loadDataset('kz-vnr2025-goal-links.json'));
    for (const text of [toGraphml(real), toGexf(real), toCytoscapeJson(real), toDatasetJson(real), linksCsv(real), graphToSvg(real, goalClusterLayout(real))]) {
      expect(text).not.toContain('ILLUSTRATIVE');
    }
  });
});

describe('SVG and file names', () => {
  it('draws every node and link, a legend, a source line and the date; names are escaped text', () => {
    const { graph, positions } = sample();
    graph.mergeNodeAttributes('Water access', { title: { en: '<img src=x onerror=alert(1)>', ru: '', kk: '' } });
    const svg = graphToSvg(graph, positions, { title: 'T <b>', date: new Date(2025, 4, 1), dataSource: 'Data: test' });
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expect(svg.match(/<line x1/g)!.length).toBeGreaterThanOrEqual(3 + 2);
    expect(svg).toContain('Goal 16');
    expect(svg).toContain('2025-05-01');
    expect(svg).toContain('Data: test');
    expect(svg).toContain('T &lt;b&gt;');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('file names say what they hold', () => {
    const d = new Date(2025, 0, 9);
    expect(exportFileName('kz-illustrative-indicator-links', null, 'graphml', d)).toBe('kz-illustrative-indicator-links_all_2025-01-09.graphml');
    expect(exportFileName('import:my file', ['16.6.1', '4.1.1'], 'png', d)).toBe('import-my-file_16.6.1-4.1.1_2025-01-09.png');
    expect(exportFileName('x', ['1', '2', '3', '4'], 'svg', d)).toBe('x_1-and-3-more_2025-01-09.svg');
  });
});

describe("a file's own node colours and sizes survive a round trip", () => {
  const read = async (name: string, text: string) => {
    const r = await readGraphBytes(name, text);
    if (!r.ok) throw new Error(`${name} did not read: ${formatReadError(r.error)}`);
    return graphFromImport(r.network, loadCatalogue()).graph;
  };
  const vizOf = (g: InterlinkageGraph) => Object.fromEntries(g.mapNodes((c, a) => [c, a.viz]));
  const fixture = (f: string) => readFileSync(new URL(`../../fixtures/${f}`, import.meta.url), 'utf8');

  it.each([['food-web.gexf', 'gexf'], ['food-web.gexf', 'graphml'], ['characters.graphml', 'graphml'], ['characters.graphml', 'gexf']])('%s → %s', async (file, ext) => {
    const g = await read(file, fixture(file));
    const before = vizOf(g);
    expect(Object.values(before).every((v) => v?.color && v.size)).toBe(true);
    const after = vizOf(await read(`again.${ext}`, ext === 'gexf' ? toGexf(g) : toGraphml(g)));
    // Colours may change notation (hex ↔ rgb), never value.
    const rgb = (c: string | undefined) => {
      const h = /^#([0-9a-f]{6})$/i.exec(c ?? '');
      return h ? [0, 2, 4].map((i) => parseInt(h[1].slice(i, i + 2), 16)).join(',') : (c ?? '').replace(/[^\d,]/g, '');
    };
    expect(Object.fromEntries(Object.entries(after).map(([c, v]) => [c, [rgb(v?.color), v?.size]])))
      .toEqual(Object.fromEntries(Object.entries(before).map(([c, v]) => [c, [rgb(v?.color), v?.size]])));
  });
});
