/** Every interface string exists in English, Russian and Kazakh: same keys, no empty values, same placeholders. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const DIR = resolve(import.meta.dirname, '../../src/ui/locales');
const load = (l: string) => JSON.parse(readFileSync(resolve(DIR, `${l}.json`), 'utf8')) as Record<string, unknown>;

function flatten(o: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v as Record<string, unknown>, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = v;
  }
  return out;
}

/**
 * Plural forms (i18next `key_one`, `key_few`, …) differ by language: Russian needs few and many,
 * English and Kazakh do not. They are compared by their base key, and each language needs `_other`.
 */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (k: string) => k.replace(PLURAL, '');
const baseKeys = (o: Record<string, unknown>) => [...new Set(Object.keys(o).map(base))].sort();
const pluralBases = (o: Record<string, unknown>) => [...new Set(Object.keys(o).filter((k) => PLURAL.test(k)).map(base))];

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  const en = flatten(load('en'));
  it('are exactly en, ru and kk', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()).toEqual(['en.json', 'kk.json', 'ru.json']);
  });
  for (const lang of ['ru', 'kk']) {
    const other = flatten(load(lang));
    it(`${lang} has every English key and no extra key`, () => {
      const enBases = new Set(baseKeys(en));
      const otherBases = new Set(baseKeys(other));
      expect([...otherBases].filter((k) => !enBases.has(k))).toEqual([]);
      expect([...enBases].filter((k) => !otherBases.has(k))).toEqual([]);
      for (const b of pluralBases(en)) expect(`${b}_other` in other, `${lang}:${b}_other`).toBe(true);
    });
    it(`${lang} has no empty value and keeps every placeholder`, () => {
      for (const [k, v] of Object.entries(other)) {
        expect(typeof v === 'string' && v.trim().length > 0, `${lang}:${k} is empty`).toBe(true);
        const enValue = (en[k] ?? en[`${base(k)}_other`]) as string;
        expect(placeholders(v as string), `${lang}:${k} placeholders`).toEqual(placeholders(enValue));
      }
    });
  }
  it('English has no empty value', () => {
    for (const [k, v] of Object.entries(en)) expect(typeof v === 'string' && v.trim().length > 0, `en:${k}`).toBe(true);
  });
});

describe('no hard-coded interface text in components', () => {
  it('uses t() for the strings that were hard-coded before translation', () => {
    const src = (f: string) => readFileSync(resolve(import.meta.dirname, '../../src/ui', f), 'utf8');
    // Spot checks across components; each string now lives in the locale files.
    expect(src('TopBar.tsx')).not.toMatch(/>Present<|coming soon/);
    expect(src('DetailsPanel.tsx')).not.toMatch(/Titles in other languages|Computing metrics/);
    expect(src('ViewControls.tsx')).not.toMatch(/Grouped by goal|What it influences/);
    expect(src('Legend.tsx')).not.toMatch(/arrows on highlighted links/);
    // Import, export and session dialogs.
    expect(src('io/ImportButton.tsx')).not.toMatch(/could not be imported|Unknown codes|Nothing was changed|>Cancel<|>Load<|CSV adjacency matrix/);
    expect(src('io/ExportMenu.tsx')).not.toMatch(/Preparing|Only the selection|failed:|Exports will be marked/);
    expect(src('io/SessionMenu.tsx')).not.toMatch(/Session saved|restored\./);
    expect(src('../state/io/exports.ts')).not.toMatch(/'SVG image'|Excel workbook|re-importable/);
  });
});
