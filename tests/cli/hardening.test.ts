/**
 * Issue 16 through the real CLI: an empty network gives a message and exit 1 for every command, a big
 * file within the limits gets its score range, prototype-named codes rank, and no stack trace ever
 * reaches the user.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sdg-cli-'));
const file = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/sdg-graph.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const STACK = /^\s+at .+[:(]/m;

describe('sdg-graph on hostile and unlucky input (real process)', { timeout: 120_000 }, () => {
  const empty = file('empty.csv', 'source,target,score\n');
  it.each([['info'], ['rank'], ['ego', '1.1.1'], ['path', '1.1.1', '1.2.1'], ['portfolio', '--k', '2'], ['diff', empty]])('%s on a header-only file: a message and exit 1', (command, ...rest) => {
    const r = cli(command, empty, ...rest);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the file names no nodes (only a header?): nothing to analyse');
    expect(r.stderr).not.toMatch(STACK);
  });

  it('info on 150,000 links gives the score range (Math.min(...scores) overflowed the stack)', () => {
    const lines = ['source,target,score'];
    for (let i = 0; i < 150_000; i++) lines.push(`${1 + (i % 400)},${1 + ((i * 7) % 397)}.1,${(i % 7) - 3 || 1}`);
    const r = cli('info', file('big.csv', lines.join('\n')), '--json');
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ scoreMin: -3, scoreMax: 3 });
  });

  it('prototype-named codes, with a title for __proto__, rank like any others', () => {
    const p = file('proto.csv', 'source,target,score,sourceTitle\n__proto__,constructor,1,Polluter\nconstructor,valueOf,2,\nvalueOf,toString,1,\nhasOwnProperty,toString,1,\n');
    const r = cli('rank', p, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { code: string; out: number; title: string }[];
    expect(rows.map((x) => x.code.replace(/\u200B$/, '')).sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf']);
    expect(rows.find((x) => x.title === 'Polluter')).toBeTruthy();
    const path = cli('path', p, '__proto__', 'toString', '--lang', 'en');
    expect(path.code).toBe(0);
    expect(path.stdout).toMatch(/: 3 steps; shortest chains: 1/);
  });

  it('a score of 1e309 is refused with its row and column', () => {
    const r = cli('info', file('inf.csv', 'source,target,score\n1.1.1,1.2.1,1e309\n'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/row 2, column 3: score "1e309" is too large to be a number/);
  });
});

describe('warnings are capped in the CLI too', { timeout: 120_000 }, () => {
  it('info --json of 100,000 duplicate rows stays small, with the count of the rest', () => {
    const r = cli('info', '--json', file('dup.csv', `source,target,score\n${'1.1.1,1.2.1,1\n'.repeat(100_000)}`));
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeLessThan(20_000);
    expect(r.stdout).toMatch(/… and 99,989 more like this: .*row 13: duplicate link/);
  });
});

describe('run(): the top-level catch', () => {
  it('an unexpected failure becomes one English line and exit 1, not a stack trace', async () => {
    const { run } = await import('../../src/cli/main.ts');
    const errors: string[] = [];
    const code = await run(['info', 'tests/fixtures/edges.csv'], () => { throw new RangeError('Maximum call stack size exceeded'); }, (s) => errors.push(s));
    expect(code).toBe(1);
    expect(errors).toEqual(['sdg-graph: internal error, the command stopped: Maximum call stack size exceeded']);
  });
});
