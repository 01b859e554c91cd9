/**
 * ReadResult → what the app and the CLI show: the InterlinkageGraph (graph/from-network.ts) plus what
 * the file said beyond codes and links: titles of codes the catalogue does not know, extra attributes,
 * per-link `undirected` flags of mixed files, the ILLUSTRATIVE mark, and node positions when the file
 * had them for every node.
 */
import { graphFromNetworkSteps } from '../graph/from-network.ts';
import { runSteps, type Steps } from '../graph/steps.ts';
import type { InterlinkageGraph } from '../graph/types.ts';
import type { Positions } from '../layout/goal-clusters.ts';
import type { Catalogue } from '../model/types.ts';
import type { ImportedLink, ImportedNetwork } from './result.ts';
import { graphKey } from '../graph/keys.ts';
import { nullRecord } from './null-record.ts';

export interface ImportGraph { graph: InterlinkageGraph; positions: Positions | null }

export function graphFromImport(network: ImportedNetwork, catalogue?: Catalogue): ImportGraph {
  return runSteps(graphFromImportSteps(network, catalogue));
}

/** graphFromImport in steps of about `linksPerStep` links (steps.ts). */
export function* graphFromImportSteps(network: ImportedNetwork, catalogue?: Catalogue, linksPerStep = Infinity): Steps<ImportGraph> {
  const graph = yield* graphFromNetworkSteps(network, catalogue, linksPerStep);
  if (network.illustrative) graph.setAttribute('illustrative', true);
  if (!network.undirected) {
    for (const link of network.links as ImportedLink[]) {
      if (!link.undirected) continue;
      const edge = graph.edge(graphKey(link.source), graphKey(link.target));
      if (edge !== undefined) graph.setEdgeAttribute(edge, 'undirected', true);
    }
  }
  const positions: Positions = nullRecord();
  let placed = 0;
  for (const [code, info] of Object.entries(network.nodeInfo ?? {})) {
    const key = graphKey(code);
    if (!graph.hasNode(key)) continue;
    const attrs = graph.getNodeAttributes(key);
    if (info.title && (attrs.unknown || !catalogue)) {
      const en = info.title.en ?? info.title.ru ?? info.title.kk ?? code;
      graph.mergeNodeAttributes(key, { title: { en, ru: info.title.ru ?? en, kk: info.title.kk ?? en } });
    }
    if (info.extra && Object.keys(info.extra).length) graph.mergeNodeAttributes(key, { extra: { ...attrs.extra, ...info.extra } });
    if (info.color !== undefined || info.size !== undefined) {
      graph.mergeNodeAttributes(key, { viz: { ...(info.color !== undefined ? { color: info.color } : {}), ...(info.size !== undefined ? { size: info.size } : {}) } });
    }
    if (info.x !== undefined && info.y !== undefined) { positions[key] = { x: info.x, y: info.y }; placed++; }
  }
  return { graph, positions: placed > 0 && placed === graph.order ? positions : null };
}
