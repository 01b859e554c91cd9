import type { InterlinkageGraph } from '../../core/graph/types.ts';
import { buildStylesheet } from '../graph/stylesheet.ts';

/** What the screen (not presentation) stylesheet depends on: the same for creation and for leaving presentation mode. */
export function baseStyleOptions(graph: InterlinkageGraph) {
  return { maxOut: 0, goalLevel: graph.getAttribute('level') === 'goal', edgeCount: graph.size };
}

export const baseStylesheet = (graph: InterlinkageGraph) => buildStylesheet(baseStyleOptions(graph));
