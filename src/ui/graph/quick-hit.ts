/**
 * Cytoscape's pointer hit test without its per-element overhead. On every mousemove, mousedown and
 * mouseup the canvas renderer walks all interactive elements and, for each one its shape misses, asks
 * for the element's bounding box before finding it has no label events — a fresh closure and a
 * position-key string per element, three times per link (main, source and target labels). On 10k
 * nodes / 100k links that cost 1–3 s per pointer event on the loaded 2-core VM (0.66 s on 2k/20k),
 * so a click spent 3–9 s in hit tests before its tap was even fired.
 *
 * Here the renderer's own test still decides, with the same rules (z-order, a node before a link,
 * arrows, labels), but only over the elements whose cheap bounds contain the pointer: the node's box
 * round its position, the link's box round its drawn points widened by its width, the pointer's
 * tolerance and its arrowhead. Elements the renderer has not measured since they moved, and elements
 * with label events, are always handed on. The box index (hit-index.ts) first narrows the elements to
 * those whose box holds the pointer, so not even those cheap bounds are asked of every element: one hit
 * test on 10k / 100k went from 47 to 8.5 ms, on 2k / 20k from 4.4 to 1.3 ms (medians of 40 random points,
 * same elements found, quiet 2-core VM).
 */
import type { Core } from 'cytoscape';
import { arrowReach, HitIndex, priv, styleOf, type El } from './hit-index.ts';
import { rendererOf } from './renderer-internals.ts';

interface ZSorted extends Array<El> { interactive: El[] }
interface Renderer {
  findNearestElements(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): El[];
  getCachedZSortedEles(): ZSorted;
}

const patched = new WeakSet<object>();

/** Installs the narrowed hit test on `cy`'s canvas renderer (the WebGL one has its own, picking-buffer test). */
export function quickHitTest(cy: Core): void {
  const r = rendererOf<Renderer>(cy);
  if (!r || patched.has(r)) return;
  const proto = Object.getPrototypeOf(r) as Renderer;
  if (r.findNearestElements !== proto.findNearestElements) return;
  patched.add(r);
  const original = proto.findNearestElements;
  const index = new HitIndex(cy);
  // A click tests the same point three times (the pointer's last move, the press, the release) with
  // nothing changed in between: the answer is kept until the pointer moves or the graph or camera does.
  // On 10k nodes / 100k links, seen whole, one test was ~4 ms of a click's release in a profile.
  let kept: { x: number; y: number; isTouch: boolean; found: El[] } | null = null;
  cy.on('add remove position data style class viewport resize', () => { kept = null; });
  r.findNearestElements = function (x, y, interactiveOnly, isTouch) {
    if (!interactiveOnly || (cy as unknown as { hasCompoundNodes(): boolean }).hasCompoundNodes()) return original.call(this, x, y, interactiveOnly, isTouch);
    if (kept && kept.x === x && kept.y === y && kept.isTouch === isTouch) return kept.found.slice();
    const found = narrowed.call(this, x, y, isTouch);
    kept = { x, y, isTouch, found: found.slice() };
    return found;
  };
  const narrowed = function (this: Renderer, x: number, y: number, isTouch: boolean): El[] {
    const eles = r.getCachedZSortedEles();
    const all = eles.interactive;
    const zoom = cy.zoom();
    // The renderer's own tolerances (model units), as in its findNearestElements.
    const edgeTol = (isTouch ? 24 : 8) / zoom;
    const nodeTol = (isTouch ? 8 : 2) / zoom;
    // The box index narrows the elements to those near the pointer; mayHit then applies the shapes.
    eles.interactive = index.candidates(all, x, y, nodeTol, edgeTol).filter((el) => mayHit(el, x, y, nodeTol, edgeTol));
    try {
      return original.call(this, x, y, true, isTouch);
    } finally {
      eles.interactive = all;
    }
  };
}

/** False only when the element's shape, arrows and label certainly miss (x, y). */
function mayHit(el: El, x: number, y: number, nodeTol: number, edgeTol: number): boolean {
  const p = priv(el);
  // A style not brought up to date yet, or a label that takes events: the renderer judges it.
  if (p.styleDirty || styleOf(el, p, 'text-events').strValue === 'yes') return true;
  if (p.group === 'nodes') {
    const hw = el.outerWidth() / 2 + nodeTol;
    const hh = el.outerHeight() / 2 + nodeTol;
    return Math.abs(x - p.position.x) <= hw && Math.abs(y - p.position.y) <= hh;
  }
  const rs = p.rscratch;
  const pts = rs.allpts;
  // Not measured since it changed: let the renderer judge it. (The renderer's own test reads the same
  // points without asking whether an end moved; asking here cost 0.4 s per test on 100k links.)
  if (!pts || pts.length < 4 || !p.rstyle.clean) return true;
  const width = styleOf(el, p, 'width').pfValue;
  const m = width / 2 + edgeTol;
  if (pts.length === 4 ? nearSegment(x, y, pts[0], pts[1], pts[2], pts[3], m) : inBox(x, y, pts, m)) return true;
  // Arrowheads as the renderer sizes them (getArrowWidth), round the points it draws them at.
  const a = arrowReach(width, styleOf(el, p, 'arrow-scale').value as number) + edgeTol;
  return within(x, y, rs.arrowStartX, rs.arrowStartY, a) || within(x, y, rs.arrowEndX, rs.arrowEndY, a) || within(x, y, rs.midX, rs.midY, a);
}

/** (x, y) no further than m from the segment (x1, y1)–(x2, y2): a straight or haystack link. */
function nearSegment(x: number, y: number, x1: number, y1: number, x2: number, y2: number, m: number): boolean {
  const dx = x2 - x1, dy = y2 - y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2)) : 0;
  const ex = x1 + t * dx - x, ey = y1 + t * dy - y;
  return ex * ex + ey * ey <= m * m;
}

/** (x, y) within m of the box round a curve's points (a Bézier stays inside its control points' box). */
function inBox(x: number, y: number, pts: number[], m: number): boolean {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (let i = 0; i + 1 < pts.length; i += 2) {
    if (pts[i] < x1) x1 = pts[i];
    if (pts[i] > x2) x2 = pts[i];
    if (pts[i + 1] < y1) y1 = pts[i + 1];
    if (pts[i + 1] > y2) y2 = pts[i + 1];
  }
  return x >= x1 - m && x <= x2 + m && y >= y1 - m && y <= y2 + m;
}

/** (x, y) within `a` of a point; an unset point (no arrow drawn there) is never near. */
function within(x: number, y: number, px: number | undefined, py: number | undefined, a: number): boolean {
  return Math.abs(x - (px ?? NaN)) <= a && Math.abs(y - (py ?? NaN)) <= a;
}
