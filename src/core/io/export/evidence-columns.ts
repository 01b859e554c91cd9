/**
 * The evidence behind each link as export columns (links CSV, XLSX Links sheet) and typed edge
 * attributes (GraphML keys, GEXF edge attributes): core/analysis/evidence.ts gives the same ordered
 * fields for every link, so the columns line up whatever the link's kind. When the network's codes are
 * in the catalogue the four `national_*` columns follow: how the pair moves in Kazakhstan's own series.
 */
import type { InterlinkageGraph } from '../../graph/types.ts';
import type { Catalogue } from '../../model/types.ts';
import { linkEvidenceFields, nationalData, type EvidenceValue, type NationalData } from '../../analysis/evidence.ts';
import { LINK_COLUMNS } from './common.ts';

/** The attribute types GraphML and GEXF declare for these fields. */
type EvidenceType = 'string' | 'double' | 'int' | 'boolean';

const TYPES: Readonly<Record<string, EvidenceType>> = {
  direction_stated: 'boolean', survives_detrending: 'boolean',
  rho: 'double', detrended_rho: 'double', p: 'double', q: 'double', national_rho: 'double', national_detrended_rho: 'double', national_q: 'double',
  n_years: 'int', national_n: 'int',
};

// `evidence` and `undirected` are already link columns (the readers take them from there), and
// `evidence_note` is the `note` column: written twice, a reader would see two notes.
const ALREADY = new Set<string>([...LINK_COLUMNS, 'evidence_note']);

export interface EvidenceColumns {
  /** column names in linkEvidenceFields order, the same for every link */
  names: string[];
  types: EvidenceType[];
  /** one row of values per link, in graph.edges() order (the order of linkRecords) */
  rows: EvidenceValue[][];
}

/**
 * True when national data can be looked up: the catalogue holds series and at least one of the
 * network's nodes is a catalogue indicator (a free-text import has no pair to look up).
 */
function nationalApplies(graph: InterlinkageGraph, catalogue: Catalogue | null | undefined): catalogue is Catalogue {
  if (!catalogue || graph.getAttribute('level') === 'goal') return false;
  const codes = new Set(catalogue.indicators.map((i) => i.code));
  return graph.someNode((code) => codes.has(code));
}

export function evidenceColumns(graph: InterlinkageGraph, catalogue?: Catalogue | null): EvidenceColumns {
  const national = nationalApplies(graph, catalogue);
  // A co-movement network's own statistics are already in rho…q: national columns would repeat them.
  const comove = graph.someEdge((_e, a) => a.evidence === 'co-movement');
  const withNational = national && !comove;
  const rows: EvidenceValue[][] = [];
  let names: string[] | null = null;
  graph.forEachEdge((_e, a, s, t) => {
    const nd: NationalData | null | undefined = withNational ? nationalData(catalogue, s, t) : undefined;
    const fields = linkEvidenceFields(a, nd).filter(([k]) => !ALREADY.has(k));
    names ??= fields.map(([k]) => k);
    rows.push(fields.map(([, v]) => v));
  });
  names ??= linkEvidenceFields({ evidence: 'imported' }, withNational ? null : undefined).map(([k]) => k).filter((k) => !ALREADY.has(k));
  return { names, types: names.map((n) => TYPES[n] ?? 'string'), rows };
}
