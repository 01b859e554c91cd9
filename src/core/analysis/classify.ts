/**
 * The Review's four-way reading of a node from its influence (out-degree) and reverse influence
 * (in-degree): accelerator (moves many, moved by few), integrated (both), dependent (moved by many,
 * moves few), low (neither). "High" means ≥ the threshold.
 *
 * Defaults are 20/20: the VNR 2025's own cut for "influence 20 or more" and "depend on 20 or more"
 * (FIGURE_THRESHOLDS.high in scripts/data/illustrative-links.ts), which makes 2.3.1 (out 29, in 47)
 * integrated and 16.6.1 (out 64) an accelerator, as the Review describes them.
 */
import type { InterlinkageGraph } from '../graph/types.ts';
import { inDegree, outDegree } from '../metrics/degree.ts';
import { toAdjacency } from '../graph/adjacency.ts';

export type NodeClass = 'accelerator' | 'integrated' | 'dependent' | 'low';
export const NODE_CLASSES: readonly NodeClass[] = ['accelerator', 'integrated', 'dependent', 'low'];

export interface ClassThresholds {
  influenceHigh: number;
  reverseHigh: number;
}

export const DEFAULT_CLASS_THRESHOLDS: ClassThresholds = { influenceHigh: 20, reverseHigh: 20 };

export function classifyNode(influence: number, reverseInfluence: number, t: ClassThresholds = DEFAULT_CLASS_THRESHOLDS): NodeClass {
  const hi = influence >= t.influenceHigh;
  const hr = reverseInfluence >= t.reverseHigh;
  return hi ? (hr ? 'integrated' : 'accelerator') : hr ? 'dependent' : 'low';
}

export function classifyNodes(graph: InterlinkageGraph, thresholds: Partial<ClassThresholds> = {}): Record<string, NodeClass> {
  const t = { ...DEFAULT_CLASS_THRESHOLDS, ...thresholds };
  const adj = toAdjacency(graph);
  const out = outDegree(graph, adj);
  const inn = inDegree(graph, adj);
  const classes: Record<string, NodeClass> = {};
  for (const code of adj.codes) classes[code] = classifyNode(out[code], inn[code], t);
  return classes;
}
