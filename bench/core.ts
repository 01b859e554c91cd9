/**
 * Graph-core benchmark: our metrics on the Kazakhstan network and on seeded random graphs of 1k–1M
 * links, against Cytoscape.js's own algorithms (headless, same process, same graphs).
 * Standalone: `npx tsx bench/core.ts` → prints a table, writes bench/results/core.{json,md}.
 *
 * Every figure is the median of several runs (fewer on big graphs). Graph construction is not timed
 * for either library; our timings include building the CSR adjacency, since every public metric does.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DirectedGraph } from 'graphology';
import cytoscape from 'cytoscape';
import seedrandom from 'seedrandom';
import { parseCatalogue, parseLinkDataset } from '../src/core/io/bundled.ts';
import { buildGraph } from '../src/core/graph/build.ts';
import type { InterlinkageGraph } from '../src/core/graph/types.ts';
import { toAdjacency } from '../src/core/graph/adjacency.ts';
import { inDegree, outDegree } from '../src/core/metrics/degree.ts';
import { inStrength, outStrength } from '../src/core/metrics/strength.ts';
import { reachProfile } from '../src/core/metrics/reach.ts';
import { firstOrderInfluence, secondOrderInfluence } from '../src/core/metrics/influence-order.ts';
import { dependencePagerank, influencePagerank } from '../src/core/metrics/pagerank.ts';
import { betweenness } from '../src/core/metrics/betweenness.ts';
import { louvainCommunities } from '../src/core/metrics/communities.ts';
import { computeAllMetrics } from '../src/core/metrics/index.ts';
import { classifyNodes } from '../src/core/analysis/classify.ts';
import { kShortestPaths } from '../src/core/analysis/paths.ts';
import { greedyPortfolio } from '../src/core/analysis/portfolio.ts';
import { aggregateGraph } from '../src/core/analysis/aggregate.ts';
import { runSystemBench, systemBenchCases } from './system.ts';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: number;
  met?: boolean;
}

const root = fileURLToPath(new URL('../', import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function time(runs: number, fn: () => unknown): number {
  fn(); // warm-up: JIT and lazy indexes, so the median reflects steady state
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

/** Seeded random simple digraph, average out-degree 5 (like the Kazakhstan network), skewed sources. */
export function generateGraph(links: number, seed = `bench-${links}`): InterlinkageGraph {
  const rng = seedrandom(seed);
  const n = Math.max(20, Math.round(links / 5));
  const g: InterlinkageGraph = new DirectedGraph({ allowSelfLoops: false });
  g.replaceAttributes({ datasetId: seed, name: seed, illustrative: true, level: 'indicator' });
  for (let i = 0; i < n; i++) {
    const code = `${(i % 17) + 1}.${i % 10}.${i}`;
    g.addNode(code, { code, kind: 'indicator', goal: String((i % 17) + 1), target: `${(i % 17) + 1}.${i % 10}`, blocks: [], title: { en: code, ru: code, kk: code }, category: null });
  }
  const codes = g.nodes();
  while (g.size < links) {
    // squaring skews sources towards low indices: a few accelerators with many links, as in real matrices
    const s = codes[Math.floor(rng() ** 2 * n)];
    const t = codes[Math.floor(rng() * n)];
    if (s === t || g.hasEdge(s, t)) continue;
    const score = [-2, -1, 1, 1, 2, 2, 3][Math.floor(rng() * 7)];
    g.addEdge(s, t, { score, evidence: 'illustrative' });
  }
  return g;
}

function kazakhstan(): InterlinkageGraph {
  const catalogue = parseCatalogue(JSON.parse(readFileSync(`${root}data/catalogue.json`, 'utf8')));
  const dataset = parseLinkDataset(JSON.parse(readFileSync(`${root}data/kz-illustrative-indicator-links.json`, 'utf8')), 'kz');
  return buildGraph(catalogue, dataset);
}

function toCytoscape(g: InterlinkageGraph) {
  const elements: cytoscape.ElementDefinition[] = [];
  g.forEachNode((id) => elements.push({ group: 'nodes', data: { id } }));
  g.forEachEdge((id, a, source, target) => elements.push({ group: 'edges', data: { id, source, target, score: a.score } }));
  return cytoscape({ headless: true, elements, styleEnabled: false });
}

interface Case {
  label: string;
  graph: InterlinkageGraph;
  runs: number;
  /** per-metric ceiling in ms, if this graph has one */
  target?: number;
  targetMetrics?: string[];
  betweenness: boolean;
  cyPagerank: boolean;
  cyBetweenness: boolean;
  cytoscape: boolean;
  louvain: boolean;
}

export async function runCoreBench(options: { include1M?: boolean; log?: (s: string) => void } = {}): Promise<BenchResult[]> {
  const log = options.log ?? (() => {});
  const results: BenchResult[] = [];
  const push = (r: BenchResult) => { results.push(r); log(`${r.name.padEnd(44)} ${r.value.toFixed(r.unit === 'ms' ? 2 : 3).padStart(10)} ${r.unit}${r.target !== undefined ? `  (target ${r.target}: ${r.met ? 'met' : 'NOT met'})` : ''}`); };
  const kz = kazakhstan();
  const cases: Case[] = [
    { label: 'kz-277n-1535l', graph: kz, runs: 15, target: 10, targetMetrics: ['degree', 'strength', 'reach3', 'first', 'second', 'pagerank-influence', 'pagerank-dependence', 'betweenness', 'louvain', 'classify'], betweenness: true, cyPagerank: true, cyBetweenness: true, cytoscape: true, louvain: true },
    { label: 'gen-1k', graph: generateGraph(1_000), runs: 11, betweenness: true, cyPagerank: true, cyBetweenness: true, cytoscape: true, louvain: true },
    { label: 'gen-10k', graph: generateGraph(10_000), runs: 7, betweenness: true, cyPagerank: true, cyBetweenness: false, cytoscape: true, louvain: true },
    { label: 'gen-100k', graph: generateGraph(100_000), runs: 3, target: 1000, targetMetrics: ['degree', 'reach3', 'second', 'pagerank-influence', 'pagerank-dependence'], betweenness: false, cyPagerank: false, cyBetweenness: false, cytoscape: true, louvain: true },
  ];
  for (const c of cases) {
    const g = c.graph;
    log(`\n== ${c.label}: ${g.order} nodes, ${g.size} links`);
    const ours = new Map<string, number>();
    const measure = (metric: string, fn: () => unknown, runs = c.runs) => {
      const v = time(runs, fn);
      ours.set(metric, v);
      const target = c.targetMetrics?.includes(metric) ? c.target : undefined;
      push({ name: `${c.label}/${metric}`, value: v, unit: 'ms', ...(target !== undefined ? { target, met: v <= target } : {}) });
    };
    measure('degree', () => { const adj = toAdjacency(g); outDegree(g, adj); inDegree(g, adj); });
    measure('strength', () => { const adj = toAdjacency(g); outStrength(g, 'all', adj); inStrength(g, 'all', adj); });
    measure('reach3', () => reachProfile(toAdjacency(g), 3, 'out'));
    measure('first', () => firstOrderInfluence(g));
    measure('second', () => secondOrderInfluence(g));
    measure('pagerank-influence', () => influencePagerank(g));
    measure('pagerank-dependence', () => dependencePagerank(g));
    if (c.betweenness) measure('betweenness', () => betweenness(g), Math.min(c.runs, g.size > 5000 ? 3 : c.runs));
    if (c.louvain) measure('louvain', () => louvainCommunities(g), g.size > 50_000 ? 3 : c.runs);
    measure('classify', () => classifyNodes(g));
    if (c.label.startsWith('kz')) {
      measure('computeAllMetrics', () => computeAllMetrics(g));
      measure('path-k10-len4(16.6.1→8.5.2)', () => kShortestPaths(g, '16.6.1', '8.5.2', 10, 4));
      measure('portfolio-k10-d2', () => greedyPortfolio(g, { k: 10, depth: 2 }));
      measure('aggregate-goal', () => aggregateGraph(g, 'goal'));
    }
    if (!c.cytoscape) continue;
    const cy = toCytoscape(g);
    const versus = (metric: string, fn: () => unknown, runs = c.runs) => {
      const v = time(runs, fn);
      push({ name: `${c.label}/${metric}/cytoscape`, value: v, unit: 'ms' });
      const mine = ours.get(metric)!;
      push({ name: `${c.label}/${metric}/ours÷cytoscape`, value: mine / v, unit: 'ratio', target: 1, met: mine <= v });
    };
    versus('degree', () => { cy.nodes().forEach((n) => { n.outdegree(false); n.indegree(false); }); });
    // Cytoscape's pageRank builds a dense n×n matrix, so it cannot run past a few thousand nodes.
    if (c.cyPagerank) versus('pagerank-dependence', () => cy.elements().pageRank({}), Math.min(c.runs, 5));
    if (c.cyBetweenness && c.betweenness) versus('betweenness', () => cy.elements().betweennessCentrality({ directed: true }), Math.min(c.runs, 5));
    cy.destroy();
  }
  for (const r of runSystemBench(await systemBenchCases())) push(r); // loops, MICMAC, propagation, robustness (issue 17)
  if (options.include1M !== false) {
    const budgetMs = 60_000;
    const t0 = performance.now();
    log('\n== gen-1M');
    const g = generateGraph(1_000_000);
    const build = performance.now() - t0;
    push({ name: 'gen-1M/build-graph', value: build, unit: 'ms' });
    const steps: [string, () => unknown][] = [
      ['degree', () => { const adj = toAdjacency(g); outDegree(g, adj); inDegree(g, adj); }],
      ['reach3', () => reachProfile(toAdjacency(g), 3, 'out')],
      ['second', () => secondOrderInfluence(g)],
      ['pagerank-dependence', () => dependencePagerank(g)],
      ['pagerank-influence', () => influencePagerank(g)],
    ];
    for (const [metric, fn] of steps) {
      if (performance.now() - t0 > budgetMs) {
        push({ name: `gen-1M/${metric}`, value: NaN, unit: 'skipped (60 s budget spent)' });
        continue;
      }
      const t = performance.now();
      fn();
      push({ name: `gen-1M/${metric}`, value: performance.now() - t, unit: 'ms' });
    }
  }
  return results;
}

function markdown(results: BenchResult[]): string {
  const lines = ['| benchmark | value | unit | target | met |', '|---|---:|---|---:|---|'];
  for (const r of results) {
    lines.push(`| ${r.name} | ${Number.isNaN(r.value) ? '—' : r.value.toFixed(r.unit === 'ms' ? 2 : 3)} | ${r.unit} | ${r.target ?? ''} | ${r.met === undefined ? '' : r.met ? 'yes' : '**no**'} |`);
  }
  return `# Graph core benchmark\n\nNode ${process.version}, ${new Date().toISOString()}. Medians of several runs; see bench/core.ts.\n\n${lines.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = performance.now();
  const results = await runCoreBench({ log: (s) => console.log(s) });
  mkdirSync(`${root}bench/results`, { recursive: true });
  writeFileSync(`${root}bench/results/core.json`, JSON.stringify(results, null, 2));
  writeFileSync(`${root}bench/results/core.md`, markdown(results));
  const missed = results.filter((r) => r.met === false);
  console.log(`\n${results.length} figures in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${missed.length} target(s) missed${missed.length ? ': ' + missed.map((r) => r.name).join(', ') : ''}`);
}
