/**
 * Label placement cost (issue 13): the screen placer (ui/graph/screen-labels.ts planScreenLabels, the
 * code the canvas runs after every click and camera pause) on the Kazakhstan network and on a generated
 * 2k-node graph, laid out by goal and fitted into the canvas a 1920×1080 and a 1280×720 window leave.
 * Two cases each: the overview (largest nodes only) and the top node selected with its out-neighbours
 * (all must be labelled: the placer may try its four title policies). Not timed: reading positions from
 * Cytoscape and the style bypasses, measured in the browser as click-to-highlight.
 * Standalone: `npx tsx bench/label-placement.ts` → prints, writes bench/results/label-placement.{json,md}.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { parseCatalogue, parseLinkDataset } from '../src/core/io/bundled.ts';
import { buildGraph } from '../src/core/graph/build.ts';
import type { InterlinkageGraph } from '../src/core/graph/types.ts';
import { goalClusterLayout } from '../src/core/layout/goal-clusters.ts';
import { fitViewport } from '../src/ui/graph/viewport.ts';
import { planScreenLabels, type Info } from '../src/ui/graph/screen-labels.ts';
import { generateGraph } from './core.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
/** Canvas sizes the two windows leave with both side panels open (measured in the app). */
const CANVASES = { '1920x1080': [1300, 760], '1280x720': [670, 610] } as const;

function kazakhstan(): InterlinkageGraph {
  const read = (f: string) => JSON.parse(readFileSync(`${root}data/${f}`, 'utf8'));
  return buildGraph(parseCatalogue(read('catalogue.json')), parseLinkDataset(read('kz-illustrative-indicator-links.json'), 'kz'));
}

/** Nodes as the canvas measures them: rendered centre and radius (size by influence), a code and an 18-character title. */
function infosOf(g: InterlinkageGraph, w: number, h: number, selected: string | null): Info[] {
  const pos = goalClusterLayout(g);
  const vp = fitViewport(pos, w, h);
  let maxOut = 1;
  g.forEachNode((n) => { maxOut = Math.max(maxOut, g.outDegree(n)); });
  const near = new Set(selected ? g.outNeighbors(selected) : []);
  const out: Info[] = [];
  g.forEachNode((code) => {
    const size = g.outDegree(code) / maxOut;
    const rank = code === selected ? 1e6 : near.has(code) ? 1e3 : 0;
    if (selected && !rank) return; // faded nodes get no label
    out.push({
      id: code, p: { x: pos[code].x * vp.zoom + vp.pan.x, y: pos[code].y * vp.zoom + vp.pan.y }, r: ((8 + 38 * size) * vp.zoom) / 2,
      lines: 2, chars: Math.max(code.length, 18), importance: rank + size,
    });
  });
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function runLabelBench(): { name: string; value: number; unit: string; labelled: number; musts: number; placedMusts: number }[] {
  const rows = [];
  const graphs = { kz: kazakhstan(), g2k: generateGraph(10_000, 'labels-2k') };
  for (const [gid, g] of Object.entries(graphs)) {
    let top = g.nodes()[0];
    g.forEachNode((n) => { if (g.outDegree(n) > g.outDegree(top)) top = n; });
    for (const [size, [w, h]] of Object.entries(CANVASES)) {
      for (const [what, sel] of [['overview', null], ['selected', top]] as const) {
        const infos = infosOf(g, w, h, sel);
        let last = planScreenLabels(infos, w, h);
        const xs: number[] = [];
        for (let i = 0; i < 21; i++) {
          const t0 = performance.now();
          last = planScreenLabels(infos, w, h);
          xs.push(performance.now() - t0);
        }
        rows.push({
          name: `${gid}.labels.${what}.${size}.ms`, value: Number(median(xs).toFixed(2)), unit: 'ms',
          labelled: last.plan.full.size + last.plan.mid.size, musts: last.musts, placedMusts: last.placed,
        });
      }
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = runLabelBench();
  console.table(rows);
  mkdirSync(`${root}bench/results`, { recursive: true });
  writeFileSync(`${root}bench/results/label-placement.json`, `${JSON.stringify(rows, null, 2)}\n`);
  writeFileSync(`${root}bench/results/label-placement.md`, [
    '| case | median ms | labelled | must-label placed |', '|---|---|---|---|',
    ...rows.map((r) => `| ${r.name} | ${r.value} | ${r.labelled} | ${r.placedMusts}/${r.musts} |`), '',
  ].join('\n'));
}
