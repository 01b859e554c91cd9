import { readFileSync } from 'node:fs';
import { DirectedGraph } from 'graphology';
import { parseCatalogue, parseLinkDataset } from '../../src/core/io/bundled.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { goalOf, targetOf } from '../../src/core/model/codes.ts';
import type { Catalogue, BlockId } from '../../src/core/model/types.ts';
import type { InterlinkageGraph } from '../../src/core/graph/types.ts';

const root = new URL('../../', import.meta.url);

let catalogue: Catalogue | undefined;
export function loadCatalogue(): Catalogue {
  return (catalogue ??= parseCatalogue(JSON.parse(readFileSync(new URL('data/catalogue.json', root), 'utf8'))));
}

export function loadDataset(file: string) {
  return parseLinkDataset(JSON.parse(readFileSync(new URL(`data/${file}`, root), 'utf8')), file);
}

/** The bundled illustrative Kazakhstan indicator network (277 nodes, 1535 links). */
export function kazakhstanGraph(): InterlinkageGraph {
  return buildGraph(loadCatalogue(), loadDataset('kz-illustrative-indicator-links.json'));
}

export type Spec = [string, string, number?, { undirected?: boolean }?];

/** A small graph from [source, target, score?] triples; extra isolated nodes via `nodes`. */
export function graphOf(links: Spec[], nodes: string[] = [], blocks: Record<string, BlockId[]> = {}): InterlinkageGraph {
  const g: InterlinkageGraph = new DirectedGraph({ allowSelfLoops: false });
  g.replaceAttributes({ datasetId: 'test', name: 'test', illustrative: false, level: 'indicator' });
  const add = (c: string) => {
    if (!g.hasNode(c)) {
      g.addNode(c, { code: c, kind: 'indicator', goal: goalOf(c), target: targetOf(c), blocks: blocks[c] ?? [], title: { en: `T ${c}`, ru: c, kk: c }, category: null });
    }
  };
  for (const n of nodes) add(n);
  for (const [s, t, score = 1, flags] of links) {
    add(s);
    add(t);
    g.addEdge(s, t, { score, evidence: 'imported', ...(flags ?? {}) });
  }
  return g;
}
