/**
 * Counts agree with their nouns in Russian and Kazakh: a key with plural forms has every form the
 * language's plural rules (Intl.PluralRules, as i18next uses them) can pick, and no Russian text puts
 * a bare count before a noun outside a plural form ("1 кратчайших путей", "2 связ.").
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tFor } from '../../src/ui/i18n.ts';

const DIR = resolve(import.meta.dirname, '../../src/ui/locales');
function flatten(o: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v && typeof v === 'object') Object.assign(out, flatten(v as Record<string, unknown>, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = String(v);
  }
  return out;
}
const load = (l: string) => flatten(JSON.parse(readFileSync(resolve(DIR, `${l}.json`), 'utf8')) as Record<string, unknown>);
const PLURAL = /_(zero|one|two|few|many|other)$/;
const INTL = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' } as const;

describe('plural forms', () => {
  const en = load('en');
  const bases = [...new Set(Object.keys(en).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')))];
  it('English has counted keys', () => expect(bases.length).toBeGreaterThan(5));
  for (const lang of ['en', 'ru', 'kk'] as const) {
    it(`${lang} has every form its plural rules use, for every counted key`, () => {
      const texts = load(lang);
      const forms = new Intl.PluralRules(INTL[lang]).resolvedOptions().pluralCategories;
      const missing = bases.flatMap((b) => forms.filter((f) => !(`${b}_${f}` in texts)).map((f) => `${b}_${f}`));
      expect(missing).toEqual([]);
    });
  }
  it('Russian puts no bare count before a noun outside a plural form', () => {
    const ru = load('ru');
    const bare = Object.entries(ru).filter(([k, v]) => !PLURAL.test(k) && /(?<!(из|до) )\{\{\s*(count|n|distance|k|max)\s*\}\}\s+(?!(из|до|и) )[а-яё]/i.test(v));
    expect(bare.map(([k]) => k)).toEqual([]);
  });
  it('picks the agreeing form for 1, 3 and 5 in Russian', () => {
    const t = tFor('ru');
    const found = (n: number, d: number) => `${n} ${t('paths.found', { count: n, distance: t('paths.links', { count: d }), truncated: '' })}`;
    expect(found(1, 1)).toBe('1 кратчайший путь длиной в 1 связь.');
    expect(found(3, 2)).toBe('3 кратчайших пути длиной в 2 связи.');
    expect(found(5, 5)).toBe('5 кратчайших путей длиной в 5 связей.');
    expect(t('top.goals', { count: 21 })).toBe('цель');
    expect(t('top.goals', { count: 17 })).toBe('целей');
  });
});
