/**
 * What stands behind a link, as data: its evidence fields in a fixed order (for the links tables and
 * graph attributes of every export), and the "national data" column — how the same pair behaves in
 * Kazakhstan's own series — with the summary of agreement over a whole network.
 */
import type { Catalogue, Link, LinkComove } from '../model/types.ts';
import { comoveTable, pairKey, type PairStats } from '../stats/comove.ts';
import { COMOVE_DEFAULTS } from '../stats/comove-links.ts';

export type EvidenceValue = string | number | boolean | null;

/** The evidence-bearing part of a link (a model Link or a graph edge's attributes both fit). */
export type EvidenceLink = Pick<Link, 'evidence' | 'note' | 'sources' | 'undirectedInSource' | 'undirected' | 'comove' | 'location'>;

/** The tested statistics of a pair in the national series (the same numbers the co-movement layer stores). */
export type NationalData = Pick<PairStats, 'rho' | 'n' | 'detrendedRho' | 'q'>;

const joined = (xs: readonly string[] | undefined) => (xs && xs.length ? xs.join(' | ') : null);

/** "C4", "row 12", or for a GraphML/GEXF link "edge 7" / "edge 7 (e12)": machine-readable, so not translated. */
function sourcePlace(loc: EvidenceLink['location']): string | null {
  if (!loc) return null;
  if (loc.cell) return loc.cell;
  if (loc.row !== undefined) return `row ${loc.row}`;
  if (loc.edge !== undefined) return `edge ${loc.edge}${loc.edgeId ? ` (${loc.edgeId})` : ''}`;
  return null;
}

/**
 * Ordered [key, value] pairs, the same keys for every link so a table's columns line up; absent facts
 * are null. With `national` the four national-data columns follow.
 */
export function linkEvidenceFields(link: EvidenceLink, national?: NationalData | null): [string, EvidenceValue][] {
  const c: LinkComove | undefined = link.comove;
  const fields: [string, EvidenceValue][] = [
    ['evidence', link.evidence ?? null],
    ['evidence_note', link.note ?? null],
    ['review_quotes', joined(link.sources?.map((s) => s.quote))],
    ['review_sections', joined(link.sources?.map((s) => s.section))],
    ['direction_stated', link.sources ? !link.undirectedInSource : null],
    ['source_file', link.location?.file ?? null],
    ['source_sheet', link.location?.sheet ?? null],
    ['source_cell', sourcePlace(link.location)],
    ['undirected', link.undirected === true],
    ['rho', c?.rho ?? null],
    ['n_years', c?.n ?? null],
    ['years', c ? `${c.years[0]}–${c.years[c.years.length - 1]}` : null],
    ['detrended_rho', c?.detrendedRho ?? null],
    ['p', c?.p ?? null],
    ['q', c?.q ?? null],
    ['survives_detrending', c ? c.survivesDetrending : null],
  ];
  if (national !== undefined) {
    fields.push(
      ['national_rho', national?.rho ?? null], ['national_n', national?.n ?? null],
      ['national_detrended_rho', national?.detrendedRho ?? null], ['national_q', national?.q ?? null],
    );
  }
  return fields;
}

/** The pair's statistics in the catalogue's series, or null when the pair was not tested. */
export function nationalData(catalogue: Catalogue, source: string, target: string, minYears: number = COMOVE_DEFAULTS.minYears): PairStats | null {
  return comoveTable(catalogue, minYears).byPair.get(pairKey(source, target)) ?? null;
}

export interface NationalSummary {
  links: number;
  /** tested, |rho| above the threshold and with the link's sign */
  agree: number;
  /** tested, |rho| above the threshold and the opposite sign */
  contradict: number;
  /** tested but |rho| ≤ the threshold: the series neither confirm nor contradict */
  weak: number;
  /** tested and q ≤ qMax on first differences */
  survive: number;
  untestable: number;
}

export function nationalSummary(
  catalogue: Catalogue, links: Iterable<{ source: string; target: string; score: number }>,
  threshold: number = COMOVE_DEFAULTS.threshold, qMax: number = COMOVE_DEFAULTS.q,
): NationalSummary {
  const s: NationalSummary = { links: 0, agree: 0, contradict: 0, weak: 0, survive: 0, untestable: 0 };
  for (const l of links) {
    s.links++;
    const d = nationalData(catalogue, l.source, l.target);
    if (!d) { s.untestable++; continue; }
    if (Math.abs(d.rho) <= threshold) s.weak++;
    else if (Math.sign(d.rho) === Math.sign(l.score)) s.agree++;
    else s.contradict++;
    if (d.q !== null && d.q <= qMax) s.survive++;
  }
  return s;
}
