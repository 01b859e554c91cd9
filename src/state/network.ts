/** What kind of network is on screen, for the UI (which may not call core values itself). */
import { hasFileColours, networkKind } from '../core/graph/network-kind.ts';
import { fileSizes, hasFileSizes, scaleSizes } from '../core/graph/node-sizes.ts';
import type { InterlinkageGraph } from '../core/graph/types.ts';
import type { AppState } from './types.ts';

/** Not an SDG network: say "nodes", and leave out goal filters, the goal legend and the goal layout. */
export const isGenericNetwork = (s: Pick<AppState, 'graph'>): boolean => (s.graph ? networkKind(s.graph) === 'generic' : false);

/** The file drew its nodes in its own colours, so the legend offers them against the app's scheme. */
export const graphHasFileColours = (s: Pick<AppState, 'graph'>): boolean => (s.graph ? hasFileColours(s.graph) : false);

/** The file gave its nodes their own sizes, so the legend offers them against the chosen metric. */
export const graphHasFileSizes = (s: Pick<AppState, 'graph'>): boolean => (s.graph ? hasFileSizes(s.graph) : false);

/** Whether the nodes are sized as the file sized them (it has sizes and the legend's box is ticked). */
export const sizedByFile = (s: Pick<AppState, 'graph' | 'fileStyle'>): boolean => s.fileStyle.sizes && graphHasFileSizes(s);

/** The sizes a new canvas starts with when the file has its own (the legend's box starts ticked). */
export const fileSizesOf = (graph: InterlinkageGraph): Map<string, number> | null => (hasFileSizes(graph) ? fileSizes(graph) : null);

type SizeInputs = Pick<AppState, 'graph' | 'fileStyle' | 'metricsByCode' | 'sizeMetric'>;
let lastSizes: { graph: unknown; byFile: boolean; metrics: unknown; metric: unknown; sizes: Map<string, number> | null } | null = null;

/**
 * Each node's size, 0..1, as the canvas draws it and the pictures export it: the file's own sizes, or
 * the chosen metric once the worker has sent the metrics (null before: the canvas keeps its first sizes).
 * Kept for the last inputs, since the canvas and an export ask for the same map.
 */
export function nodeSizesOf(s: SizeInputs): Map<string, number> | null {
  const byFile = sizedByFile(s);
  if (lastSizes && lastSizes.graph === s.graph && lastSizes.byFile === byFile && lastSizes.metrics === s.metricsByCode && lastSizes.metric === s.sizeMetric) return lastSizes.sizes;
  const { graph, metricsByCode, sizeMetric } = s;
  const sizes = !graph ? null
    : byFile ? fileSizes(graph)
      : metricsByCode ? scaleSizes(graph.nodes(), (c) => (Object.hasOwn(metricsByCode, c) ? metricsByCode[c][sizeMetric] : undefined)) : null;
  lastSizes = { graph, byFile, metrics: metricsByCode, metric: sizeMetric, sizes };
  return sizes;
}
