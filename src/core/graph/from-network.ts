/**
 * An InterlinkageGraph from any imported network. The app's dataset JSON is built exactly like the
 * bundled data (every catalogue node of its level, so isolated indicators count); other files get only
 * the nodes they name, with catalogue titles when the code is known.
 */
import { DirectedGraph } from 'graphology';
import type { Catalogue } from '../model/types.ts';
import type { ImportedNetwork } from '../io/result.ts';
import { buildGraphSteps, evidenceAttrs, nodeFromCatalogue } from './build.ts';
import type { Steps } from './steps.ts';
import { goalOf, targetOf } from '../model/codes.ts';
import { graphKey } from './keys.ts';
import type { InterlinkageGraph, NodeAttrs } from './types.ts';

function bareNode(code: string): NodeAttrs {
  return { code, kind: 'other', goal: goalOf(code), target: targetOf(code), blocks: [], title: { en: code, ru: code, kk: code }, category: null, unknown: true };
}

/** The graph of `network`, built in steps of `linksPerStep` links (steps.ts; `runSteps` builds it at once). */
export function* graphFromNetworkSteps(network: ImportedNetwork, catalogue?: Catalogue, linksPerStep = Infinity): Steps<InterlinkageGraph> {
  if (network.dataset && catalogue && network.level !== 'unknown') {
    return yield* buildGraphSteps(catalogue, { ...network.dataset, level: network.level, links: network.links }, linksPerStep);
  }
  const graph: InterlinkageGraph = new DirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({
    datasetId: network.dataset?.id ?? `file:${network.name}`, name: network.dataset?.name ?? network.name,
    illustrative: network.dataset?.illustrative ?? false,
    level: network.level === 'goal' ? 'goal' : 'indicator',
    ...(network.undirected ? { undirected: true } : {}),
  });
  const attrsOf = (code: string) => (catalogue ? nodeFromCatalogue(catalogue, code) : bareNode(code));
  // Node keys go through graphKey (keys.ts): a code named like an Object.prototype member stays safe.
  for (const code of network.nodes) if (!graph.hasNode(graphKey(code))) graph.addNode(graphKey(code), attrsOf(code));
  let n = 0;
  for (const link of network.links) {
    if (++n % linksPerStep === 0) yield;
    if (link.score === 0 || link.source === link.target) continue;
    for (const end of [link.source, link.target]) if (!graph.hasNode(graphKey(end))) graph.addNode(graphKey(end), attrsOf(end));
    graph.mergeEdge(graphKey(link.source), graphKey(link.target), {
      score: link.score, evidence: link.evidence, note: link.note, sources: link.sources, undirectedInSource: link.undirectedInSource,
      ...evidenceAttrs(link),
    });
  }
  return graph;
}
