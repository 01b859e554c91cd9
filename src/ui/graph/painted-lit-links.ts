/**
 * A highlight's links on a painted canvas (painted-links.ts) are painted on the overlay
 * (highlight-overlay.ts) instead of being copied into it as Cytoscape edges. A click on the hub 1.1.1
 * of the generated 10k/100k graph lights ~1.4k links; as overlay edges each one cost Cytoscape a
 * style pass, endpoint and arrow geometry, bounding boxes and a stroke (≈ 0.3 s of the click's
 * ≈ 0.6–0.8 s in a CPU profile, plus their garbage).
 *
 * They are painted as Cytoscape draws a straight `edge.hl` link: from the source's outline to the
 * target's (Cytoscape's own node shapes find the crossing points), the line stopping short of the
 * arrowhead by the arrow's gap, a filled triangle whose area is cleared first when the link is
 * translucent. The paint (width, colours, opacity, arrow scale, dashes) is read off the overlay's live
 * stylesheet, so presentation mode follows. The canvas sits under the overlay's node layers.
 *
 * A big highlight's plain lit nodes are painted on the same canvas, over the links
 * (painted-lit-nodes.ts); the links then end on those graph nodes' outlines.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { paintNodes, type NodePaintRenderer } from './painted-lit-nodes.ts';
import { canvasMemo } from './canvas-memo.ts';
import { rendererOf } from './renderer-internals.ts';
import { clearPaintCanvas, liveSheetOf } from './paint-canvas.ts';
import { linkPaintOf, type LinkPaint } from './link-paint-style.ts';

/** A lit link to paint: its ends (node ids in the overlay) and whether its score is negative. */
export interface LitLink {
  id: string;
  source: string;
  target: string;
  negative: boolean;
}

interface NodeShape {
  intersectLine(x: number, y: number, w: number, h: number, px: number, py: number, padding: number, cornerRadius: number | 'auto', rs: unknown): number[];
}

interface RendererState {
  getPixelRatio(): number;
  getNodeShape(node: NodeSingular): string;
  nodeShapes: Record<string, NodeShape & NodePaintRenderer['nodeShapes'][string]>;
  getArrowWidth(edgeWidth: number, scale: number): number;
  data?: { canvasContainer?: HTMLElement };
}

interface Lit {
  cy: Core;
  canvas: HTMLCanvasElement;
  links: LitLink[];
  /** true for a link the evidence filter hides now (asked at each paint) */
  hidden: (link: LitLink) => boolean;
  /** lit nodes of the graph painted here rather than copied (painted-lit-nodes.ts), by id, in drawing order */
  nodes: Map<string, NodeSingular>;
  /** links changed since the last paint */
  pending: boolean;
}

const lit = canvasMemo<Lit>();

/** The overlay's painted lit links, made on first use; undefined when the overlay has no canvas (headless). */
function litOf(cy: Core): Lit | undefined {
  const known = lit.get(cy);
  if (known) return known;
  const host = rendererOf<RendererState>(cy)?.data?.canvasContainer;
  if (!host) return undefined;
  const canvas = document.createElement('canvas');
  canvas.dataset.testid = 'painted-lit-links';
  canvas.setAttribute('aria-hidden', 'true');
  // Under the overlay's own canvases (z-index 1–3), so the lit node copies cover the links' ends.
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', zIndex: '0', pointerEvents: 'none' });
  host.append(canvas);
  const st: Lit = { cy, canvas, links: [], hidden: () => false, nodes: new Map(), pending: false };
  lit.set(cy, st);
  cy.on('render', () => paint(st));
  cy.on('destroy', () => { canvas.remove(); lit.set(cy, undefined); });
  return st;
}

/**
 * Paints `links` and the graph's `nodes` on `overlay` from its next frame on (none: clears). `hidden`
 * says, at each paint, whether the evidence filter hides a link. Headless overlays paint nothing: they
 * are over headless graphs, which paint no links either.
 */
export function setLitLinks(overlay: Core, links: LitLink[], hidden: (link: LitLink) => boolean = () => false, nodes: NodeSingular[] = []): void {
  const st = links.length || nodes.length ? litOf(overlay) : lit.get(overlay);
  if (!st) return;
  st.links = links;
  st.hidden = hidden;
  st.nodes = new Map(nodes.map((n) => [n.id(), n]));
  paintLater(st);
}

/** Painted in the overlay's next frame (its 'render' event), once; this frame-late paint covers a change that gives the overlay nothing to redraw. */
function paintLater(st: Lit): void {
  if (st.pending) return;
  st.pending = true;
  requestAnimationFrame(() => { if (st.pending) paint(st); });
}

/** Paints the lit links again now (the evidence filter changed). */
export function repaintLitLinks(overlay: Core): void {
  const st = lit.get(overlay);
  if (st) paint(st);
}

/** Paints again in the next frame: a painted node's or lit link's style, classes or position changed on the graph. */
export function repaintLitLater(overlay: Core): void {
  const st = lit.get(overlay);
  if (st && (st.nodes.size || st.links.length)) paintLater(st);
}

/** Ids of the graph nodes `overlay` paints lit (the browser tests read them). */
export function litNodesOf(overlay: Core): string[] {
  return [...(lit.get(overlay)?.nodes.keys() ?? [])];
}

/** The lit links `overlay` paints now, less those the evidence filter hides (the browser tests read them). */
export function litLinksOf(overlay: Core): LitLink[] {
  const st = lit.get(overlay);
  return st ? st.links.filter((l) => !st.hidden(l)) : [];
}

interface Ends { x: number; y: number; w: number; h: number; shape: NodeShape; corner: number | 'auto'; rs: unknown }

function endsOf(r: RendererState, n: NodeSingular): Ends {
  const p = n.position();
  // pstyle (the parsed style) is missing from Cytoscape's typings.
  const corner = (n as unknown as { pstyle(name: string): { value: string; pfValue: number } }).pstyle('corner-radius');
  return {
    x: p.x, y: p.y, w: n.outerWidth(), h: n.outerHeight(), shape: r.nodeShapes[r.getNodeShape(n)],
    corner: corner.value === 'auto' ? 'auto' : corner.pfValue,
    rs: (n as unknown as { _private: { rscratch: unknown } })._private.rscratch,
  };
}

/** Cytoscape's shortenIntersection: the point `amount` back from `p` towards `from`. */
function shorten(p: number[], fromX: number, fromY: number, amount: number): [number, number] {
  const dx = p[0] - fromX;
  const dy = p[1] - fromY;
  const len = Math.sqrt(dx * dx + dy * dy);
  let ratio = (len - amount) / len;
  if (ratio < 0) ratio = 0.00001;
  return [fromX + ratio * dx, fromY + ratio * dy];
}

function paint(st: Lit): void {
  st.pending = false;
  const { cy, canvas } = st;
  const r = rendererOf<RendererState>(cy);
  const ctx = canvas.getContext('2d');
  if (!r || !ctx || cy.destroyed()) return;
  const px = r.getPixelRatio();
  const w = cy.width();
  const h = cy.height();
  clearPaintCanvas(canvas, ctx, w, h, px);
  if (!st.links.length && !st.nodes.size) return;
  const zoom = cy.zoom();
  const pan = cy.pan();
  ctx.setTransform(px * zoom, 0, 0, px * zoom, px * pan.x, px * pan.y);
  const paints = linkPaintOf(liveSheetOf(cy), { hl: true });
  const ends = new Map<string, Ends | null>();
  const endOf = (id: string) => {
    let e = ends.get(id);
    if (e === undefined) {
      const copy = cy.getElementById(id);
      const n = copy.nonempty() ? copy : st.nodes.get(id);
      e = n && n.isNode() && n.visible() ? endsOf(r, n) : null;
      ends.set(id, e);
    }
    return e;
  };
  for (const link of st.links) {
    const s = endOf(link.source);
    const t = endOf(link.target);
    if (!s || !t || st.hidden(link)) continue;
    drawLink(ctx, r, s, t, link.negative ? paints.negative : paints.plain);
  }
  ctx.globalAlpha = 1;
  ctx.globalCompositeOperation = 'source-over';
  ctx.setLineDash([]);
  paintNodes(ctx, r, st.nodes.values());
}

/** One straight link with its target arrowhead, as Cytoscape's canvas renderer draws it. */
function drawLink(ctx: CanvasRenderingContext2D, r: RendererState, s: Ends, t: Ends, p: LinkPaint): void {
  const arrow = p.arrow;
  const tgtHit = t.shape.intersectLine(t.x, t.y, t.w, t.h, s.x, s.y, 0, t.corner, t.rs);
  const srcHit = s.shape.intersectLine(s.x, s.y, s.w, s.h, t.x, t.y, 0, s.corner, s.rs);
  if (tgtHit.length < 2 || srcHit.length < 2) return;
  // The arrow's gap (Cytoscape's standardGap): the line stops where the arrowhead begins.
  const [endX, endY] = shorten(tgtHit, s.x, s.y, arrow ? p.width * p.arrowScale * 2 : 0);
  const [startX, startY] = shorten(srcHit, t.x, t.y, 0);
  if (![startX, startY, endX, endY].every(Number.isFinite)) return;
  ctx.globalAlpha = p.opacity;
  ctx.lineWidth = p.width;
  ctx.lineCap = 'butt';
  ctx.strokeStyle = p.color;
  ctx.setLineDash(p.dashed ? [6, 3] : []);
  const line = new Path2D();
  line.moveTo(startX, startY);
  line.lineTo(endX, endY);
  ctx.stroke(line);
  if (!arrow) return;
  const size = r.getArrowWidth(p.width, p.arrowScale);
  const angle = Math.atan2(t.y - s.y, t.x - s.x) - Math.PI / 2;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const ax = tgtHit[0];
  const ay = tgtHit[1];
  const triangle = () => {
    ctx.beginPath();
    // Cytoscape's triangle: (-0.15, -0.3), (0, 0), (0.15, -0.3), scaled, turned and moved to the tip.
    for (const [x, y] of [[-0.15, -0.3], [0, 0], [0.15, -0.3]] as const) ctx.lineTo(ax + (x * cos - y * sin) * size, ay + (x * sin + y * cos) * size);
    ctx.closePath();
  };
  if (p.opacity !== 1) {
    // Cytoscape clears a translucent arrow's area first, so the line under it does not darken it.
    ctx.globalCompositeOperation = 'destination-out';
    ctx.globalAlpha = 1;
    triangle();
    ctx.fill();
    ctx.globalCompositeOperation = 'source-over';
    ctx.globalAlpha = p.opacity;
  }
  ctx.fillStyle = p.arrowColor;
  triangle();
  ctx.fill();
}
