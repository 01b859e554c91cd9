/** Every registered metric has its label (and short label, where it declares one) in en, ru and kk. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { METRIC_DESCRIPTORS } from '../../src/core/metrics/registry.ts';

const DIR = resolve(import.meta.dirname, '../../src/ui/locales');
const load = (l: string) => JSON.parse(readFileSync(resolve(DIR, `${l}.json`), 'utf8')) as Record<string, unknown>;

function lookup(tree: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}

describe('metric registry locale keys', () => {
  for (const lang of ['en', 'ru', 'kk']) {
    it(`${lang} labels every registered metric`, () => {
      const tree = load(lang);
      const keys = METRIC_DESCRIPTORS.flatMap((d) => [d.labelKey, ...(d.shortLabelKey ? [d.shortLabelKey] : [])]);
      const missing = keys.filter((k) => { const v = lookup(tree, k); return typeof v !== 'string' || v.trim() === ''; });
      expect(missing).toEqual([]);
    });
  }
});
