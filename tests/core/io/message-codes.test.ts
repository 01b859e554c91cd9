/**
 * Every message code io can return, and every registered file format, has its text in all three
 * languages — and io sources use no code outside IO_MESSAGE_CODES (a new message must be listed, so
 * it cannot be shown as a raw key).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IO_MESSAGE_CODES } from '../../../src/core/io/messages.ts';
import { STATE_MESSAGE_CODES } from '../../../src/state/messages.ts';
import { FORMATS, NETWORK_FORMATS } from '../../../src/core/io/formats/index.ts';
import { EXPORTS } from '../../../src/core/io/export/kinds/index.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const locale = (l: string) => JSON.parse(readFileSync(resolve(ROOT, `src/ui/locales/${l}.json`), 'utf8')) as Record<string, unknown>;
const get = (tree: Record<string, unknown>, key: string): unknown => key.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined), tree);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(resolve(dir, e.name)) : e.name.endsWith('.ts') ? [resolve(dir, e.name)] : []));
}

describe('io message codes', () => {
  for (const lang of ['en', 'ru', 'kk']) {
    const tree = locale(lang);
    it(`${lang} has a non-empty text for every io message code`, () => {
      expect([...IO_MESSAGE_CODES, ...STATE_MESSAGE_CODES].filter((c) => typeof get(tree, `messages.${c}`) !== 'string' || !get(tree, `messages.${c}`))).toEqual([]);
    });
    it(`${lang} names every registered format, what it produces and every export kind`, () => {
      const keys = [...FORMATS.map((f) => f.labelKey), ...NETWORK_FORMATS.map((f) => `io.format.${f}`), ...EXPORTS.map((e) => e.labelKey)];
      expect(keys.filter((k) => typeof get(tree, k) !== 'string')).toEqual([]);
    });
  }

  it('io and state sources only use listed codes', () => {
    const listed = new Set<string>([...IO_MESSAGE_CODES, ...STATE_MESSAGE_CODES]);
    const used = new Set<string>();
    for (const file of [...sources(resolve(ROOT, 'src/core/io')), ...sources(resolve(ROOT, 'src/state'))]) {
      const text = readFileSync(file, 'utf8');
      // readFailure(file, row, column, 'code' …), readProblem(…), message('code' …), { code: 'code' }
      for (const m of text.matchAll(/(?:readFailure|readProblem)\([^'`)]*?'([a-zA-Z0-9]+)'|(?:message|stateMessage)\('([a-zA-Z0-9]+)'|code: '([a-zA-Z0-9]+)'/g)) used.add(m[1] ?? m[2] ?? m[3]);
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((c) => !listed.has(c))).toEqual([]);
  });
});
