import type { ElementDefinition } from 'cytoscape';
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import type { Positions } from '../../core/layout/goal-clusters.ts';
import type { Catalogue, Lang } from '../../core/model/types.ts';
import { presentLabelData } from './label-lod.ts';
import { fileSizesOf } from '../../state/network.ts';

const NEUTRAL = '#8a8f98';

/** Cytoscape elements of a graph: Cytoscape only draws, so everything here is read off the core graph. */
export function toElements(
  graph: InterlinkageGraph, positions: Positions, catalogue: Catalogue, classes: Record<string, string> = {}, lang: Lang = 'en', withLinks = true,
): ElementDefinition[] {
  const colorOf = new Map(catalogue.goals.map((g) => [g.code, g.color]));
  let maxOut = 0;
  graph.forEachNode((n) => (maxOut = Math.max(maxOut, graph.outDegree(n))));
  const fileSizes = fileSizesOf(graph);
  const els: ElementDefinition[] = [];
  graph.forEachNode((code, a) => {
    const out = graph.outDegree(code);
    const color = a.viz?.color ?? ((a.goal && colorOf.get(a.goal)) || NEUTRAL);
    els.push({
      group: 'nodes',
      // size starts as the file's own sizes, or influence, so the first frame needs no metrics; the canvas rescales it later.
      // Label data (code and short title in `lang`) is part of the element, so labels need no data pass later.
      // The file's own colour wins when it has one (imported GEXF/GraphML); appColor lets the legend recolour.
      data: { id: code, label: code, color, ...presentLabelData(graph, code, lang, color), appColor: (a.goal && colorOf.get(a.goal)) || NEUTRAL, fileColor: a.viz?.color, out, size: fileSizes?.get(code) ?? (maxOut ? out / maxOut : 0), kind: a.kind, cls: classes[code] ?? 'low' },
      position: positions[code] ? { ...positions[code] } : { x: 0, y: 0 },
      // The selection is the store's (graph/quiet-press.ts). A selectable node made Cytoscape's mouseup
      // look for every selected element (cy.$(':selected')), ~15 ms a click on 110k elements.
      selectable: false,
    });
  });
  // Painted links (painted-links.ts) are made into definitions only when one is needed.
  if (withLinks) graph.forEachEdge((key, a, source, target) => { els.push(linkElement(key, source, target, a.score)); });
  return els;
}

/** A link's Cytoscape element definition. */
export function linkElement(key: string, source: string, target: string, score: number): ElementDefinition {
  return { group: 'edges', data: { id: key, pair: `${source}→${target}`, source, target, score, negative: score < 0 ? 1 : 0 }, selectable: false };
}
