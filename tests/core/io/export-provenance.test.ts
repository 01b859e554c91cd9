/**
 * Provenance outside the export menu: session files say `illustrative` and where their dataset comes
 * from; CLI output carries the mark on stdout (a line in text, a field in JSON) for generated links,
 * and nothing for real ones. File names say the level.
 */
import { describe, expect, it } from 'vitest';
import { parseSession, serialiseSession } from '../../../src/core/io/session.ts';
import { run } from '../../../src/cli/main.ts';
import { exportFileName } from '../../../src/core/io/export/common.ts';

const KZ = 'data/kz-illustrative-indicator-links.json';
const REAL = 'data/kz-vnr2025-goal-links.json';
const NOTICE = /NOTE: ILLUSTRATIVE links \(generated to match published totals; not ERI data\)/;

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, (s) => out.push(s), (s) => err.push(s));
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('session files carry illustrative and provenance', () => {
  it('round trip', () => {
    const text = serialiseSession({
      datasetId: 'kz-illustrative-indicator-links', lang: 'ru', imported: [],
      view: { select: ['16.6.1'], depth: 1, direction: 'out', layout: 'goals', goalLevel: false },
      illustrative: true, provenance: 'Links: generated to match VNR 2025 totals',
    });
    expect(JSON.parse(text)).toMatchObject({ illustrative: true, provenance: 'Links: generated to match VNR 2025 totals' });
    const back = parseSession(text);
    expect(back.ok && back.session).toMatchObject({ illustrative: true, provenance: 'Links: generated to match VNR 2025 totals' });
  });
});

describe('CLI stdout carries the mark for generated links', { timeout: 60_000 }, () => {
  it.each([
    ['rank', KZ, '--top', '3'], ['ego', KZ, '16.6.1'], ['path', KZ, '16.6.1', '4.1.1'], ['portfolio', KZ, '--k', '2'], ['diff', KZ, KZ],
  ])('%s: a line in text, a field in --json', async (...args) => {
    const text = await cli(...args);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(NOTICE);
    const json = JSON.parse((await cli(...args, '--json')).stdout) as unknown;
    const rows = Array.isArray(json) ? json : [json];
    for (const r of rows) expect((r as { notice?: string }).notice).toMatch(NOTICE);
  });

  it('and none for links stated in the source', async () => {
    const r = await cli('rank', REAL, '--top', '3', '--json');
    expect(r.stdout).not.toMatch(/ILLUSTRATIVE/);
    expect((await cli('rank', REAL, '--top', '3')).stdout).not.toMatch(/ILLUSTRATIVE/);
  });
});

describe('file names say the level, in ASCII', () => {
  it('goal-level exports are named so', () => {
    const d = new Date(2025, 0, 9);
    expect(exportFileName('kz-vnr2025-goal-links', null, 'csv', d, 'goal')).toBe('kz-vnr2025-goal-links_goal-level_all_2025-01-09.csv');
    expect(exportFileName('kz', ['4.1.1'], 'png', d, 'indicator')).toBe('kz_4.1.1_2025-01-09.png');
    expect(exportFileName('Сессия №1', null, 'pdf', d)).toMatch(/^[\x20-\x7e]+$/);
  });
});
