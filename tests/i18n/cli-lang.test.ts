/** `sdg-graph --lang ru|kk` (real process): a located error and the illustrative notice in that language. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/sdg-graph.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('sdg-graph --lang', { timeout: 60_000 }, () => {
  it('prints a located read error in Russian: file, row, column and the reason', () => {
    const r = cli('info', 'tests/fixtures/broken-score.csv', '--lang', 'ru');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken-score\.csv, строка 3, столбец 3: оценка «high» — не число/);
    const x = cli('info', 'tests/fixtures/broken-cell.xlsx', '--lang', 'ru');
    expect(x.stderr).toMatch(/broken-cell\.xlsx, лист «Matrix», строка 3, столбец 2: ячейка «strong» — не число/);
  });
  it('prints it in Kazakh, and English stays the default', () => {
    expect(cli('info', 'tests/fixtures/broken-score.csv', '--lang', 'kk').stderr).toMatch(/broken-score\.csv, 3-жол, 3-баған: /);
    expect(cli('info', 'tests/fixtures/broken-score.csv').stderr).toMatch(/broken-score\.csv, row 3, column 3: score "high" is not a number/);
  });
  it('says in the language that the bundled links are illustrative', () => {
    const r = cli('rank', 'data/kz-illustrative-indicator-links.json', '--top', '1', '--lang', 'ru');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/ИЛЛЮСТРАТИВНЫЕ связи/);
  });
  it('refuses a language it does not have', () => {
    expect(cli('info', 'tests/fixtures/edges.csv', '--lang', 'de').code).toBe(2);
  });
});
