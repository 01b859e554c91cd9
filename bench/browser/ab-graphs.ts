/**
 * The A/B comparison of bench/ab.ts on the bench's big graphs: the peer-shaped GEXF (bench-graph.ts
 * PEER_SHAPE) and the generated 2k/20k and 10k/100k networks. Per build and graph: navigation → drawn,
 * median click-to-highlight, first click and longest task, rounds interleaved (A, B, A, B…).
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { launchChromium } from '../../tests/browser/helpers/browser.ts';
import { generateBenchGraph, PEER_SHAPE, toGexf } from './bench-graph.ts';
import { measureApp } from './scale.ts';
import { median } from './median.ts';
// @ts-expect-error plain ESM helper without types
import { serveDist } from '../../scripts/serve.mjs';

interface BenchFile { file: string; edges: number; codes: [string, string] }

/** Writes the asked graphs into `work/graphs`: `peer`, or `g<N>k` for a generated N-thousand-node network. */
function writeGraphs(work: string, ids: string[]): Record<string, BenchFile> {
  const files: Record<string, BenchFile> = {};
  for (const id of ids) {
    if (id === 'peer') {
      writeFileSync(resolve(work, 'graphs/peer.gexf'), toGexf(generateBenchGraph(PEER_SHAPE.nodes, 'bench-peer-shape', PEER_SHAPE.links)));
      files.peer = { file: 'peer.gexf', edges: PEER_SHAPE.links, codes: ['1.1.1', '16.1.1'] };
      continue;
    }
    const nodes = Number(/^g(\d+)k$/.exec(id)?.[1] ?? NaN) * 1000;
    if (!Number.isFinite(nodes)) throw new Error(`unknown bench graph ${id}: peer, g2k or g10k`);
    const g = generateBenchGraph(nodes);
    writeFileSync(resolve(work, `graphs/${id}.json`), JSON.stringify({
      id: `bench-${id}`, name: g.name, level: 'indicator', illustrative: false, description: 'generated benchmark graph',
      links: g.edges.map(([source, target]) => ({ source, target, score: 1, evidence: 'imported' })),
    }));
    files[id] = { file: `${id}.json`, edges: g.edges.length, codes: ['16.1.1', '1.1.1'] };
  }
  return files;
}

export async function compareOnGraphs(a: string, b: string, rounds: number, ids: string[]): Promise<void> {
  const work = resolve(tmpdir(), 'sdg-ab-graphs');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(resolve(work, 'graphs'), { recursive: true });
  symlinkSync(resolve(a), resolve(work, 'a'));
  symlinkSync(resolve(b), resolve(work, 'b'));
  const files = writeGraphs(work, ids);
  const server = (await serveDist(work, 0)) as { address(): { port: number }; close(): void };
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launchChromium();
  const empty = () => ({ draw: [] as number[], select: [] as number[], load: [] as number[], use: [] as number[] });
  const fig = new Map(ids.map((id) => [id, [empty(), empty()]]));
  try {
    for (let r = 0; r < rounds; r++) {
      for (const id of ids) {
        for (const i of [0, 1]) {
          const f = await measureApp(browser, `${base}${i ? 'b' : 'a'}/?src=../graphs/${files[id].file}&renderer=canvas`, { runs: 1, edges: files[id].edges, fpsMs: 1, selectCodes: files[id].codes });
          const into = fig.get(id)![i];
          into.draw.push(f.firstDraw);
          into.select.push(f.select ?? NaN);
          into.load.push(f.loadLongestTask ?? NaN);
          into.use.push(f.longestTask ?? NaN);
        }
      }
    }
    for (const id of ids) {
      for (const k of ['draw', 'select', 'load', 'use'] as const) {
        const [fa, fb] = fig.get(id)!;
        const [ma, mb] = [median(fa[k]), median(fb[k])];
        console.log(`${id.padEnd(5)} ${k.padEnd(7)} A ${ma.toFixed(0).padStart(6)} [${fa[k].join(', ')}]  B ${mb.toFixed(0).padStart(6)} [${fb[k].join(', ')}]  B/A ${(mb / ma).toFixed(2)}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}
