import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCatalogue, ROOT } from '../helpers/bundled.ts';
import type { IndicatorMetadata } from '../../src/core/model/types.ts';

const catalogue = loadCatalogue();
const byCode = new Map(catalogue.indicators.map((i) => [i.code, i]));
// Title sources, global titles and custodians live beside the catalogue (not fetched by the page).
const metadataFile = JSON.parse(readFileSync(resolve(ROOT, 'data/indicator-metadata.json'), 'utf8')) as { source: string; indicators: IndicatorMetadata[] };
const metaOf = new Map(metadataFile.indicators.map((m) => [m.code, m]));

describe('indicator catalogue (real, from kazstat)', () => {
  it('has one indicator per meta/ file, national sub-indicators included', () => {
    const metaCount = readdirSync(resolve(ROOT, 'data/sources/kazstat/meta')).filter((f) => f.endsWith('.yml')).length;
    expect(catalogue.indicators).toHaveLength(metaCount);
    expect(metaCount).toBeGreaterThan(250);
    const sub = byCode.get('10.5.1.1')!;
    expect(sub).toMatchObject({ goal: '10', target: '10.5', parent: '10.5.1' });
  });

  it('has dotted codes, titles in three languages and says where each title came from', () => {
    for (const ind of catalogue.indicators) {
      expect(ind.code).toMatch(/^\d{1,2}\.[0-9a-z]{1,2}\.\d+(\.\d+)?$/);
      for (const lang of ['en', 'ru', 'kk'] as const) {
        expect(ind.title[lang], `${ind.code} ${lang}`).not.toBe('');
        expect(['national', 'global', 'other-language']).toContain(metaOf.get(ind.code)!.titleSource[lang]);
      }
    }
    const budget = byCode.get('16.6.1')!;
    expect(metaOf.get('16.6.1')!.titleSource.en).toBe('national');
    expect(budget.title.en).toMatch(/republican budget/i);
    expect(metaOf.get('16.6.1')!.globalTitle?.en).toMatch(/Primary government expenditures/);
    expect(metaOf.get('3.8.1')!.titleSource.en).toBe('global');
  });

  it('carries customisation, custodian, tier and a national-total series with trend', () => {
    const agri = byCode.get('2.3.1')!;
    expect(agri.customisation).toBe('alternative-national');
    expect(metaOf.get('2.3.1')!.custodian).toMatch(/FAO/);
    expect(agri.tier).toBe('3');
    expect(agri.series!.points[0]).toEqual([2010, 428.8]);
    expect(agri.series!.latest!.year).toBe(agri.series!.points.at(-1)![0]);
    expect(['up', 'down', 'flat']).toContain(agri.series!.trend);
    const categories = new Set(catalogue.indicators.map((i) => i.customisation));
    for (const c of ['global', 'minor-alterations', 'alternative-national', 'additional-national']) expect(categories).toContain(c);
  });

  it('keeps what the app does not show (title sources, global titles, custodians) out of the catalogue the page fetches', () => {
    expect(metadataFile.indicators.map((m) => m.code)).toEqual(catalogue.indicators.map((i) => i.code));
    expect(metadataFile.source).toBe(catalogue.source);
    for (const ind of catalogue.indicators) {
      expect(Object.keys(ind).sort()).toEqual(['code', 'customisation', 'goal', 'parent', 'series', 'target', 'tier', 'title']);
    }
  });

  it('has 17 goals with official colours and the four thematic blocks, goal 8 in two', () => {
    expect(catalogue.goals).toHaveLength(17);
    expect(catalogue.goals[0]).toMatchObject({ code: '1', color: '#E5243B' });
    expect(catalogue.goals[16].color).toBe('#19486A');
    expect(catalogue.goals.every((g) => g.short.ru && g.short.kk && g.title.en)).toBe(true);
    expect(catalogue.blocks.map((b) => b.id)).toEqual(['social', 'economic', 'environmental', 'institutional']);
    expect(catalogue.goals.find((g) => g.code === '8')!.blocks).toEqual(['social', 'economic']);
    const covered = new Set(catalogue.blocks.flatMap((b) => b.goals));
    expect(covered.size).toBe(17);
  });

  it('lists every UN target with its title', () => {
    expect(catalogue.targets.length).toBeGreaterThanOrEqual(169);
    expect(catalogue.targets.find((t) => t.code === '16.6')!.title.en).toMatch(/institutions/);
    for (const ind of catalogue.indicators) expect(catalogue.targets.some((t) => t.code === ind.target), ind.code).toBe(true);
  });
});
