/**
 * `npx tsx bench/big-click-ab.ts <distA> <distB> [rounds] [graphs]`: click-to-highlight of two builds on
 * the big generated graphs (10k/100k, the peer-shaped 1.7k/6.7k GEXF, 2k/20k), rounds interleaved in one
 * browser so both see the same machine load — quicker than the scale phase for iterating on a click.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/browser/helpers/browser.ts';
import { generateBenchGraph, PEER_SHAPE, toGexf } from './browser/bench-graph.ts';
import { measureSelect } from './browser/scale.ts';
import { median } from './browser/median.ts';
// @ts-expect-error plain ESM helper without types
import { serveDist } from '../scripts/serve.mjs';

const [a, b, roundsArg, graphsArg] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: tsx bench/big-click-ab.ts <distA> <distB> [rounds] [g10k,peer,g2k]');
const rounds = Number(roundsArg ?? 2);
const wanted = (graphsArg ?? 'g10k,peer').split(',');
const work = resolve('/tmp', 'big-click-ab');
rmSync(work, { recursive: true, force: true });
mkdirSync(resolve(work, 'graphs'), { recursive: true });
symlinkSync(resolve(a), resolve(work, 'a'));
symlinkSync(resolve(b), resolve(work, 'b'));
const files: Record<string, { file: string; edges: number; codes: [string, string] }> = {};
for (const id of wanted) {
  if (id === 'peer') {
    writeFileSync(resolve(work, 'graphs/peer.gexf'), toGexf(generateBenchGraph(PEER_SHAPE.nodes, 'bench-peer-shape', PEER_SHAPE.links)));
    files.peer = { file: 'peer.gexf', edges: PEER_SHAPE.links, codes: ['1.1.1', '16.1.1'] };
    continue;
  }
  const nodes = Number(id.slice(1, -1)) * 1000;
  const g = generateBenchGraph(nodes);
  writeFileSync(resolve(work, `graphs/${id}.json`), JSON.stringify({
    id: `bench-${id}`, name: g.name, level: 'indicator', illustrative: false, description: 'generated benchmark graph',
    links: g.edges.map(([source, target]) => ({ source, target, score: 1, evidence: 'imported' })),
  }));
  files[id] = { file: `${id}.json`, edges: nodes * 10, codes: ['16.1.1', '1.1.1'] };
}
const server = await serveDist(work, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium(['--enable-unsafe-swiftshader']);
const fig: Record<string, { first: number[]; select: number[] }[]> = {};
try {
  for (let r = 0; r < rounds; r++) {
    for (const id of wanted) {
      fig[id] ??= [{ first: [], select: [] }, { first: [], select: [] }];
      for (const i of [0, 1]) {
        const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
        await page.goto(`${base}${i ? 'b' : 'a'}/?src=../graphs/${files[id].file}&renderer=canvas`);
        for (let k = 0; k < 3000; k++) {
          const t = await page.evaluate(`(window.__sdgDraws || []).some((d) => d.edges === ${files[id].edges})`);
          if (t) break;
          await page.waitForTimeout(100);
        }
        await page.waitForTimeout(1000);
        const s = await measureSelect(page, files[id].codes, 5);
        fig[id][i].first.push(s.first);
        fig[id][i].select.push(s.median);
        await page.context().close();
      }
    }
  }
  for (const id of wanted) {
    for (const k of ['select', 'first'] as const) {
      const [ma, mb] = fig[id].map((f) => median(f[k]));
      console.log(`${id.padEnd(5)} ${k.padEnd(7)} A ${ma.toFixed(0).padStart(5)} [${fig[id][0][k].join(', ')}]  B ${mb.toFixed(0).padStart(5)} [${fig[id][1][k].join(', ')}]  B/A ${(mb / ma).toFixed(2)}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
