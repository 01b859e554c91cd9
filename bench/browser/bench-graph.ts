/**
 * Generated benchmark graphs (seeded) and the pan/zoom input script shared by the app and its peers.
 */
import seedrandom from 'seedrandom';

export interface BenchGraphFile {
  name: string;
  nodes: { id: string; x: number; y: number; out: number; color: string }[];
  edges: [string, string][];
}

const COLORS = ['#E5243B', '#DDA63A', '#4C9F38', '#C5192D', '#FF3A21', '#26BDE2', '#FCC30B', '#A21942', '#FD6925', '#DD1367', '#FD9D24', '#BF8B2E', '#3F7E44', '#0A97D9', '#56C02B', '#00689D', '#19486A'];

/**
 * n nodes in 17 "goal" clusters, 10·n links, skewed sources (a few nodes influence many), most links
 * inside a cluster — the shape of an interlinkage network, at scale.
 */
export function generateBenchGraph(nodes: number, seed = `bench-graph-${nodes}`, links = nodes * 10): BenchGraphFile {
  const rng = seedrandom(seed);
  const ids = Array.from({ length: nodes }, (_, i) => `${(i % 17) + 1}.${Math.floor(i / 17) + 1}.1`);
  const edges = new Set<string>();
  const out = new Map<string, number>();
  while (edges.size < links) {
    const s = Math.floor(nodes * rng() ** 2.5);
    const sameCluster = rng() < 0.6;
    let t = Math.floor(rng() * nodes);
    if (sameCluster) t = (s % 17) + 17 * Math.floor(rng() * Math.floor(nodes / 17));
    if (t === s || t >= nodes) continue;
    const key = `${s}>${t}`;
    if (edges.has(key)) continue;
    edges.add(key);
    out.set(ids[s], (out.get(ids[s]) ?? 0) + 1);
  }
  const perCluster = Math.ceil(nodes / 17);
  const ring = Math.sqrt(perCluster) * 40;
  const list = ids.map((id, i) => {
    const c = i % 17;
    const k = Math.floor(i / 17);
    const a = (2 * Math.PI * c) / 17;
    const r = 8 * Math.sqrt(k);
    const g = k * Math.PI * (3 - Math.sqrt(5));
    return { id, x: Math.round(ring * Math.cos(a) + r * Math.cos(g)), y: Math.round(ring * Math.sin(a) + r * Math.sin(g)), out: out.get(id) ?? 0, color: COLORS[c] };
  });
  return { name: `generated ${nodes} nodes / ${links} links`, nodes: list, edges: [...edges].map((k) => k.split('>').map((x) => ids[Number(x)]) as [string, string]) };
}

/** One input script for every renderer: t in [0,1] → pan offset (fraction of the view) and zoom. */
export function panZoomScript(t: number): { dx: number; dy: number; zoom: number } {
  const a = 2 * Math.PI * t;
  return { dx: 0.3 * Math.sin(a), dy: 0.2 * Math.sin(2 * a), zoom: 1 + 1.5 * (0.5 - 0.5 * Math.cos(a)) };
}

/** Gephi Lite's sample network has 1,715 nodes and 6,676 links: the same shape, generated. */
export const PEER_SHAPE = { nodes: 1_715, links: 6_676 } as const;

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The graph as GEXF 1.3 with labels, positions, colours and sizes, so the app (through its import
 * worker) and sigma.js (through graphology-gexf) read the very same file.
 */
export function toGexf(g: BenchGraphFile): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const nodes = g.nodes.map((n) => {
    const [r, gr, b] = rgb(n.color);
    return `<node id="${xml(n.id)}" label="${xml(`Indicator ${n.id}`)}"><viz:position x="${n.x}" y="${n.y}" z="0"/><viz:color r="${r}" g="${gr}" b="${b}"/><viz:size value="${(2 + Math.sqrt(n.out)).toFixed(2)}"/></node>`;
  });
  const edges = g.edges.map(([s, t], i) => `<edge id="e${i}" source="${xml(s)}" target="${xml(t)}" weight="1"/>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `<graph defaultedgetype="directed" mode="static"><nodes>`, ...nodes, '</nodes><edges>', ...edges, '</edges></graph></gexf>', ''].join('\n');
}

/** The bench graph as GraphML with the same labels, positions, colours and sizes as its GEXF. */
export function toGraphml(g: BenchGraphFile): string {
  const keys = [['label', 'node', 'string'], ['x', 'node', 'double'], ['y', 'node', 'double'], ['color', 'node', 'string'], ['size', 'node', 'double'], ['weight', 'edge', 'double']]
    .map(([id, f, t]) => `<key id="${id}" for="${f}" attr.name="${id}" attr.type="${t}"/>`);
  const nodes = g.nodes.map((n) => `<node id="${xml(n.id)}"><data key="label">${xml(`Indicator ${n.id}`)}</data><data key="x">${n.x}</data><data key="y">${n.y}</data><data key="color">${n.color}</data><data key="size">${(2 + Math.sqrt(n.out)).toFixed(2)}</data></node>`);
  const edges = g.edges.map(([s, t], i) => `<edge id="e${i}" source="${xml(s)}" target="${xml(t)}"><data key="weight">1</data></edge>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">', ...keys,
    '<graph edgedefault="directed">', ...nodes, ...edges, '</graph></graphml>', ''].join('\n');
}
