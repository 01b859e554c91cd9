/**
 * Read-only questions the UI asks about the graph on screen. Components call these inside useMemo
 * (keyed by the graph) so a store read never returns a fresh object on every render.
 */
import type { InterlinkageGraph, NodeAttrs } from '../core/graph/types.ts';
import type { Catalogue, Indicator, Lang } from '../core/model/types.ts';
import { METRIC_NAMES, type MetricName } from '../core/metrics/registry.ts';
import { NODE_CLASSES, DEFAULT_CLASS_THRESHOLDS, type NodeClass } from '../core/analysis/classify.ts';
import { indexCatalogue } from '../core/graph/build.ts';
import { compareCodes } from '../core/graph/compare-codes.ts';

/** Codes in numeric order, for the UI's sorted lists (one shared collator). */
export { compareCodes };

export { METRIC_NAMES, NODE_CLASSES, DEFAULT_CLASS_THRESHOLDS };
export type { MetricName, NodeClass };

export interface Neighbour { code: string; title: string; score: number }

export function nodeTitle(graph: InterlinkageGraph, code: string, lang: Lang): string {
  return graph.hasNode(code) ? graph.getNodeAttribute(code, 'title')[lang] : code;
}

export function nodeAttrs(graph: InterlinkageGraph, code: string): NodeAttrs | null {
  return graph.hasNode(code) ? graph.getNodeAttributes(code) : null;
}

/** What a node influences ('out') or is influenced by ('in'), strongest link first, then by code. */
export function neighbours(graph: InterlinkageGraph, code: string, direction: 'out' | 'in', lang: Lang): Neighbour[] {
  if (!graph.hasNode(code)) return [];
  const list: Neighbour[] = [];
  const each = direction === 'out' ? graph.forEachOutEdge.bind(graph) : graph.forEachInEdge.bind(graph);
  each(code, (_e, a, s, t) => {
    const other = direction === 'out' ? t : s;
    list.push({ code: other, title: nodeTitle(graph, other, lang), score: a.score });
  });
  return list.sort((x, y) => Math.abs(y.score) - Math.abs(x.score) || compareCodes(x.code, y.code));
}

/** The node with most outgoing links (the first such in graph order), or null for an empty graph. */
export function mostInfluential(graph: InterlinkageGraph): string | null {
  let top: string | null = null;
  graph.forEachNode((n) => { if (top === null || graph.outDegree(n) > graph.outDegree(top)) top = n; });
  return top;
}

export function degrees(graph: InterlinkageGraph, code: string): { out: number; in: number } {
  return graph.hasNode(code) ? { out: graph.outDegree(code), in: graph.inDegree(code) } : { out: 0, in: 0 };
}

export function indicatorOf(catalogue: Catalogue | null, code: string): Indicator | undefined {
  return catalogue ? indexCatalogue(catalogue).indicators.get(code) : undefined;
}

export function targetTitle(catalogue: Catalogue | null, code: string | null, lang: Lang): string | null {
  if (!catalogue || !code) return null;
  return indexCatalogue(catalogue).targets.get(code)?.title[lang] ?? null;
}

export function goalColours(catalogue: Catalogue | null): Map<string, string> {
  return new Map((catalogue?.goals ?? []).map((g) => [g.code, g.color]));
}

/**
 * The Review's Figures 12 and 13: how many indicators influence (or are influenced by) exactly N others.
 * Bins of width `bin` so 0–64 fits a small chart.
 */
export function degreeHistogram(graph: InterlinkageGraph, direction: 'out' | 'in', bin = 5): { from: number; to: number; count: number }[] {
  let max = 0;
  const values: number[] = [];
  graph.forEachNode((n) => {
    const v = direction === 'out' ? graph.outDegree(n) : graph.inDegree(n);
    values.push(v);
    max = Math.max(max, v);
  });
  const bins = Array.from({ length: Math.floor(max / bin) + 1 }, (_, i) => ({ from: i * bin, to: i * bin + bin - 1, count: 0 }));
  for (const v of values) bins[Math.floor(v / bin)].count++;
  return bins;
}

export { searchNodes, type SearchHit } from './search.ts';
