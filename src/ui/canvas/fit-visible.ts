/**
 * Fitting a part of the graph into the canvas area a person can really see: the canvas minus what is
 * drawn over it (the legend). Computed from node positions and sizes, not cy.fit(), which measures
 * every edge's bounding box (~0.5 s for 1.5k edges in software rendering).
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { highlightedNodes } from '../graph/highlight-overlay.ts';

interface Rect { x: number; y: number; w: number; h: number }
interface Point { x: number; y: number }
interface ModelBox { x1: number; y1: number; x2: number; y2: number }

/** Screen margins around the fitted part; the top one leaves room for the labels drawn above nodes. */
export interface FitMargin { side: number; top: number; bottom: number }

/** Screen boxes (relative to the canvas) of the overlays drawn over it. */
function overlays(cy: Core): Rect[] {
  const container = cy.container();
  const host = container?.closest('.center-graph');
  if (!container || !host) return [];
  const c = container.getBoundingClientRect();
  const out: Rect[] = [];
  host.querySelectorAll('[data-testid=legend]').forEach((el) => {
    const r = el.getBoundingClientRect();
    const x0 = Math.max(r.left, c.left), y0 = Math.max(r.top, c.top);
    const x1 = Math.min(r.right, c.right), y1 = Math.min(r.bottom, c.bottom);
    if (x1 > x0 && y1 > y0) out.push({ x: x0 - c.left, y: y0 - c.top, w: x1 - x0, h: y1 - y0 });
  });
  return out;
}

/**
 * Candidate free rectangles: the whole canvas when nothing covers it, else for each overlay the strips
 * above, below, left and right of it (the legend sits in a corner, so one strip is usually most of the canvas).
 */
function freeAreas(cy: Core): Rect[] {
  const full: Rect = { x: 0, y: 0, w: cy.width(), h: cy.height() };
  let areas = [full];
  for (const o of overlays(cy)) {
    areas = areas.flatMap((a) => {
      if (o.x >= a.x + a.w || o.x + o.w <= a.x || o.y >= a.y + a.h || o.y + o.h <= a.y) return [a];
      return [
        { x: a.x, y: a.y, w: a.w, h: o.y - a.y },
        { x: a.x, y: o.y + o.h, w: a.w, h: a.y + a.h - (o.y + o.h) },
        { x: a.x, y: a.y, w: o.x - a.x, h: a.h },
        { x: o.x + o.w, y: a.y, w: a.x + a.w - (o.x + o.w), h: a.h },
      ].filter((r) => r.w > 40 && r.h > 40);
    });
  }
  return areas.length ? areas : [full];
}

/** A node's model-space diameter at a zoom (in presentation, nodes keep a screen-size floor). */
export type Diameter = (n: NodeSingular, zoom: number) => number;

const currentDiameter: Diameter = (n) => Math.max(n.width(), n.height());

/** Model-space box of the nodes at the given positions (their final ones during a scene's glide). */
function boxOf(nodes: NodeCollection, zoom: number, diameter: Diameter, positions?: Record<string, Point> | null): ModelBox | null {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  nodes.forEach((n) => {
    const p = positions?.[n.id()] ?? n.position();
    const r = diameter(n, zoom) / 2;
    x1 = Math.min(x1, p.x - r); y1 = Math.min(y1, p.y - r); x2 = Math.max(x2, p.x + r); y2 = Math.max(y2, p.y + r);
  });
  return Number.isFinite(x1) ? { x1, y1, x2, y2 } : null;
}

/** Zoom and pan putting `box` inside `area` with the margins; the largest zoom over the candidate areas wins. */
function fitBox(box: ModelBox, areas: Rect[], m: FitMargin, maxZoom: number): { zoom: number; pan: Point } | null {
  let best: { zoom: number; pan: Point } | null = null;
  const bw = Math.max(1, box.x2 - box.x1), bh = Math.max(1, box.y2 - box.y1);
  for (const a of areas) {
    const w = a.w - 2 * m.side, h = a.h - m.top - m.bottom;
    if (w <= 0 || h <= 0) continue;
    const zoom = Math.min(w / bw, h / bh, maxZoom);
    if (best && zoom <= best.zoom) continue;
    const cx = a.x + m.side + w / 2, cy = a.y + m.top + h / 2;
    best = { zoom, pan: { x: cx - zoom * (box.x1 + box.x2) / 2, y: cy - zoom * (box.y1 + box.y2) / 2 } };
  }
  return best;
}

/** The highlighted part (selection, neighbours, paths) that is not filtered out; everything when nothing is highlighted. */
export function partToFit(cy: Core): NodeCollection {
  const part = highlightedNodes(cy).filter((n) => !n.hasClass('filtered'));
  return part.length ? part : cy.nodes().filter((n) => !n.hasClass('filtered'));
}

/** The viewport fitting `nodes` (at `positions` when given) into the free canvas area, or null when there is nothing to fit. */
export function visibleFit(
  cy: Core, nodes: NodeCollection, margin: FitMargin,
  { positions, diameter = currentDiameter, maxZoom = 2 }: { positions?: Record<string, Point> | null; diameter?: Diameter; maxZoom?: number } = {},
): { zoom: number; pan: Point } | null {
  const areas = freeAreas(cy);
  let fit: { zoom: number; pan: Point } | null = null;
  // Node sizes depend on the zoom the fit picks; three rounds settle it (each changes the zoom less).
  for (let round = 0, zoom = cy.zoom(); round < 3; round++) {
    const box = boxOf(nodes, zoom, diameter, positions);
    const next = box && fitBox(box, areas, margin, maxZoom);
    if (!next) break;
    fit = next;
    zoom = next.zoom;
  }
  return fit;
}
