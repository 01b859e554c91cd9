import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const KZ = 'data/kz-illustrative-indicator-links.json';
const fx = (name: string) => `tests/fixtures/${name}`;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/sdg-graph.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const json = (...args: string[]) => {
  const r = cli(...args, '--json');
  // The only thing allowed on stderr of a good run is the illustrative-data notice.
  expect(r.stderr.replace(/^.*NOTE: ILLUSTRATIVE links.*\n/m, '')).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('sdg-graph CLI (real process)', { timeout: 60_000 }, () => {
  it('--help prints usage and exits 0', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: sdg-graph/);
  });

  it('info on the bundled dataset counts nodes and links as the file has them', () => {
    const info = json('info', KZ);
    expect(info).toMatchObject({ nodes: 277, edges: 1535, directed: true, format: 'dataset-json', illustrative: true });
    expect(info.unknownCodes).toEqual([]);
  });

  it('labels output made from illustrative links, and only that output', () => {
    const rank = cli('rank', KZ, '--top', '3');
    expect(rank.code).toBe(0);
    expect(rank.stderr).toMatch(/NOTE: ILLUSTRATIVE links/);
    const real = cli('rank', 'data/kz-vnr2025-goal-links.json', '--top', '3');
    expect(real.code).toBe(0);
    expect(real.stderr).not.toMatch(/ILLUSTRATIVE/);
  });

  it('info on a CSV edge list counts only the nodes it names and lists unknown codes', () => {
    const info = json('info', fx('edges-noheader.csv'));
    expect(info).toMatchObject({ nodes: 5, edges: 5, scoreMin: -1, scoreMax: 3 });
    expect(info.unknownCodes).toEqual(['9.9.9']);
    const text = cli('info', fx('matrix.csv'), '--lang', 'en');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Format +CSV adjacency matrix/);
  });

  it('rank --json lists nodes in rank order with the metric', () => {
    const rows = json('rank', KZ, '--by', 'out', '--top', '5');
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ code: '16.6.1', out: 64, rank: 1 });
    for (let i = 1; i < rows.length; i++) expect(rows[i].out).toBeLessThanOrEqual(rows[i - 1].out);
    const byIn = json('rank', KZ, '--by', 'in', '--top', '1');
    expect(byIn[0]).toMatchObject({ code: '2.3.1', in: 47, class: 'integrated' });
  });

  it('rank on a matrix by total influence', () => {
    // matrix: 16.6.1→4.1.1 (2), 16.6.1→8.5.2 (1), 4.1.1→8.5.2 (1), 8.5.2→1.2.1 (−1)
    // first: 16.6.1 = 3, 4.1.1 = 1, 8.5.2 = −1; second(16.6.1) = ½(2·1 + 1·(−1)) = 0.5
    const rows = json('rank', fx('matrix.csv'), '--by', 'total');
    expect(rows[0]).toMatchObject({ code: '16.6.1', total: 3.5 });
  });

  it('ego, path, portfolio and diff', () => {
    const ego = json('ego', fx('edges.csv'), '4.1.1', '--depth', '1', '--direction', 'out');
    expect(ego.nodes.sort()).toEqual(['4.1.1', '8.5.2']);
    const path = json('path', fx('edges.csv'), '16.6.1', '1.2.1');
    expect(path.distance).toBe(2);
    expect(path.shortest.map((p: { chain: string }) => p.chain)).toEqual(['16.6.1 → 8.5.2 → 1.2.1']);
    expect(path.kShortest.map((p: { length: number }) => p.length)).toEqual([2, 3]);
    const pf = json('portfolio', KZ, '--k', '3', '--depth', '2');
    expect(pf.picks).toHaveLength(3);
    expect(pf.picks[0].code).toBe('16.6.1');
    const diff = json('diff', fx('edges.csv'), fx('edges-v2.csv'));
    expect(diff.changed).toEqual([{ source: '16.6.1', target: '8.5.2', before: 1, after: 3 }]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it('bad input exits 1 naming file, row and column', () => {
    const r = cli('info', fx('broken-score.csv'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken-score\.csv, row 3, column 3: score "high" is not a number/);
    const m = cli('rank', fx('broken-matrix.csv'));
    expect(m.code).toBe(1);
    expect(m.stderr).toMatch(/broken-matrix\.csv, row 2, column 4/);
    expect(cli('info', fx('missing.csv')).code).toBe(1);
    expect(cli('ego', fx('edges.csv'), '99.9.9').code).toBe(1);
  });

  it('usage errors exit 2', () => {
    expect(cli().code).toBe(2);
    expect(cli('frobnicate', KZ).code).toBe(2);
    expect(cli('rank', KZ, '--by', 'nonsense').code).toBe(2);
    expect(cli('portfolio', KZ).code).toBe(2);
    expect(cli('rank', KZ, '--top', 'x').code).toBe(2);
    expect(cli('rank', KZ, '--bogus').code).toBe(2);
  });
});

describe('a reader that stops early', () => {
  it('`evidence … | head -1` ends quietly: no EPIPE stack trace', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" bin/sdg-graph.mjs evidence ${KZ} | head -1 >/dev/null`], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled 'error'|node:events/);
    expect(r.stderr).toMatch(/ILLUSTRATIVE/);
  });
});
