/**
 * Reads the kazstat Open SDG snapshot (data/sources/kazstat) into a typed Catalogue and the indicators' other metadata.
 * Node only: it touches the file system. Everything is sorted so output is stable.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import Papa from 'papaparse';
import type {
  BlockId, Catalogue, Customisation, Goal, Indicator, IndicatorMetadata, Lang, Localized, Target, ThematicBlock, TimeSeries, Trend,
} from '../../src/core/model/types.ts';
import { LANGS } from '../../src/core/model/types.ts';
import { compareCodes, dashToDot } from '../../src/core/model/codes.ts';

/** Official UN SDG colours (UN Communications Materials, SDG guidelines). */
export const GOAL_COLORS: Record<number, string> = {
  1: '#E5243B', 2: '#DDA63A', 3: '#4C9F38', 4: '#C5192D', 5: '#FF3A21', 6: '#26BDE2',
  7: '#FCC30B', 8: '#A21942', 9: '#FD6925', 10: '#DD1367', 11: '#FD9D24', 12: '#BF8B2E',
  13: '#3F7E44', 14: '#0A97D9', 15: '#56C02B', 16: '#00689D', 17: '#19486A',
};

/** The Review's four thematic blocks (VNR 2025 §3.1); goal 8 sits in two. */
export const BLOCKS: ThematicBlock[] = [
  { id: 'social', name: { en: 'Social', ru: 'Социальный', kk: 'Әлеуметтік' }, goals: ['1', '2', '3', '4', '5', '8'] },
  { id: 'economic', name: { en: 'Economic', ru: 'Экономический', kk: 'Экономикалық' }, goals: ['7', '8', '9', '10', '11'] },
  { id: 'environmental', name: { en: 'Environmental', ru: 'Экологический', kk: 'Экологиялық' }, goals: ['6', '12', '13', '14', '15'] },
  { id: 'institutional', name: { en: 'Institutional', ru: 'Институциональный', kk: 'Институционалдық' }, goals: ['16', '17'] },
];

const CUSTOMISATION: Record<string, Customisation> = {
  'meta.customisation-1': 'global',
  'meta.customisation-2': 'minor-alterations',
  'meta.customisation-3': 'alternative-national',
  'meta.customisation-4': 'additional-national',
};

type Dict = Record<string, string>;

/**
 * Category labels from kazstat's own meta.yml translations ("customisation-2" = "Global with minor
 * alterations"); kazstat has no label for an indicator without a customisation, so that one is ours.
 */
function categoryLabels(metaT: Record<Lang, Dict>): Record<Customisation, Localized> {
  const out = { unknown: { en: 'Not stated', ru: 'Не указана', kk: 'Көрсетілмеген' } } as Record<Customisation, Localized>;
  for (const [key, token] of Object.entries(CUSTOMISATION)) {
    const label = localized(metaT, key.replace(/^meta\./, ''));
    if (!label) throw new Error(`kazstat translations/*/meta.yml has no ${key}`);
    // kazstat's Russian has a typo ("без именений"); the label is shown, so it is corrected here.
    out[token] = { ...label, ru: label.ru.replace('без именений', 'без изменений') };
  }
  return out;
}

function readYaml(path: string): Dict {
  const raw = parseYaml(readFileSync(path, 'utf8')) as Record<string, unknown> | null;
  const out: Dict = {};
  for (const [k, v] of Object.entries(raw ?? {})) if (v != null) out[k] = String(v).replace(/\s+/g, ' ').trim();
  return out;
}

function translations(root: string, file: string): Record<Lang, Dict> {
  const res = {} as Record<Lang, Dict>;
  for (const lang of LANGS) res[lang] = readYaml(join(root, 'translations', lang, file));
  return res;
}

function localized(dicts: Record<Lang, Dict>, key: string): Localized | null {
  const en = dicts.en[key];
  if (en === undefined && dicts.ru[key] === undefined && dicts.kk[key] === undefined) return null;
  return { en: en ?? '', ru: dicts.ru[key] ?? en ?? '', kk: dicts.kk[key] ?? en ?? '' };
}

export function blocksOfGoal(goal: string): BlockId[] {
  return BLOCKS.filter((b) => b.goals.includes(goal)).map((b) => b.id);
}

const DISAGGREGATION_IGNORED = new Set(['Year', 'Value', 'UNIT_MEASURE', 'Units', 'SERIES', 'GeoCode', '']);

/**
 * The national-total series of an indicator: rows with every disaggregation column blank, grouped by
 * (series, unit); the group with the most years wins (ties: first seen), so one line per indicator.
 */
export function readSeries(csvText: string, unitLabels: Record<Lang, Dict>): TimeSeries | null {
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), {
    header: true, skipEmptyLines: true, transformHeader: (h, i) => h.trim() || `_unnamed${i}`,
  });
  const groups = new Map<string, { unit: string | null; series: string | null; points: Map<number, number> }>();
  for (const row of parsed.data) {
    const year = Number(row.Year);
    const value = Number(row.Value);
    if (!Number.isFinite(year) || row.Value === undefined || row.Value.trim() === '' || !Number.isFinite(value)) continue;
    // SDMX "_T" is an explicit total, same as a blank breakdown.
    const isTotal = Object.entries(row).every(([k, v]) => DISAGGREGATION_IGNORED.has(k) || k.startsWith('_unnamed') || v == null || ['', '_T'].includes(String(v).trim()));
    if (!isTotal) continue;
    const unit = (row.UNIT_MEASURE ?? row.Units ?? '').trim() || null;
    const series = (row.SERIES ?? '').trim() || null;
    const key = `${series}|${unit}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { unit, series, points: new Map() }));
    if (!g.points.has(year)) g.points.set(year, value);
  }
  let best: { unit: string | null; series: string | null; points: Map<number, number> } | null = null;
  for (const g of groups.values()) if (!best || g.points.size > best.points.size) best = g;
  if (!best) return null;
  const points = [...best.points.entries()].sort((a, b) => a[0] - b[0]);
  const latest = points.length ? { year: points[points.length - 1][0], value: points[points.length - 1][1] } : null;
  return {
    unit: best.unit,
    unitLabel: best.unit ? unitLabels.en[best.unit] ?? best.unit : null,
    unitLabels: best.unit ? unitLabelsOf(unitLabels, best.unit) : null,
    series: best.series,
    points,
    latest,
    trend: trendOf(points),
  };
}

/**
 * Units kazstat leaves untranslated: a code with only a Russian label (T_PERCAP), or a unit written in
 * Russian in the data itself ("млрд.тенге"). Ours, so no language shows another language's unit.
 */
const UNIT_GAPS: Record<string, Partial<Localized>> = {
  T_PERCAP: { en: 'tonnes per capita', kk: 'халық басына тонна' },
  'млрд.тенге': { en: 'billion tenge', ru: 'млрд.тенге', kk: 'млрд теңге' },
  'кг СО2-экв/межд.доллар': { en: 'kg CO2-eq per international dollar', ru: 'кг СО2-экв/межд.доллар', kk: 'халықаралық долларға кг СО2-экв' },
  'тонн СО2-экв/душу населения': { en: 'tonnes CO2-eq per capita', ru: 'тонн СО2-экв/душу населения', kk: 'халық басына тонна СО2-экв' },
};

function unitLabelsOf(dicts: Record<Lang, Dict>, unit: string): Localized {
  const gap = Object.hasOwn(UNIT_GAPS, unit) ? UNIT_GAPS[unit] : {};
  const pick = (lang: Lang) => dicts[lang][unit] || gap[lang] || dicts.en[unit] || gap.en || unit;
  return { en: pick('en'), ru: pick('ru'), kk: pick('kk') };
}

/** Direction of the last change: more than 1 % of the earlier value counts as a move. */
export function trendOf(points: [number, number][]): Trend {
  if (points.length < 2) return 'none';
  const [, prev] = points[points.length - 2];
  const [, last] = points[points.length - 1];
  const scale = Math.max(Math.abs(prev), 1e-9);
  const rel = (last - prev) / scale;
  if (rel > 0.01) return 'up';
  if (rel < -0.01) return 'down';
  return 'flat';
}

/** The catalogue the app reads, and the rest of each indicator's metadata, kept apart (IndicatorMetadata). */
export function readCatalogue(root: string): { catalogue: Catalogue; metadata: IndicatorMetadata[] } {
  const goalsT = translations(root, 'global_goals.yml');
  const targetsT = translations(root, 'global_targets.yml');
  const globalT = translations(root, 'global_indicators.yml');
  const nationalT = translations(root, 'national_indicators.yml');
  const unitLabels = translations(root, 'UNIT_MEASURE.yml');
  const metaT = translations(root, 'meta.yml');

  const goals: Goal[] = [];
  for (let n = 1; n <= 17; n++) {
    const code = String(n);
    goals.push({
      code, number: n, color: GOAL_COLORS[n],
      short: localized(goalsT, `${code}-short`)!,
      title: localized(goalsT, `${code}-title`)!,
      blocks: blocksOfGoal(code),
    });
  }

  const metaFiles = readdirSync(join(root, 'meta')).filter((f) => f.endsWith('.yml'));
  const indicators: Indicator[] = [];
  const metadata: IndicatorMetadata[] = [];
  const targetCodes = new Set<string>();
  for (const file of metaFiles) {
    const dash = file.replace(/\.yml$/, '');
    const code = dashToDot(dash);
    const parts = code.split('.');
    const meta = readYaml(join(root, 'meta', file));
    const title = {} as Localized;
    const titleSource = {} as IndicatorMetadata['titleSource'];
    for (const lang of LANGS) {
      const nat = nationalT[lang][`${dash}-title`];
      const glob = globalT[lang][`${dash}-title`];
      // Last resort: a title in another language beats an empty label.
      const other = LANGS.map((l) => nationalT[l][`${dash}-title`] ?? globalT[l][`${dash}-title`]).find(Boolean);
      title[lang] = nat ?? glob ?? other ?? code;
      titleSource[lang] = nat ? 'national' : glob ? 'global' : 'other-language';
    }
    const target = `${parts[0]}.${parts[1]}`;
    targetCodes.add(target);
    const csv = join(root, 'data', `indicator_${dash}.csv`);
    indicators.push({
      code,
      goal: parts[0],
      target,
      parent: parts.length > 3 ? parts.slice(0, 3).join('.') : null,
      title,
      customisation: CUSTOMISATION[meta.customisation ?? ''] ?? 'unknown',
      tier: meta.un_designated_tier ?? null,
      series: existsSync(csv) ? readSeries(readFileSync(csv, 'utf8'), unitLabels) : null,
    });
    metadata.push({ code, titleSource, globalTitle: localized(globalT, `${dash}-title`), custodian: meta.un_custodian_agency ?? null });
  }
  indicators.sort((a, b) => compareCodes(a.code, b.code));
  metadata.sort((a, b) => compareCodes(a.code, b.code));

  // Every UN target, not just those with a national indicator, so target-level views are complete.
  for (const key of Object.keys(targetsT.en)) {
    const m = /^(\d+)-([0-9a-z]+)-title$/.exec(key);
    if (m) targetCodes.add(`${m[1]}.${m[2]}`);
  }
  const targets: Target[] = [...targetCodes].sort(compareCodes).map((code) => ({
    code,
    goal: code.split('.')[0],
    title: localized(targetsT, `${code.replace('.', '-')}-title`) ?? { en: '', ru: '', kk: '' },
  }));

  const source = 'Bureau of National Statistics of Kazakhstan, Open SDG platform (kazstat/sdg-data-kazstat, commit 72277878d, Oct 2024), MIT licence';
  return { catalogue: { source, goals, targets, blocks: BLOCKS, indicators, categories: categoryLabels(metaT) }, metadata };
}
