/**
 * The co-movement layer: synergies (rho > threshold) and trade-offs (rho < −threshold) between the
 * national series in the catalogue, by Pradhan et al. (2017), with the detrending check on first
 * differences that method needs. The statistics live in src/core/stats/ so the CLI and the app
 * compute exactly these numbers; this module only turns them into a dataset.
 */
import type { Catalogue, ComoveSummary, Link, LinkDataset, Localized } from '../../src/core/model/types.ts';
import { comoveTable } from '../../src/core/stats/comove.ts';
import { comoveLinks, COMOVE_DEFAULTS, COMOVE_METHOD } from '../../src/core/stats/comove-links.ts';

export const COMOVE_ID = 'kz-national-comovement';

/** Per language, for the dataset list; the data file carries the English one. */
export const COMOVE_NAME: Localized = {
  en: "Co-movement in national data — not causal, not ERI's",
  ru: 'Совместная динамика в национальных данных — не причинность, не данные ИЭИ',
  kk: 'Ұлттық деректердегі бірлескен өзгеріс — себептілік емес, ЭЗИ деректері емес',
};

export function buildComove(catalogue: Catalogue): { dataset: LinkDataset; summary: ComoveSummary } {
  const table = comoveTable(catalogue, COMOVE_DEFAULTS.minYears);
  const links: Link[] = comoveLinks(table, COMOVE_DEFAULTS.threshold, COMOVE_DEFAULTS.q);
  const summary: ComoveSummary = {
    method: COMOVE_METHOD,
    minYears: COMOVE_DEFAULTS.minYears, threshold: COMOVE_DEFAULTS.threshold, qThreshold: COMOVE_DEFAULTS.q,
    pairsTested: table.pairsTested, detrendTested: table.detrendTested,
    synergies: links.filter((l) => l.score > 0).length, tradeOffs: links.filter((l) => l.score < 0).length,
    survivingDetrending: links.filter((l) => l.comove!.survivesDetrending).length,
    detrendedP: table.pairs.flatMap((s) => (s.p === null ? [] : [s.p])).sort((a, b) => a - b),
  };
  const dataset: LinkDataset = {
    id: COMOVE_ID, name: COMOVE_NAME.en, level: 'indicator', illustrative: false,
    description:
      `Spearman's rho of national totals (Bureau of National Statistics, kazstat, 2010–2023) over ≥ ${summary.minYears} common years; ` +
      `|rho| > ${summary.threshold}: ${summary.synergies} synergies, ${summary.tradeOffs} trade-offs of ${summary.pairsTested} pairs tested. ` +
      `${summary.survivingDetrending} survive detrending (first differences, BH q ≤ ${summary.qThreshold}, ${summary.detrendTested} pairs). ` +
      'Undirected and not causal: shared trends make levels move together.',
    links, comoveSummary: summary,
  };
  return { dataset, summary };
}
