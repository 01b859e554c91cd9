/**
 * What the evidence panel reads off the graph for one link: both ends with titles, and the edge's
 * attributes. Null when the graph on screen does not hold the link (another dataset was opened).
 */
import type { EdgeAttrs, InterlinkageGraph } from '../../../core/graph/types.ts';
import type { Lang } from '../../../core/model/types.ts';
import type { LinkRef } from '../../../state/types.ts';

interface LinkEnd { key: string; code: string; title: string; unknown: boolean; kind: string }
export interface LinkInfo { source: LinkEnd; target: LinkEnd; attrs: EdgeAttrs }

function end(graph: InterlinkageGraph, key: string, lang: Lang): LinkEnd {
  const a = graph.getNodeAttributes(key);
  return { key, code: a.code, title: a.title[lang], unknown: a.unknown === true, kind: a.kind };
}

export function linkInfo(graph: InterlinkageGraph | null, ref: LinkRef | null, lang: Lang): LinkInfo | null {
  if (!graph || !ref || !graph.hasNode(ref.source) || !graph.hasNode(ref.target)) return null;
  const edge = graph.edge(ref.source, ref.target);
  if (edge === undefined) return null;
  return { source: end(graph, ref.source, lang), target: end(graph, ref.target, lang), attrs: graph.getEdgeAttributes(edge) };
}
