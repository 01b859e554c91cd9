/**
 * Messages as data, in every language: each message code core, io and the store can report has a
 * text in en, ru and kk with the same set of placeholders, and the messages the bad fixtures really
 * produce (read by the real readers) render in Russian and Kazakh with no English words left.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IO_MESSAGE_CODES } from '../../src/core/io/messages.ts';
import { STATE_MESSAGE_CODES } from '../../src/state/messages.ts';
import { readGraphFileFromPath } from '../../src/core/io/node-read-graph-file.ts';
import { tFor } from '../../src/ui/i18n.ts';
import { formatAny } from '../../src/ui/messages.ts';
import { englishWords } from './english-words.ts';

const DIR = resolve(import.meta.dirname, '../../src/ui/locales');
const LANGS = ['en', 'ru', 'kk'] as const;
const messagesOf = (l: string) => (JSON.parse(readFileSync(resolve(DIR, `${l}.json`), 'utf8')) as { messages: Record<string, string> }).messages;
const MESSAGES = new Map(LANGS.map((l) => [l, messagesOf(l)]));
const CODES = [...IO_MESSAGE_CODES, ...STATE_MESSAGE_CODES];

/** A code's text, or its plural forms joined (their placeholders must agree too). */
const textsOf = (lang: string, code: string): string[] => {
  const m = MESSAGES.get(lang as (typeof LANGS)[number])!;
  return Object.keys(m).filter((k) => k === code || k.startsWith(`${code}_`)).map((k) => m[k]);
};
const placeholderSet = (s: string) => [...new Set([...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort();

describe('message codes in every language', () => {
  for (const lang of LANGS) {
    it(`${lang} has a text for every code`, () => {
      expect(CODES.filter((c) => textsOf(lang, c).every((s) => !s?.trim()) || textsOf(lang, c).length === 0)).toEqual([]);
    });
  }
  for (const lang of ['ru', 'kk'] as const) {
    it(`${lang} uses exactly the placeholders English uses, code by code`, () => {
      const differ = CODES.filter((c) => {
        const en = placeholderSet(textsOf('en', c).join(' '));
        return textsOf(lang, c).some((s) => placeholderSet(s).join() !== en.join());
      });
      expect(differ).toEqual([]);
    });
  }
});

/** Every bad or odd fixture, and what it must produce: an error or at least one warning. */
const FIXTURES = [
  'broken-cell.xlsx', 'broken-dataset.json', 'broken-empty-file.csv', 'broken-empty.csv', 'broken-matrix-headers.csv',
  'broken-matrix.csv', 'broken-no-matrix.xlsx', 'broken-score.csv', 'broken-xml.graphml', 'edges-cp1251.csv',
  'matrix-messy.xlsx', 'matrix-titled.csv', 'warn-self-dup.csv', 'graph-undirected.graphml', 'session-damaged.json',
];

describe('what the fixtures report, in Russian and Kazakh', () => {
  for (const file of FIXTURES) {
    it(file, async () => {
      const r = await readGraphFileFromPath(resolve(import.meta.dirname, '../fixtures', file));
      const reported = r.ok ? [...r.warnings, ...(r.network.details?.orientation ? [r.network.details.orientation] : [])] : [r.error];
      expect(reported.length, `${file} reports nothing`).toBeGreaterThan(0);
      for (const lang of ['ru', 'kk'] as const) {
        const t = tFor(lang);
        for (const m of reported) {
          // Parameters are the file's own words (names, cells) or a parser's technical reason, not ours.
          const own = [resolve(import.meta.dirname, '../fixtures', file), 'sheet' in m ? String(m.sheet) : '', ...[m, m.cause].flatMap((x) => Object.values(x?.params ?? {})).map(String)];
          const text = own.filter(Boolean).reduce((s, p) => s.replaceAll(p, ''), formatAny(t, m)).replace(/"[^"]*"/g, '');
          expect(text, `${lang} ${m.code}`).toMatch(/[а-яёәғқңөұүһі]/i);
          expect(englishWords(text), `${lang} ${m.code}: ${text}`).toEqual([]);
        }
      }
    });
  }
});
