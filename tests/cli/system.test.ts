/**
 * The systems-analysis commands as real processes, on the hand-computed 4-node network of
 * tests/core/analysis/system.test.ts (tests/fixtures/system-4.csv) and on the bundled illustrative one.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const KZ = 'data/kz-illustrative-indicator-links.json';
const HAND = 'tests/fixtures/system-4.csv';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/sdg-graph.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(...args: string[]) {
  const r = cli(...args, '--json');
  expect(r.stderr.replace(/^.*NOTE: ILLUSTRATIVE links.*\n/m, '')).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('sdg-graph systems analysis (real process)', { timeout: 120_000 }, () => {
  it('loops: the shape of the issue, loops from their smallest code, --max-length, --through and --limit', () => {
    expect(json('loops', HAND)).toEqual({
      count: 3, truncated: false,
      loops: [
        { nodes: ['1.1.1', '2.1.1', '3.1.1'], length: 3, polarity: 'balancing' },
        { nodes: ['1.1.1', '3.1.1'], length: 2, polarity: 'balancing' },
        { nodes: ['2.1.1', '3.1.1', '4.1.1'], length: 3, polarity: 'reinforcing' },
      ],
    });
    expect(json('loops', HAND, '--max-length', '2').count).toBe(1);
    expect(json('loops', HAND, '--through', '4.1.1').loops).toHaveLength(1);
    expect(json('loops', HAND, '--limit', '1')).toMatchObject({ count: 1, truncated: true });
  });

  it('micmac: power 3 and rows by indirect influence with sectors', () => {
    const r = json('micmac', HAND);
    expect(r.power).toBe(3);
    expect(r.rows.map((x: { code: string }) => x.code)).toEqual(['1.1.1', '3.1.1', '2.1.1', '4.1.1']);
    expect(Object.keys(r.rows[0])).toEqual(['code', 'directInfluence', 'directDependence', 'indirectInfluence', 'indirectDependence', 'sector']);
    expect(r.rows[0]).toMatchObject({ directInfluence: 3, directDependence: 1, sector: 'influential' });
    expect(r.illustrative).toBeUndefined();
  });

  it('propagate: the hand-solved total effects, sorted by |total|', () => {
    const r = json('propagate', HAND, '1.1.1', '--alpha', '0.1');
    expect(r.code).toBe('1.1.1');
    expect(r.alpha).toBe(0.1);
    expect(r.effects.map((e: { code: string }) => e.code)).toEqual(['2.1.1', '3.1.1', '4.1.1', '1.1.1']);
    expect(r.effects[0].total).toBeCloseTo(0.203 / 1.009, 10);
    expect(r.effects[0].direct).toBeCloseTo(0.2, 10);
    const bad = cli('propagate', HAND, '1.1.1', '--alpha', '5');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--alpha must be in/);
    expect(cli('propagate', HAND, '9.9.9').code).toBe(1);
  });

  it('robustness: the shape, deterministic for a seed, and the base ranking when nothing is perturbed', () => {
    const a = json('robustness', KZ, '--runs', '100', '--seed', 'abc', '--drop', '0.2', '--jitter', '0.1', '--metric', 'total');
    expect(a).toMatchObject({ metric: 'total', runs: 100, seed: 'abc', illustrative: true });
    expect(Object.keys(a.rows[0])).toEqual(['code', 'rank', 'medianRank', 'rankLow', 'rankHigh', 'topShare', 'robust']);
    expect(json('robustness', KZ, '--runs', '100', '--seed', 'abc', '--drop', '0.2', '--jitter', '0.1', '--metric', 'total')).toEqual(a);
    const still = json('robustness', HAND, '--runs', '3', '--drop', '0');
    for (const r of still.rows) expect([r.medianRank, r.rankLow, r.rankHigh]).toEqual([r.rank, r.rank, r.rank]);
    expect(cli('robustness', HAND, '--metric', 'nope').code).toBe(2);
    expect(cli('robustness', HAND, '--drop', '2').code).toBe(2);
  });

  it('text output of illustrative links says so on stdout, and real links do not', () => {
    for (const args of [['loops', KZ], ['micmac', KZ], ['propagate', KZ, '16.6.1'], ['robustness', KZ, '--runs', '20']]) {
      const r = cli(...args);
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n')[0]).toMatch(/ILLUSTRATIVE/);
    }
    const real = cli('micmac', HAND);
    expect(real.stdout).not.toMatch(/ILLUSTRATIVE/);
    expect(json('loops', KZ).illustrative).toBe(true);
  });
});
