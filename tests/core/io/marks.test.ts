/** Presenter marks (priority / discussed + note) travel with node tables and GraphML/GEXF node attributes. */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ExportMark } from '../../../src/core/io/export/index.ts';
import { nodesCsv, toXlsx } from '../../../src/core/io/export/tables.ts';
import { toGexf, toGraphml } from '../../../src/core/io/export/graphs.ts';
import { readGraphBytes } from '../../../src/core/io/read-graph-file.ts';
import { makeExport } from '../../../src/state/io/exports.ts';
import type { AppState } from '../../../src/state/store.ts';
import { graphOf } from '../helpers.ts';

const graph = () => graphOf([['16.6.1', '4.1.1', 2], ['4.1.1', '8.5.2', -1]]);
const marks: Record<string, ExportMark> = {
  '16.6.1': { kind: 'priority', note: 'budget, "schools" & <more>' },
  '8.5.2': { kind: 'discussed', note: '' },
  'not-in-graph': { kind: 'priority', note: 'x' },
};

const csvRows = (text: string) => Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe('marks in node exports', () => {
  it('CSV: mark and markNote columns, empty for unmarked nodes', () => {
    // Human headers since issue 15 ("Mark", "Mark note"; in the export's language).
    const rows = csvRows(nodesCsv(graph(), { marks }));
    const by = Object.fromEntries(rows.map((r) => [r.Code, r]));
    expect(by['16.6.1']).toMatchObject({ Mark: 'priority', 'Mark note': 'budget, "schools" & <more>' });
    expect(by['8.5.2']).toMatchObject({ Mark: 'discussed', 'Mark note': '' });
    expect(by['4.1.1']).toMatchObject({ Mark: '', 'Mark note': '' });
  });

  it('no mark columns without marks, or when no node of the graph is marked', () => {
    const cases: (Record<string, ExportMark> | null | undefined)[] = [undefined, null, {}, { other: { kind: 'priority', note: '' } }];
    for (const m of cases) {
      const header = nodesCsv(graph(), { marks: m }).replace(/^\uFEFF/, '').split('\r\n')[0];
      expect(header).not.toMatch(/\bmark\b|markNote|Mark note/i);
      expect(toGraphml(graph(), { marks: m })).not.toMatch(/attr\.name="mark/);
    }
  });

  it('XLSX: the Nodes sheet has mark and markNote', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsx(graph(), { marks })).buffer as ArrayBuffer);
    const ws = wb.getWorksheet('Nodes')!;
    // Each header cell is the human name over the column id ("Mark\nmark"), the id last (issue 15).
    const header = (ws.getRow(1).values as unknown[]).slice(1).map((v) => String(v).split('\n').pop());
    const col = (name: string) => header.indexOf(name) + 1;
    expect(col('mark')).toBeGreaterThan(0);
    expect(col('markNote')).toBeGreaterThan(0);
    const rows: Record<string, [unknown, unknown]> = {};
    ws.eachRow((row, n) => { if (n > 1) rows[String(row.getCell(col('code')).value)] = [row.getCell(col('mark')).value, row.getCell(col('markNote')).value]; });
    expect(rows['16.6.1']).toEqual(['priority', 'budget, "schools" & <more>']);
    expect(rows['8.5.2'][0]).toBe('discussed');
    expect(rows['4.1.1'][0] ?? '').toBe('');
  });

  it('GraphML: declared node keys, data only on marked nodes, escaped', () => {
    const xml = toGraphml(graph(), { marks });
    expect(xml).toContain('<key id="v_mark" for="node" attr.name="mark" attr.type="string"/>');
    expect(xml).toContain('<key id="v_markNote" for="node" attr.name="markNote" attr.type="string"/>');
    expect(xml).toMatch(/<node id="16\.6\.1">[\s\S]*?<data key="v_mark">priority<\/data>\s*<data key="v_markNote">budget, &quot;schools&quot; &amp; &lt;more&gt;<\/data>[\s\S]*?<\/node>/);
    expect(xml).toMatch(/<node id="8\.5\.2">[\s\S]*?<data key="v_mark">discussed<\/data>[\s\S]*?<\/node>/);
    expect(/<node id="4\.1\.1">([\s\S]*?)<\/node>/.exec(xml)![1]).not.toContain('v_mark');
  });

  it('GEXF: mark attributes on marked nodes', () => {
    const xml = toGexf(graph(), { marks });
    expect(xml).toMatch(/<attribute id="mark" title="mark" type="string"\/>/);
    expect(xml).toMatch(/<attribute id="markNote" title="markNote" type="string"\/>/);
    const node = /<node id="16\.6\.1"[\s\S]*?<\/node>/.exec(xml)![0];
    expect(node).toMatch(/value="priority"/);
    expect(node).toMatch(/for="markNote" value="budget, &quot;schools&quot; &amp; &lt;more(&gt;|>)"/);
  });

  it('files with marks still import, with the same links', async () => {
    for (const [ext, text] of [['graphml', toGraphml(graph(), { marks })], ['gexf', toGexf(graph(), { marks })]]) {
      const r = await readGraphBytes(`m.${ext}`, text);
      expect(r.ok && r.network.links.length, ext).toBe(2);
      expect(r.ok && r.network.nodeInfo?.['16.6.1']?.extra?.mark, ext).toBe('priority');
    }
  });

  it('the app passes the store marks to exports', async () => {
    const g = graph();
    const state = { graph: g, lang: 'en', metrics: null, metricsByCode: null, sizeMetric: 'out', fileStyle: { colours: true, sizes: true }, catalogue: null, datasetId: 'test', datasets: [], marks } as unknown as AppState;
    const { blob } = await makeExport(state, { graph: g, positions: null, selection: null }, 'nodes-csv');
    const by = Object.fromEntries(csvRows(await blob.text()).map((r) => [r.Code, r]));
    expect(by['16.6.1'].Mark).toBe('priority');
  });
});
