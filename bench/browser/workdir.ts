/**
 * One folder served on loopback for the scale benchmark: the built app, the sigma.js peer and the
 * generated graphs, so every page is same-origin (the app's CSP allows nothing else).
 */
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateBenchGraph, PEER_SHAPE, toGexf } from './bench-graph.ts';

export interface Scale {
  id: string;
  nodes: number;
}

export const SCALES: Scale[] = [
  { id: 'g2k', nodes: 2_000 },
  { id: 'g10k', nodes: 10_000 },
  { id: 'g50k', nodes: 50_000 },
];

export function prepareWorkdir(root: string, scales: Scale[] = SCALES): string {
  const work = resolve(root, 'bench/.work');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(resolve(work, 'graphs'), { recursive: true });
  for (const [link, target] of [['app', 'dist'], ['sigma', 'bench/peers/sigma/dist']]) {
    if (!existsSync(resolve(root, target, 'index.html'))) throw new Error(`${target}/index.html missing: build it first`);
    symlinkSync(resolve(root, target), resolve(work, link));
  }
  // The peer's own kind of graph, as one GEXF file both read (see bench-graph.ts PEER_SHAPE).
  writeFileSync(resolve(work, 'graphs', 'peer.gexf'), toGexf(generateBenchGraph(PEER_SHAPE.nodes, 'bench-peer-shape', PEER_SHAPE.links)));
  for (const s of scales) {
    const g = generateBenchGraph(s.nodes);
    writeFileSync(resolve(work, 'graphs', `${s.id}.sigma.json`), JSON.stringify(g));
    // The same graph in the app's own dataset format.
    writeFileSync(resolve(work, 'graphs', `${s.id}.json`), JSON.stringify({
      id: `bench-${s.id}`, name: g.name, level: 'indicator', illustrative: false, description: 'generated benchmark graph',
      links: g.edges.map(([source, target]) => ({ source, target, score: 1, evidence: 'imported' })),
    }));
  }
  return work;
}
