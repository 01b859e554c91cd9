import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fx = (name: string) => `tests/fixtures/${name}`;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/sdg-graph.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (...args: string[]) => {
  const r = cli(...args, '--json');
  expect(r.stderr, r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('sdg-graph on every import format', { timeout: 120_000 }, () => {
  it.each([
    ['matrix-messy.xlsx', 'xlsx-matrix', 4, 5, true],
    ['edges.xlsx', 'xlsx-edge-list', 4, 3, true],
    ['matrix-titled.csv', 'csv-matrix', 3, 3, true],
    ['edges-cp1251.csv', 'csv-edge-list', 3, 2, true],
    ['edges-bom-ru.csv', 'csv-edge-list', 3, 2, true],
    ['edges-tab.tsv', 'csv-edge-list', 3, 2, true],
    ['graph-undirected.graphml', 'graphml', 3, 3, false],
    ['graph.gexf', 'gexf', 3, 2, true],
    ['graph.cyjs', 'cytoscape-json', 3, 2, true],
  ])('info %s', (file, format, nodes, edges, directed) => {
    expect(json('info', fx(file))).toMatchObject({ format, nodes, edges, directed });
  });

  it('rank works on XLSX and GraphML (undirected links influence both ways)', () => {
    const rows = json('rank', fx('matrix-messy.xlsx'), '--by', 'out', '--top', '1');
    expect(rows[0]).toMatchObject({ code: '16.6.1', out: 2 });
    const und = json('rank', fx('graph-undirected.graphml'), '--by', 'out', '--top', '3');
    expect(und.map((r: { out: number }) => r.out)).toEqual([2, 2, 2]);
  });

  it('bad files exit 1 naming file, sheet, row and column', () => {
    const r = cli('info', fx('broken-cell.xlsx'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken-cell\.xlsx, sheet "Matrix", row 3, column 2: cell "strong" is not a number/);
    const x = cli('info', fx('broken-xml.graphml'));
    expect(x.code).toBe(1);
    expect(x.stderr).toMatch(/broken-xml\.graphml, row \d+, column \d+: not well-formed XML/);
  });
});
