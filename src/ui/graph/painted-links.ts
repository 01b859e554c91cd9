/**
 * Big graphs (above PAINTED_LINK_LIMIT links, canvas renderer): the links are not Cytoscape
 * elements but strokes the app paints on its own canvas under Cytoscape's. A Cytoscape link costs its
 * creation, a style pass, geometry and a bounding box before its one stroke: on 10k nodes / 100k links
 * ≈ 7 s of an 8.6 s first draw (CPU profile: Collection and restore ≈ 1.9 s, style ≈ 2.1 s, rendered
 * geometry ≈ 3 s, bounding boxes ≈ 1.1 s, plus their garbage), while 100k strokes on a 1920×1080 canvas
 * take ≈ 0.7 s in software (measured in this browser: one path or one stroke per link within 10%).
 *
 * The painted links look as the stylesheet says (link-paint-style.ts), one stroke each as Cytoscape
 * draws them (overlaps darken alike), between node centres (haystack), under the nodes, and only
 * between visible nodes and of evidence kinds not turned off. Like Cytoscape's own links on big graphs
 * (hideEdgesOnViewport) they are left out while the camera or a node moves, and like them they are
 * off under a highlight or beside a path up to 20k links (`setPaintedOff`). What needs a real link
 * element gets one: the highlight's overlay takes copies made from the graph (`paintedLinkDefs`), and a
 * path or a loop makes its few links real (`materialisedLinks`), which Cytoscape then draws and the
 * painter skips. Clicks and hovers find a painted link with `paintedLinkAt`.
 */
import type { Core, EdgeCollection, ElementDefinition, NodeSingular } from 'cytoscape';
import { canvasMemo } from './canvas-memo.ts';
import { rendererOf } from './renderer-internals.ts';
import { clearPaintCanvas, liveSheetOf } from './paint-canvas.ts';
import { linkPaintOf, type LinkPaint } from './link-paint-style.ts';
import { linkElement } from './elements.ts';
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import type { LitLink } from './painted-lit-links.ts';
import { nextTask } from '../../state/next-task.ts';

/**
 * Above this many links the canvas renderer's graph gets painted links: the graphs that go in at once
 * (frames.ts PROGRESSIVE_EDGE_LIMIT). Smaller ones keep Cytoscape's links, with their arrows and bézier
 * goal links.
 */
export const PAINTED_LINK_LIMIT = 5_000;

/**
 * Links per task of the first paint. Until the links have been painted once, a paint goes in tasks
 * of this many strokes (≈ 50 ms in software rendering) after Cytoscape's frame instead of inside it:
 * the 100k links of the 10k-node bench graph took 0.25 s of its 1.3 s first frame. Later paints
 * (a pan or zoom that settled, a filter) stay whole, so the picture never shows half its links.
 */
const FIRST_PAINT_SLICE = 30_000;

/** Why the painted links are off for now: under a highlight, or beside a path (their Cytoscape twins would be display: none). */
export type PaintedOffReason = 'dimmed' | 'off-path';

interface RendererState {
  getPixelRatio(): number;
  pinching?: boolean;
  swipePanning?: boolean;
  hoverData?: { dragging?: boolean; draggingEles?: boolean };
  data?: { wheelZooming?: boolean; canvasContainer?: HTMLElement };
}

interface Painted {
  cy: Core;
  canvas: HTMLCanvasElement;
  graph: InterlinkageGraph;
  /** the graph's edge key of each link */
  keys: string[];
  src: Int32Array;
  tgt: Int32Array;
  negative: Uint8Array;
  /** index into `kinds` of each link's evidence kind; read off the graph when the evidence filter first hides a kind */
  kind: Uint16Array | null;
  kinds: string[];
  nodes: NodeSingular[];
  /** link indexes by "source→target", made when first asked for (a highlight, a path) */
  byPair: Map<string, number[]> | null;
  hiddenKinds: Set<number>;
  /** links that are Cytoscape elements now (Cytoscape draws them) */
  real: Set<number>;
  off: Set<PaintedOffReason>;
  xs: Float64Array;
  ys: Float64Array;
  visible: Uint8Array;
  /** what the last paint showed: camera, size and style ('moving' while links are left out) */
  shown: string;
  force: boolean;
  settle: ReturnType<typeof setTimeout> | undefined;
  /** cancels the first paint still under way in tasks */
  pending: (() => void) | undefined;
  /** true once a paint has finished */
  painted: boolean;
  /** waiting for the first finished paint (whenLinksPainted) */
  waiters: (() => void)[];
}

/** The model area a paint covers and how its links look. */
interface PaintView { x1: number; y1: number; x2: number; y2: number; paints: ReturnType<typeof linkPaintOf>; transform: [number, number, number, number, number, number] }

const painted = canvasMemo<Painted>();

/** Paints the links of `graph` on `cy`, whose nodes (the graph's) are in. */
export function paintLinks(cy: Core, graph: InterlinkageGraph): void {
  const r = rendererOf<RendererState>(cy);
  const host = r?.data?.canvasContainer;
  if (!r || !host) return;
  const canvas = document.createElement('canvas');
  canvas.dataset.testid = 'painted-links';
  canvas.setAttribute('aria-hidden', 'true');
  // Under Cytoscape's canvases (z-index 1–3), inside the div the highlight dims; last in the DOM, as
  // the scene thumbnails stack the layers bottom first from the last (present/thumbnails.ts).
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', zIndex: '0', pointerEvents: 'none' });
  host.append(canvas);
  const nodes = cy.nodes().toArray();
  const index = new Map<string, number>();
  nodes.forEach((n, i) => index.set(n.id(), i));
  const keys: string[] = [];
  const src: number[] = [];
  const tgt: number[] = [];
  const negative: number[] = [];
  graph.forEachEdge((key, a, source, target) => {
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined) return;
    keys.push(key);
    src.push(s);
    tgt.push(t);
    negative.push(a.score < 0 ? 1 : 0);
  });
  const st: Painted = {
    cy, canvas, graph, keys,
    src: Int32Array.from(src), tgt: Int32Array.from(tgt), negative: Uint8Array.from(negative), kind: null, kinds: [],
    nodes, byPair: null, hiddenKinds: new Set(), real: new Set(), off: new Set(),
    xs: new Float64Array(nodes.length), ys: new Float64Array(nodes.length), visible: new Uint8Array(nodes.length),
    shown: '', force: true, settle: undefined, pending: undefined, painted: false, waiters: [],
  };
  painted.set(cy, st);
  cy.on('render', () => paint(st));
  cy.on('destroy', () => { clearTimeout(st.settle); st.pending?.(); canvas.remove(); painted.set(cy, undefined); });
}

/** Calls `cb` once `cy`'s links have been painted whole for the first time (at once when it paints none). */
export function whenLinksPainted(cy: Core, cb: () => void): void {
  const st = painted.get(cy);
  if (!st || st.painted) cb();
  else st.waiters.push(cb);
}

function finished(st: Painted): void {
  st.pending = undefined;
  if (st.painted) return;
  st.painted = true;
  st.waiters.splice(0).forEach((f) => f());
}

/** Link indexes by "source→target". */
function pairsOf(st: Painted): Map<string, number[]> {
  if (st.byPair) return st.byPair;
  const byPair = new Map<string, number[]>();
  for (let i = 0; i < st.keys.length; i++) {
    const pair = `${st.nodes[st.src[i]].id()}→${st.nodes[st.tgt[i]].id()}`;
    const list = byPair.get(pair);
    if (list) list.push(i); else byPair.set(pair, [i]);
  }
  st.byPair = byPair;
  return byPair;
}

/** Each link's evidence kind, as an index into `st.kinds`. */
function kindsOf(st: Painted): Uint16Array {
  if (st.kind) return st.kind;
  const kind = new Uint16Array(st.keys.length);
  const at = new Map<string, number>();
  st.keys.forEach((key, i) => {
    const k = st.graph.getEdgeAttribute(key, 'evidence') ?? '';
    let ki = at.get(k);
    if (ki === undefined) { ki = st.kinds.length; st.kinds.push(k); at.set(k, ki); }
    kind[i] = ki;
  });
  st.kind = kind;
  return kind;
}

/** The element definition of link `i`, as graph/elements.ts makes one. */
function definitionOf(st: Painted, i: number): ElementDefinition {
  return linkElement(st.keys[i], st.nodes[st.src[i]].id(), st.nodes[st.tgt[i]].id(), st.graph.getEdgeAttribute(st.keys[i], 'score'));
}

/** True when `cy`'s links are painted (then `cy.edges()` holds only the few made real). */
export function hasPaintedLinks(cy: Core): boolean {
  return !!painted.get(cy);
}

/** How many links the painted canvas holds (real or painted), or undefined when it paints none. */
export function paintedLinkCount(cy: Core): number | undefined {
  return painted.get(cy)?.keys.length;
}

/** Every link's ends (the force layout reads them). */
export function paintedLinkEnds(cy: Core): [string, string][] | undefined {
  const st = painted.get(cy);
  return st?.keys.map((_, i) => [st.nodes[st.src[i]].id(), st.nodes[st.tgt[i]].id()]);
}

/** The links from `source` to `target` ("source→target"), for the overlay to paint lit (painted-lit-links.ts). */
export function paintedLinksOf(cy: Core, pair: string): LitLink[] {
  const st = painted.get(cy);
  return st ? (pairsOf(st).get(pair) ?? []).map((i) => ({
    id: st.keys[i], source: st.nodes[st.src[i]].id(), target: st.nodes[st.tgt[i]].id(), negative: st.negative[i] === 1,
  })) : [];
}

/** True when the evidence filter hides the painted link `link`. */
export function paintedLinkHidden(cy: Core, link: Pick<LitLink, 'id' | 'source' | 'target'>): boolean {
  const st = painted.get(cy);
  if (!st || !st.hiddenKinds.size) return false;
  const i = pairsOf(st).get(`${link.source}→${link.target}`)?.find((j) => st.keys[j] === link.id);
  return i !== undefined && st.hiddenKinds.has(kindsOf(st)[i]);
}

/**
 * The links from `source` to `target` as Cytoscape elements: on a painted canvas they are made real
 * first (a path, a loop: a few links, which Cytoscape then draws with their classes).
 */
export function materialisedLinks(cy: Core, source: string, target: string): EdgeCollection {
  const st = painted.get(cy);
  const from = cy.getElementById(source);
  const to = cy.getElementById(target);
  if (st) {
    const add = (pairsOf(st).get(`${source}→${target}`) ?? []).filter((i) => !st.real.has(i));
    if (add.length && from.nonempty() && to.nonempty()) {
      add.forEach((i) => st.real.add(i));
      cy.add(add.map((i) => definitionOf(st, i)));
      st.force = true;
    }
  }
  return from.edgesTo(to);
}

/** Hides the painted links of the evidence kinds in `off`. */
export function setPaintedHiddenKinds(cy: Core, off: ReadonlySet<string>): void {
  const st = painted.get(cy);
  if (!st) return;
  // Nothing hidden needs no kinds: they are read off the graph when a kind is first turned off.
  const hidden = off.size ? (kindsOf(st), new Set(st.kinds.flatMap((k, i) => (off.has(k) ? [i] : [])))) : new Set<number>();
  // The filter's effect runs on every new canvas: the same kinds again change nothing.
  if (hidden.size === st.hiddenKinds.size && [...hidden].every((k) => st.hiddenKinds.has(k))) return;
  st.hiddenKinds = hidden;
  st.force = true;
  paint(st);
}

/** Takes every painted link off (or puts them back) for `reason`; they show when no reason is left. */
export function setPaintedOff(cy: Core, reason: PaintedOffReason, off: boolean): void {
  const st = painted.get(cy);
  if (!st || st.off.has(reason) === off) return;
  if (off) st.off.add(reason); else st.off.delete(reason);
  st.force = true;
  paint(st);
}

/**
 * The painted link under the model point (x, y), within `tolerancePx` screen pixels of its stroke:
 * the nearest, as Cytoscape picks among its own links; null when none.
 */
export function paintedLinkAt(cy: Core, x: number, y: number, tolerancePx = 4): { source: string; target: string } | null {
  const st = painted.get(cy);
  if (!st || st.off.size) return null;
  readNodes(st);
  const { plain } = linkPaintOf(liveSheetOf(cy));
  const reach = plain.width / 2 + tolerancePx / cy.zoom();
  const i = nearestSegment(st, x, y, reach);
  return i < 0 ? null : { source: st.nodes[st.src[i]].id(), target: st.nodes[st.tgt[i]].id() };
}

/** Index of the drawn link nearest to (x, y) no further than `reach`, or -1. */
function nearestSegment(st: Painted, x: number, y: number, reach: number): number {
  let best = -1;
  let bestD = reach * reach;
  const { xs, ys, src, tgt, visible } = st;
  for (let i = 0; i < src.length; i++) {
    if (!drawn(st, i)) continue;
    const a = src[i];
    const b = tgt[i];
    if (!visible[a] || !visible[b]) continue;
    const d = distanceToSegmentSq(x, y, xs[a], ys[a], xs[b], ys[b]);
    if (d <= bestD) { bestD = d; best = i; }
  }
  return best;
}

/** Squared distance from (x, y) to the segment (x1, y1)–(x2, y2). */
function distanceToSegmentSq(x: number, y: number, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len)) : 0;
  const px = x1 + t * dx - x;
  const py = y1 + t * dy - y;
  return px * px + py * py;
}

const drawn = (st: Painted, i: number) => !st.real.has(i) && !(st.hiddenKinds.size && st.hiddenKinds.has(st.kind![i]));

/** Reads the nodes' places and visibility into the typed arrays; a change forces the next paint. */
function readNodes(st: Painted): boolean {
  let changed = false;
  for (let i = 0; i < st.nodes.length; i++) {
    const n = st.nodes[i];
    const p = n.position();
    const v = n.visible() ? 1 : 0;
    if (st.xs[i] !== p.x || st.ys[i] !== p.y || st.visible[i] !== v) {
      changed = true;
      st.xs[i] = p.x;
      st.ys[i] = p.y;
      st.visible[i] = v;
    }
  }
  // The canvas shows the old places until the next paint.
  if (changed) st.force = true;
  return changed;
}

function moving(cy: Core, r: RendererState): boolean {
  return !!(r.pinching || r.hoverData?.dragging || r.swipePanning || r.data?.wheelZooming || r.hoverData?.draggingEles || cy.animated());
}

/** Paints the links for Cytoscape's frame just drawn, unless nothing they depend on changed. */
function paint(st: Painted): void {
  const { cy, canvas } = st;
  const r = rendererOf<RendererState>(cy);
  if (!r || cy.destroyed()) return;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  if (moving(cy, r)) {
    // As Cytoscape's hideEdgesOnViewport: no links while the camera or a node moves; back once it stops.
    st.pending?.();
    st.pending = undefined;
    if (st.shown !== 'moving') {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      st.shown = 'moving';
    }
    clearTimeout(st.settle);
    st.settle = setTimeout(() => paint(st), 150);
    return;
  }
  const px = r.getPixelRatio();
  const w = cy.width();
  const h = cy.height();
  const zoom = cy.zoom();
  const pan = cy.pan();
  const sheet = liveSheetOf(cy);
  readNodes(st);
  const signature = `${w}x${h}@${px} ${zoom} ${pan.x},${pan.y} ${JSON.stringify(sheet)}`;
  if (!st.force && signature === st.shown) return;
  st.pending?.();
  st.pending = undefined;
  st.force = false;
  st.shown = signature;
  clearPaintCanvas(canvas, ctx, w, h, px);
  if (st.off.size) return finished(st);
  const paints = linkPaintOf(sheet);
  // The model area on screen, widened by a link's width: links wholly to one side of it are skipped.
  const view: PaintView = {
    x1: -pan.x / zoom - paints.plain.width,
    y1: -pan.y / zoom - paints.plain.width,
    x2: (w - pan.x) / zoom + paints.plain.width,
    y2: (h - pan.y) / zoom + paints.plain.width,
    paints,
    transform: [px * zoom, 0, 0, px * zoom, px * pan.x, px * pan.y],
  };
  if (st.painted || st.src.length <= FIRST_PAINT_SLICE) {
    strokeLinks(st, ctx, view, 0, st.src.length);
    return finished(st);
  }
  let at = 0;
  const next = () => {
    if (cy.destroyed()) return;
    at = strokeLinks(st, ctx, view, at, at + FIRST_PAINT_SLICE);
    if (at < st.src.length) st.pending = nextTask(next);
    else finished(st);
  };
  st.pending = nextTask(next);
}

/** Strokes the drawn links `from` up to `to` as `view` says; returns where it stopped. */
function strokeLinks(st: Painted, ctx: CanvasRenderingContext2D, view: PaintView, from: number, to: number): number {
  const { xs, ys, src, tgt, visible, negative } = st;
  const { x1, y1, x2, y2, paints } = view;
  const end = Math.min(to, src.length);
  ctx.setTransform(...view.transform);
  let current = -1;
  const setPaint = (p: LinkPaint) => {
    ctx.lineWidth = p.width;
    ctx.strokeStyle = p.color;
    ctx.globalAlpha = p.opacity;
    ctx.setLineDash(p.dashed ? [6, 3] : []);
  };
  for (let i = from; i < end; i++) {
    const a = src[i];
    const b = tgt[i];
    if (!visible[a] || !visible[b] || !drawn(st, i)) continue;
    const ax = xs[a], ay = ys[a], bx = xs[b], by = ys[b];
    if ((ax < x1 && bx < x1) || (ax > x2 && bx > x2) || (ay < y1 && by < y1) || (ay > y2 && by > y2)) continue;
    if (negative[i] !== current) { current = negative[i]; setPaint(current ? paints.negative : paints.plain); }
    ctx.beginPath();
    ctx.moveTo(ax, ay);
    ctx.lineTo(bx, by);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  return end;
}
