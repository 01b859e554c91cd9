/**
 * Node sizes as the canvas and the pictures draw them: a value per node scaled to 0..1 by the largest
 * magnitude, from the chosen metric or from the file's own sizes (GEXF viz:size, GraphML `size`).
 * One function for both, so an export sizes its nodes exactly as the screen does.
 */
import type { InterlinkageGraph } from './types.ts';
import { oncePerGraph } from './once-per-graph.ts';

/** Each value's magnitude over the largest one; a node without a finite value gets 0 (the smallest size). */
export function scaleSizes(codes: Iterable<string>, valueOf: (code: string) => number | undefined): Map<string, number> {
  const values = new Map<string, number>();
  let max = 0;
  for (const c of codes) {
    const v = valueOf(c);
    const m = v !== undefined && Number.isFinite(v) ? Math.abs(v) : 0;
    values.set(c, m);
    if (m > max) max = m;
  }
  if (max > 0) for (const [c, m] of values) values.set(c, m / max);
  return values;
}

/** Whether the file gave its own size for any node. */
export const hasFileSizes = oncePerGraph((graph) => graph.someNode((_, a) => a.viz?.size !== undefined));

/** The file's own sizes, scaled to 0..1; nodes the file left unsized are drawn smallest. */
export function fileSizes(graph: InterlinkageGraph): Map<string, number> {
  return scaleSizes(graph.nodes(), (c) => graph.getNodeAttribute(c, 'viz')?.size);
}
