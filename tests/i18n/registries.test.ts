/** Every registered layout and right-panel view has its label in English, Russian and Kazakh. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LAYOUT_DESCRIPTORS } from '../../src/core/layout/registry.ts';
import { VIEWS } from '../../src/ui/views/index.ts';

const DIR = resolve(import.meta.dirname, '../../src/ui/locales');
const LANGS = ['en', 'ru', 'kk'] as const;
const locales = new Map(LANGS.map((l) => [l, JSON.parse(readFileSync(resolve(DIR, `${l}.json`), 'utf8')) as unknown]));

/** The string at a dotted key, or undefined. */
function lookup(tree: unknown, key: string): unknown {
  let node = tree;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

const entries = [
  ...LAYOUT_DESCRIPTORS.map((d) => ({ registry: 'layout', id: d.id, labelKey: d.labelKey })),
  ...VIEWS.map((v) => ({ registry: 'view', id: v.id, labelKey: v.labelKey })),
];

describe('registry labels', () => {
  it('has entries in every registry', () => {
    expect(LAYOUT_DESCRIPTORS.length).toBeGreaterThan(0);
    expect(VIEWS.length).toBeGreaterThan(0);
  });

  for (const lang of LANGS) {
    it(`names every layout and view in ${lang}`, () => {
      const missing = entries.filter((e) => {
        const v = lookup(locales.get(lang), e.labelKey);
        return typeof v !== 'string' || v.trim() === '';
      });
      expect(missing.map((e) => `${e.registry} ${e.id}: ${e.labelKey}`)).toEqual([]);
    });
  }

  it('gives each entry a unique id within its registry', () => {
    expect(new Set(LAYOUT_DESCRIPTORS.map((d) => d.id)).size).toBe(LAYOUT_DESCRIPTORS.length);
    expect(new Set(VIEWS.map((v) => v.id)).size).toBe(VIEWS.length);
  });
});
