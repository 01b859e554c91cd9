/**
 * Systems-analysis figures (issue 17) on the default network and on the generated 10k-node graph:
 * MICMAC and propagation (target ≤ 50 ms), loops up to length 4 (≤ 200 ms), robustness with 1,000 runs
 * (≤ 2 s). Measured in Node, single-threaded — the app runs robustness in a worker on the same core
 * code, so the figure is what a user waits for, minus the graph's transfer to the worker.
 * Standalone: `npx tsx bench/system.ts`.
 */
import { findLoops } from '../src/core/analysis/loops.ts';
import { micmac } from '../src/core/analysis/micmac.ts';
import { propagate } from '../src/core/analysis/propagation.ts';
import { robustness } from '../src/core/analysis/robustness.ts';
import type { InterlinkageGraph } from '../src/core/graph/types.ts';
import { toAdjacency } from '../src/core/graph/adjacency.ts';
import { readFileSync } from 'node:fs';
import { parseCatalogue, parseLinkDataset } from '../src/core/io/bundled.ts';
import { buildGraph } from '../src/core/graph/build.ts';

interface Row { name: string; value: number; unit: string; target?: number; met?: boolean }

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function time(runs: number, fn: () => unknown): number {
  fn(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

/** The node with the most out-links: the accelerator a planner would try first. */
function hub(g: InterlinkageGraph): string {
  let best = g.nodes()[0];
  g.forEachNode((c) => { if (g.outDegree(c) > g.outDegree(best)) best = c; });
  return best;
}

export function runSystemBench(cases: { label: string; graph: InterlinkageGraph; targets: boolean }[]): Row[] {
  const rows: Row[] = [];
  const push = (name: string, value: number, target: number | undefined, note = 'ms') =>
    rows.push({ name, value, unit: note, ...(target !== undefined ? { target, met: value <= target } : {}) });
  for (const { label, graph: g, targets } of cases) {
    const x = hub(g);
    const big = g.order > 1000;
    push(`${label}/micmac`, time(big ? 3 : 15, () => micmac(g)), targets ? 50 : undefined);
    push(`${label}/propagate(${x})`, time(big ? 3 : 15, () => propagate(g, x)), targets ? 50 : undefined);
    let loops = 0;
    let truncated = false;
    push(`${label}/loops-len4`, time(big ? 3 : 15, () => { const r = findLoops(g, { maxLength: 4, maxCount: 1_000_000 }); loops = r.count; truncated = r.truncated; }), targets ? 200 : undefined);
    push(`${label}/loops-len4.count`, loops, undefined, truncated ? 'loops (stopped at 1M)' : 'loops');
    const adj = toAdjacency(g);
    for (const metric of ['out', 'total', 'pagerank'] as const) {
      const t0 = performance.now();
      robustness(g, { metric, runs: 1000, drop: 0.1, jitter: 0.1, seed: 'bench' }, adj);
      push(`${label}/robustness-1000-${metric}.node`, performance.now() - t0, targets ? 2000 : undefined);
    }
  }
  return rows;
}

/** The default network, and the generated graph of 10k nodes (50k links) that the browser bench draws. */
export async function systemBenchCases(): Promise<{ label: string; graph: InterlinkageGraph; targets: boolean }[]> {
  const root = new URL('../', import.meta.url);
  const kz = buildGraph(parseCatalogue(JSON.parse(readFileSync(new URL('data/catalogue.json', root), 'utf8'))), parseLinkDataset(JSON.parse(readFileSync(new URL('data/kz-illustrative-indicator-links.json', root), 'utf8')), 'kz'));
  const { generateGraph } = await import('./core.ts');
  return [{ label: 'kz-277n-1535l', graph: kz, targets: true }, { label: 'gen-10kn-50kl', graph: generateGraph(50_000), targets: false }];
}

if (process.argv[1]?.endsWith('bench/system.ts')) {
  for (const r of runSystemBench(await systemBenchCases())) {
    console.log(`${r.name.padEnd(48)} ${r.value.toFixed(1).padStart(10)} ${r.unit}${r.target !== undefined ? `  (target ${r.target}: ${r.met ? 'met' : 'NOT met'})` : ''}`);
  }
}
