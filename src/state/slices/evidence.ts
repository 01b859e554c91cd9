/**
 * Evidence slice: the link the evidence panel explains — the one clicked, and the one under the pointer
 * (a hover shows its evidence without losing the clicked one). Graph keys of both ends; `seq` rises on
 * every click so the right panel can open the evidence tab even when the same link is clicked again.
 */
import type { EvidenceSlice, SliceCreator } from '../types.ts';
import type { Catalogue, Evidence } from '../../core/model/types.ts';
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import { nationalData, nationalSummary, type NationalData, type NationalSummary } from '../../core/analysis/evidence.ts';

export const createEvidenceSlice: SliceCreator<EvidenceSlice> = (set, get) => ({
  selectedLink: null,
  hoveredLink: null,
  linkSeq: 0,
  selectLink(source, target) {
    set({ selectedLink: { source, target }, linkSeq: get().linkSeq + 1 });
  },
  hoverLink(link) {
    const cur = get().hoveredLink;
    if (cur === link || (cur && link && cur.source === link.source && cur.target === link.target)) return;
    set({ hoveredLink: link });
  },
  clearLink() {
    set({ selectedLink: null, hoveredLink: null });
  },
  hiddenEvidence: [],
  toggleEvidence(kind) {
    const hidden = get().hiddenEvidence;
    set({ hiddenEvidence: hidden.includes(kind) ? hidden.filter((k) => k !== kind) : [...hidden, kind] });
  },
});

/** How many links of each evidence kind the graph holds, in a fixed order. */
export function evidenceCounts(graph: InterlinkageGraph): [Evidence, number][] {
  const counts = new Map<Evidence, number>();
  graph.forEachEdge((_e, a) => counts.set(a.evidence, (counts.get(a.evidence) ?? 0) + 1));
  return (['review-statement', 'imported', 'illustrative', 'co-movement'] as const).filter((k) => counts.has(k)).map((k) => [k, counts.get(k)!]);
}

/** The national-data column of a pair (core/analysis/evidence.ts), for the evidence panel. */
export function linkNationalData(catalogue: Catalogue, source: string, target: string): NationalData | null {
  return nationalData(catalogue, source, target);
}

/** The national-data summary of every link of a graph, by the codes of its ends. */
export function graphNationalSummary(catalogue: Catalogue, graph: InterlinkageGraph): NationalSummary {
  return nationalSummary(catalogue, graph.mapEdges((_e, a, s, t) => ({ source: graph.getNodeAttribute(s, 'code'), target: graph.getNodeAttribute(t, 'code'), score: a.score })));
}
