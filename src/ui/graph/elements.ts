import type { ElementDefinition } from 'cytoscape';
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import type { Positions } from '../../core/layout/goal-clusters.ts';
import type { Catalogue } from '../../core/model/types.ts';

const NEUTRAL = '#8a8f98';

/** Cytoscape elements of a graph: Cytoscape only draws, so everything here is read off the core graph. */
export function toElements(graph: InterlinkageGraph, positions: Positions, catalogue: Catalogue): ElementDefinition[] {
  const colorOf = new Map(catalogue.goals.map((g) => [g.code, g.color]));
  const els: ElementDefinition[] = [];
  graph.forEachNode((code, a) => {
    els.push({
      group: 'nodes',
      data: { id: code, label: code, color: (a.goal && colorOf.get(a.goal)) || NEUTRAL, out: graph.outDegree(code), kind: a.kind },
      position: positions[code] ? { ...positions[code] } : { x: 0, y: 0 },
    });
  });
  graph.forEachEdge((key, a, source, target) => {
    els.push({ group: 'edges', data: { id: key, source, target, score: a.score, negative: a.score < 0 ? 1 : 0 } });
  });
  return els;
}
