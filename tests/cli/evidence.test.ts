import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/sdg-graph.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('sdg-graph comove and evidence (real processes)', { timeout: 120_000 }, () => {
  it('comove prints the layer with its counts, labelled not causal', () => {
    const r = cli('comove', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.notice).toMatch(/not causal, not ERI's/);
    expect(out.pairsTested).toBeGreaterThan(1000);
    expect(out.synergies + out.tradeOffs).toBe(out.links.length);
    for (const l of out.links) {
      expect(l.n).toBeGreaterThanOrEqual(8);
      expect(Math.abs(l.rho)).toBeGreaterThan(0.6);
    }
    const text = cli('comove');
    expect(text.stdout).toMatch(/NOTE: co-movement in national data — not causal/);
    expect(text.stdout).toMatch(/pairs tested/);
  });

  it('a stricter threshold and more years give fewer links', () => {
    const base = JSON.parse(cli('comove', '--json').stdout);
    const strict = JSON.parse(cli('comove', '--json', '--threshold', '0.9', '--min-years', '12').stdout);
    expect(strict.links.length).toBeLessThan(base.links.length);
    for (const l of strict.links) expect(l.n).toBeGreaterThanOrEqual(12);
  });

  it('refuses a threshold outside [0, 1) with exit 2', () => {
    const r = cli('comove', '--threshold', '2');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--threshold must be/);
  });

  it('evidence adds the national-data columns to each link of a matrix', () => {
    const r = cli('evidence', 'tests/fixtures/matrix.csv', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.links).toHaveLength(4);
    const tested = out.links.find((l: { source: string; target: string }) => l.source === '16.6.1' && l.target === '8.5.2');
    expect(tested.national_n).toBe(14);
    // where the reader found it: row 16.6.1 (line 2), column 8.5.2 (D)
    expect([tested.source_file, tested.source_cell]).toEqual(['matrix.csv', 'D2']);
    expect(typeof tested.national_rho).toBe('number');
    const untested = out.links.find((l: { source: string; target: string }) => l.source === '16.6.1' && l.target === '4.1.1');
    expect(untested.national_rho).toBeNull();
    const s = out.summary;
    expect(s.agree + s.contradict + s.weak + s.untestable).toBe(s.links);
  });

  it('evidence without FILE is a usage error', () => {
    expect(cli('evidence').code).toBe(2);
  });
});
