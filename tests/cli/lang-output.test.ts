/**
 * `--lang ru|kk` reaches every table header, row name, class value and sentence of the CLI's text
 * output, not only its messages; `--json` stays English keys and raw values. Each command runs through
 * run() (what bin/sdg-graph.mjs calls) on the bundled data and the fixtures.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { ILLUSTRATIVE_NOTICE } from '../../src/cli/mark.ts';
import { COMOVE_NOTICE } from '../../src/cli/commands/evidence-context.ts';
import { englishWords } from '../i18n/english-words.ts';

const KZ = 'data/kz-illustrative-indicator-links.json';
const HAND = 'tests/fixtures/system-4.csv';
const EDGES = 'tests/fixtures/edges.csv';
const en = JSON.parse(readFileSync(fileURLToPath(new URL('../../src/ui/locales/en.json', import.meta.url)), 'utf8'));

async function cli(...args: string[]) {
  const out: string[] = [], err: string[] = [];
  const code = await run(args, (s) => out.push(s), (s) => err.push(s));
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Text output of each command; a file name is the user's and an option name is typed as it is, so both are cut out. */
const COMMANDS: string[][] = [
  ['info', KZ], ['info', 'tests/fixtures/matrix.csv'], ['rank', KZ, '--top', '5'], ['rank', HAND, '--by', 'total'],
  ['ego', EDGES, '4.1.1'], ['path', EDGES, '16.6.1', '1.2.1'], ['path', EDGES, '1.2.1', '16.6.1'], ['portfolio', KZ, '--k', '3'],
  ['diff', EDGES, 'tests/fixtures/edges-v2.csv'], ['loops', HAND], ['loops', KZ, '--max-length', '3', '--limit', '5'], ['micmac', HAND],
  ['propagate', HAND, '1.1.1'], ['robustness', KZ, '--runs', '10', '--top', '3'], ['comove', '--threshold', '0.95'], ['evidence', 'tests/fixtures/matrix.csv'],
];
const withoutFiles = (text: string) => text.replaceAll(/\S+\.(?:json|csv)\b|--[a-z][a-z-]*/g, '');
// MICMAC is the method's name in every language; R and B (loops) are shorter than englishWords looks at.
const leaks = (text: string) => englishWords(withoutFiles(text)).filter((w) => w !== 'MICMAC');

/**
 * What of `--help` is prose, to be in the language: without the format list, command names, pipe lists of
 * values, upper-case placeholders (FILE, CODE, METRIC, MICMAC), the typed defaults out and both, and the
 * CSV column names.
 */
const helpProse = (text: string) => withoutFiles(text.replaceAll(/^ {2}\S.*\(\.[a-z].*$/gm, ''))
  .replaceAll(/^ {2}[a-z]+ /gm, '').replaceAll(/\w+(?:\|\w+)+/g, '')
  .replaceAll(/\b[A-Z][A-Z0-9]*\b|\b(?:out|both)\b|source,target\[,score\]\[,note\]/g, '');
/** Every English description and heading of the usage text, as the English locale has them (placeholders cut out). */
const ENGLISH_HELP: string[] = Object.values(en.cli.help as Record<string, string>)
  .flatMap((v) => v.split(/\{\{\w+\}\}/)).map((piece) => piece.trim()).filter((piece) => piece.length >= 8);

describe('sdg-graph --lang: tables and sentences', { timeout: 120_000 }, () => {
  for (const lang of ['ru', 'kk']) {
    it.each(COMMANDS.map((c) => [c.join(' '), c]))(`${lang}: %s has no English words`, async (_name, args) => {
      const r = await cli(...(args as string[]), '--lang', lang);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
      expect(leaks(r.stdout), r.stdout).toEqual([]);
    });
  }

  it('ru rank: Russian headers and class names, none of the English ones', async () => {
    const r = await cli('rank', KZ, '--top', '3', '--lang', 'ru');
    const [notice, header, first] = r.stdout.split('\n');
    expect(notice).toMatch(/^ВНИМАНИЕ: ИЛЛЮСТРАТИВНЫЕ связи/);
    expect(header.split(/\s{2,}/)).toEqual(['Место', 'Код', 'Влияние', 'Обратное', 'Класс', 'Название']);
    expect(first).toMatch(/^1\s+16\.6\.1\s+64\s+0\s+Ускоритель\s+Расходы республиканского бюджета/);
    expect(r.stdout).not.toMatch(/accelerator|integrated|dependent|\brank\b|\btitle\b|\bclass\b|\bcode\b/i);
  });

  it('kk rank and info: Kazakh headers, class names and row names', async () => {
    const rank = await cli('rank', KZ, '--top', '3', '--lang', 'kk');
    expect(rank.stdout.split('\n')[1].split(/\s{2,}/)).toEqual(['Орын', 'Код', 'Ықпал', 'Кері', 'Түрі', 'Атауы']);
    expect(rank.stdout).toMatch(/Үдеткіш/);
    const info = await cli('info', KZ, '--lang', 'kk');
    expect(info.stdout).toMatch(/^Түйіндер\s+277$/m);
    expect(info.stdout).toMatch(/^Байланыстар\s+1\s535$/m);
    expect(info.stdout).toMatch(/^Байланыстар сипаты\s+ИЛЛЮСТРАТИВТІ байланыстар/m);
  });

  it('ru numbers are grouped and have a decimal comma', async () => {
    expect((await cli('info', KZ, '--lang', 'ru')).stdout).toMatch(/^Связи\s+1\s535$/m);
    expect((await cli('propagate', HAND, '1.1.1', '--lang', 'ru')).stdout).toMatch(/α = 0,2626 \(ρ\(\|W\|\) = 1,904\)/);
  });

  it('every text output made from illustrative links carries the notice in the language', async () => {
    for (const lang of ['ru', 'kk']) {
      for (const args of [['info', KZ], ['rank', KZ, '--top', '2'], ['portfolio', KZ, '--k', '1'], ['loops', KZ, '--max-length', '2'], ['micmac', KZ], ['propagate', KZ, '16.6.1'], ['robustness', KZ, '--runs', '5']]) {
        const r = await cli(...args, '--lang', lang);
        expect(r.stdout, `${lang} ${args[0]}`).toMatch(lang === 'ru' ? /ИЛЛЮСТРАТИВНЫЕ связи/ : /ИЛЛЮСТРАТИВТІ байланыстар/);
      }
    }
    expect((await cli('comove', '--threshold', '0.95', '--lang', 'ru')).stdout).toMatch(/^ВНИМАНИЕ: совместная динамика в национальных данных — не причинность/);
  });

  it('--json is the same in every language but for the titles: English keys, raw class ids, the English notice', async () => {
    // Titles are the one thing --lang always chose in JSON too (the catalogue's title in that language).
    const parse = (s: string) => JSON.parse(s, (key, value) => (key === 'title' ? undefined : value));
    for (const args of [['rank', KZ, '--top', '5'], ['info', KZ], ['micmac', HAND], ['comove', '--threshold', '0.95'], ['evidence', 'tests/fixtures/matrix.csv'], ['diff', EDGES, 'tests/fixtures/edges-v2.csv']]) {
      const ru = await cli(...args, '--json', '--lang', 'ru');
      const english = await cli(...args, '--json');
      expect(parse(ru.stdout), args[0]).toEqual(parse(english.stdout));
    }
    const rows = JSON.parse((await cli('rank', KZ, '--top', '1', '--json', '--lang', 'kk')).stdout);
    expect(rows[0]).toMatchObject({ code: '16.6.1', class: 'accelerator', notice: ILLUSTRATIVE_NOTICE });
  });

  it('the English text notices are the JSON ones', () => {
    expect(en.cli.illustrativeNotice).toBe(ILLUSTRATIVE_NOTICE);
    expect(en.cli.comove.notice).toBe(`NOTE: ${COMOVE_NOTICE}`);
  });

  it('usage and input errors come in the language too', async () => {
    const top = await cli('rank', KZ, '--top', 'x', '--lang', 'ru');
    expect(top.code).toBe(2);
    expect(top.stderr).toMatch(/--top должен быть целым числом ≥ 1, получено «x»/);
    const node = await cli('ego', EDGES, '99.9.9', '--lang', 'kk');
    expect(node.code).toBe(1);
    expect(node.stderr).toMatch(/99\.9\.9 түйіні табылмады/);
    expect((await cli('frobnicate', '--lang', 'ru')).stderr).toMatch(/неизвестная команда «frobnicate»/);
  });

  it('an alpha the series cannot take is a usage error naming --alpha and the range, in the language', async () => {
    const ru = await cli('propagate', HAND, '1.1.1', '--alpha', '5', '--lang', 'ru');
    expect(ru.code).toBe(2);
    expect(ru.stderr).toMatch(/^sdg-graph: --alpha должен быть в интервале \(0; 0,5251\): при α ≥ 1\/ρ\(\|W\|\) эффекты не сходятся; получено «5»$/m);
    const kk = await cli('propagate', HAND, '1.1.1', '--alpha', 'x', '--lang', 'kk');
    expect(kk.code).toBe(2);
    expect(kk.stderr).toMatch(/^sdg-graph: --alpha \(0; 0,5251\) аралығында болуы керек: .*берілгені «x»$/m);
    for (const r of [ru, kk]) expect(r.stderr).not.toMatch(/must be|alpha must|converge/);
    // the bound shown is rounded down, so it is itself accepted
    expect((await cli('propagate', HAND, '1.1.1', '--alpha', '0.5251', '--lang', 'ru')).code).toBe(0);
  });

  it('--help --lang ru|kk: the usage text in the language, names, options and lists as typed, columns kept', async () => {
    const english = await cli('--help');
    expect(english.code).toBe(0);
    expect(english.stdout).toMatch(/^ {2}ego FILE CODE \[--depth N\] \[--direction out\|in\|both\]\n {36}nodes within N steps of CODE/m);
    expect(ENGLISH_HELP.length).toBeGreaterThan(15);
    for (const piece of ENGLISH_HELP) expect(english.stdout).toContain(piece);
    const expected = {
      ru: [/^Использование: sdg-graph <команда> FILE \[параметры\]$/m, /^Команды:$/m, /^ {2}info FILE {25}узлы, связи, направление/m,
        /^ {2}ego FILE CODE \[--depth N\] \[--direction out\|in\|both\]\n {36}узлы не дальше N шагов от CODE \(по умолчанию глубина 1, both\)$/m,
        /^ {2}propagate FILE CODE \[--alpha A\] {3}полный эффект CODE/m, /^Коды выхода: 0 — успешно/m],
      kk: [/^Қолданылуы: sdg-graph <команда> FILE \[параметрлер\]$/m, /^Командалар:$/m, /^ {2}info FILE {25}түйіндер, байланыстар, бағыт/m,
        /^ {2}ego FILE CODE \[--depth N\] \[--direction out\|in\|both\]\n {36}CODE түйінінен N қадамнан алыс емес түйіндер/m,
        /^ {2}rank FILE \[--by METRIC\] \[--top N\] түйіндер рейтингі \(METRIC: out\|in\|outStrength\|/m, /^Шығу кодтары: 0 — сәтті/m],
    };
    for (const [lang, patterns] of Object.entries(expected)) {
      const r = await cli('--help', '--lang', lang);
      expect(r.code).toBe(0);
      for (const p of patterns) expect(r.stdout).toMatch(p);
      for (const piece of ENGLISH_HELP) expect(r.stdout, `${lang}: ${piece}`).not.toContain(piece);
      expect(r.stdout).not.toContain('nodes within N steps');
      expect(leaks(helpProse(r.stdout)), r.stdout).toEqual([]);
      // the same lines as in English: every synopsis and the format list stay, every description starts at column 36
      const lines = r.stdout.split('\n');
      expect(lines.length).toBe(english.stdout.split('\n').length);
      for (const [j, line] of english.stdout.split('\n').entries()) {
        if (line.startsWith(' '.repeat(36))) expect(lines[j], line).toMatch(/^ {36}\S/);
        else if (/^ {2}\S.* {2}\S/.test(line)) expect(lines[j].slice(0, 36), line).toBe(line.slice(0, 36));
      }
    }
  });

  it('a usage error prints the usage in the language, with exit code 2', async () => {
    const ru = await cli('rank', '--lang', 'ru');
    expect(ru.code).toBe(2);
    expect(ru.stderr).toMatch(/^sdg-graph: rank: нужно аргументов: 1\n\nИспользование: sdg-graph/);
    expect(ru.stderr).toMatch(/^ {36}узлы не дальше N шагов от CODE/m);
    const kk = await cli('ego', EDGES, '--lang', 'kk');
    expect(kk.code).toBe(2);
    expect(kk.stderr).toMatch(/^Қолданылуы: sdg-graph/m);
    for (const r of [ru, kk]) for (const piece of ENGLISH_HELP) expect(r.stderr).not.toContain(piece);
  });

  it('a command line parseArgs refuses is told in the language of --lang, read from argv, with the usage and exit code 2', async () => {
    const NODE_WORDS = /Unknown option|argument missing|does not take an argument|argument is ambiguous|positional/;
    const cases: [string[], RegExp, RegExp][] = [
      [['rank', KZ, '--foo', '--lang', 'ru'], /^sdg-graph: неизвестный параметр «--foo» \(аргумент, который начинается с «-», ставится в конце, после --, например: -- "--foo"\)$/m, /^Использование: /m],
      [['--lang=kk', 'rank', KZ, '-x'], /^sdg-graph: белгісіз параметр «-x» /m, /^Қолданылуы: /m],
      [['ego', EDGES, '4.1.1', '--lang', 'ru', '--depth'], /^sdg-graph: для --depth нужно значение \(значение, которое начинается с «-», записывается так: --depth=-…\)$/m, /^Использование: /m],
      [['propagate', HAND, '1.1.1', '--lang', 'kk', '--alpha', '-0.5'], /^sdg-graph: --alpha үшін мән қажет /m, /^Қолданылуы: /m],
      [['info', KZ, '--json=yes', '--lang', 'ru'], /^sdg-graph: --json не принимает значения$/m, /^Использование: /m],
      [['--help=1', '--lang', 'kk'], /^sdg-graph: --help мән қабылдамайды$/m, /^Қолданылуы: /m],
    ];
    for (const [args, message, heading] of cases) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr).toMatch(heading);
      expect(r.stderr).not.toMatch(NODE_WORDS);
      for (const piece of ENGLISH_HELP) expect(r.stderr, `${args.join(' ')}: ${piece}`).not.toContain(piece);
    }
    // without a language it has, the same message in English
    for (const lang of [[], ['--lang', 'de']]) {
      const r = await cli('rank', KZ, '--foo', ...lang);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^sdg-graph: unknown option "--foo" \(an argument that starts with "-" goes at the end, after --, as in: -- "--foo"\)\n\nUsage: sdg-graph/);
    }
  });
});
