/**
 * Node selection by catalogue facets, classification and metric ranges. Criteria combine with AND;
 * values inside one criterion with OR (goal 3 or 4). Returns codes in graph order.
 */
import type { BlockId, Customisation } from '../model/types.ts';
import type { InterlinkageGraph } from '../graph/types.ts';
import type { MetricName, NodeMetrics } from '../metrics/index.ts';
import { classifyNodes, type ClassThresholds, type NodeClass } from './classify.ts';

export interface NodeFilter {
  goals?: string[];
  targets?: string[];
  blocks?: BlockId[];
  categories?: (Customisation | null)[];
  classes?: NodeClass[];
  classThresholds?: Partial<ClassThresholds>;
  /** inclusive [min, max]; use ±Infinity for an open end. Needs `metrics`. */
  ranges?: Partial<Record<MetricName, [number, number]>>;
}

export function filterNodes(graph: InterlinkageGraph, filter: NodeFilter, metrics?: NodeMetrics[]): string[] {
  const rangeEntries = Object.entries(filter.ranges ?? {}) as [MetricName, [number, number]][];
  if (rangeEntries.length && !metrics) throw new Error('filterNodes: metric ranges need the metrics table');
  const byCode = new Map((metrics ?? []).map((m) => [m.code, m]));
  const classes = filter.classes?.length ? classifyNodes(graph, filter.classThresholds) : null;
  const goals = filter.goals?.length ? new Set(filter.goals) : null;
  const targets = filter.targets?.length ? new Set(filter.targets) : null;
  const blocks = filter.blocks?.length ? new Set(filter.blocks) : null;
  const categories = filter.categories?.length ? new Set(filter.categories) : null;
  const wantedClasses = classes ? new Set(filter.classes) : null;
  return graph.filterNodes((code, a) => {
    if (goals && !(a.goal && goals.has(a.goal))) return false;
    if (targets && !(a.target && targets.has(a.target))) return false;
    if (blocks && !a.blocks.some((b) => blocks.has(b))) return false;
    if (categories && !categories.has(a.category)) return false;
    if (classes && wantedClasses && !wantedClasses.has(classes[code])) return false;
    for (const [name, [min, max]] of rangeEntries) {
      const v = byCode.get(code)?.[name];
      if (v === undefined || Number.isNaN(v) || v < min || v > max) return false;
    }
    return true;
  });
}
