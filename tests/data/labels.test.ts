/**
 * Data labels come in every language from the data's own translations: units (kazstat UNIT_MEASURE),
 * indicator categories (kazstat customisation) and dataset names and descriptions — and a raw token
 * ("minor-alterations") is never what a user reads, in English either.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadDatasetList } from '../helpers/bundled.ts';
import { categoryLabel, datasetDescription, datasetName, realDataNoteOf, unitLabelOf } from '../../src/core/model/labels.ts';
import { LANGS, type Customisation } from '../../src/core/model/types.ts';

const catalogue = loadCatalogue();
const datasets = loadDatasetList();
const CYRILLIC = /[а-яёәғқңөұүһі]/i;
const TOKENS: Customisation[] = ['global', 'minor-alterations', 'alternative-national', 'additional-national', 'unknown'];

describe('translated data labels', () => {
  it('names every category of every indicator in en, ru and kk, never by its token', () => {
    for (const token of new Set(catalogue.indicators.map((i) => i.customisation))) {
      for (const lang of LANGS) {
        const label = categoryLabel(catalogue, token, lang);
        expect(label, `${token} ${lang}`).toBeTruthy();
        expect(TOKENS).not.toContain(label);
        expect(CYRILLIC.test(label!), `${token} ${lang}: ${label}`).toBe(lang !== 'en');
      }
    }
    expect(categoryLabel(catalogue, 'minor-alterations', 'ru')).toBe('Глобальный с небольшими изменениями');
    expect(categoryLabel(catalogue, 'global', 'kk')).toBe('Жаһандық өзгеріссіз');
  });

  it('gives each unit in the language kazstat translates it to ("Percent" → «процент» / «пайыз»)', () => {
    const withUnit = catalogue.indicators.filter((i) => i.series?.unit);
    expect(withUnit.length).toBeGreaterThan(100);
    for (const i of withUnit) {
      expect(CYRILLIC.test(unitLabelOf(i.series!, 'en')), `${i.code} en`).toBe(false);
      for (const lang of ['ru', 'kk'] as const) expect(unitLabelOf(i.series!, lang), `${i.code} ${lang}`).toMatch(CYRILLIC);
    }
    const percent = withUnit.find((i) => i.series!.unit === 'PT')!.series!;
    expect([unitLabelOf(percent, 'en'), unitLabelOf(percent, 'ru'), unitLabelOf(percent, 'kk')]).toEqual(['Percent', 'процент', 'пайыз']);
  });

  it('names and describes every bundled dataset in each language', () => {
    for (const d of datasets) {
      expect(datasetName(d, 'en')).toBe(d.name);
      for (const lang of ['ru', 'kk'] as const) {
        expect(datasetName(d, lang), `${d.id} ${lang}`).toMatch(CYRILLIC);
        expect(datasetName(d, lang)).not.toBe(d.name);
        expect(datasetDescription(d, lang), `${d.id} ${lang}`).toMatch(CYRILLIC);
        if (d.realDataNote) expect(realDataNoteOf(d, lang), `${d.id} ${lang}`).toMatch(CYRILLIC);
      }
      // Generated links say so in every language.
      if (d.illustrative) {
        expect(datasetName(d, 'ru')).toMatch(/ИЛЛЮСТРАТИВНЫЕ/);
        expect(datasetName(d, 'kk')).toMatch(/ИЛЛЮСТРАТИВТІ/);
      }
    }
  });
});
