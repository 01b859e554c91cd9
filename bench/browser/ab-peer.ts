/** The A/B comparison of bench/ab.ts on the peer-shaped GEXF (bench-graph.ts PEER_SHAPE): draw and clicks per build, interleaved. */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { launchChromium } from '../../tests/browser/helpers/browser.ts';
import { generateBenchGraph, PEER_SHAPE, toGexf } from './bench-graph.ts';
import { measureApp } from './scale.ts';
import { median } from './median.ts';
// @ts-expect-error plain ESM helper without types
import { serveDist } from '../../scripts/serve.mjs';

export async function comparePeer(a: string, b: string, rounds: number): Promise<void> {
  const work = resolve(tmpdir(), 'sdg-ab-peer');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(resolve(work, 'graphs'), { recursive: true });
  symlinkSync(resolve(a), resolve(work, 'a'));
  symlinkSync(resolve(b), resolve(work, 'b'));
  writeFileSync(resolve(work, 'graphs', 'peer.gexf'), toGexf(generateBenchGraph(PEER_SHAPE.nodes, 'bench-peer-shape', PEER_SHAPE.links)));
  const server = (await serveDist(work, 0)) as { address(): { port: number }; close(): void };
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launchChromium();
  const fig = [0, 1].map(() => ({ draw: [] as number[], select: [] as number[], task: [] as number[] }));
  try {
    for (let r = 0; r < rounds; r++) {
      for (const i of [0, 1]) {
        const f = await measureApp(browser, `${base}${i ? 'b' : 'a'}/?src=../graphs/peer.gexf&renderer=canvas`, { runs: 1, edges: PEER_SHAPE.links, fpsMs: 1, selectCodes: ['1.1.1', '16.1.1'] });
        fig[i].draw.push(f.firstDraw);
        fig[i].select.push(f.select ?? NaN);
        fig[i].task.push(f.longestTask ?? NaN);
      }
    }
    for (const k of ['draw', 'select', 'task'] as const) {
      const [ma, mb] = fig.map((f) => median(f[k]));
      console.log(`${k.padEnd(8)} A ${ma.toFixed(0).padStart(6)} [${fig[0][k].join(', ')}]  B ${mb.toFixed(0).padStart(6)} [${fig[1][k].join(', ')}]  B/A ${(mb / ma).toFixed(2)}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}
