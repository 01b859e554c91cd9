/**
 * Boxes of the canvas's interactive elements, in flat arrays, so the pointer hit test (quick-hit.ts)
 * finds the few elements near the pointer without asking each of them. Walking every element's style
 * and points on each pointer event cost 117 ms per event on 10k nodes / 100k links (profile of clicks
 * on the bench graph; a click makes two such events, a hover one per mouse move); comparing the point
 * with a box in a typed array is a few microseconds per thousand elements.
 *
 * A box is the element's shape without the pointer's tolerance (added at query time, since it depends
 * on zoom): a node's box round its position, a link's round its drawn points widened by its width and
 * its arrowheads. Boxes follow the graph: rebuilt when the renderer's z-ordered list is new (elements
 * added, removed or re-ordered), and one element's (with its links, for a node) redone after it moves,
 * is restyled or gets new data. An element not measured by the renderer since it changed is always a
 * candidate until it is.
 */
import type { Core, NodeSingular, SingularElementArgument } from 'cytoscape';

/** What this module reads of Cytoscape's canvas renderer and elements (internal, untyped). */
export type El = SingularElementArgument & { pstyle(name: string): { value: unknown; pfValue: number; strValue: string } };
export interface Private {
  group: 'nodes' | 'edges';
  styleDirty?: boolean;
  style: Record<string, { value: unknown; pfValue: number; strValue: string } | undefined>;
  position: { x: number; y: number };
  rscratch: { allpts?: number[]; arrowStartX?: number; arrowStartY?: number; arrowEndX?: number; arrowEndY?: number; midX?: number; midY?: number };
  rstyle: { clean?: boolean };
}
export const priv = (el: El) => (el as unknown as { _private: Private })._private;

/** A parsed style value, read as the renderer keeps it (pstyle, which also falls back to the default). */
export function styleOf(el: El, p: Private, name: string): { value: unknown; pfValue: number; strValue: string } {
  return p.style[name] ?? el.pstyle(name);
}

/** Arrowhead reach round its point, as the renderer sizes it (getArrowWidth), plus half the line. */
export const arrowReach = (width: number, scale: number) => Math.max(Math.pow(width * 13.37, 0.9), 29) * scale + width / 2;

export class HitIndex {
  private list: El[] | null = null;
  private box = new Float64Array(0);
  private isEdge = new Uint8Array(0);
  /** 1 while the element's box is unknown (changed, not yet measured): always a candidate */
  private unknown = new Uint8Array(0);
  private pending: number[] = [];
  private at = new Map<El, number>();

  constructor(cy: Core) {
    const touched = (el: El) => {
      const i = this.at.get(el);
      if (i === undefined || this.unknown[i]) return;
      this.unknown[i] = 1;
      this.pending.push(i);
    };
    cy.on('position', 'node', (e) => {
      touched(e.target as El);
      (e.target as NodeSingular).connectedEdges().forEach((edge) => touched(edge as unknown as El));
    });
    cy.on('style data', (e) => { touched(e.target as El); });
  }

  /** The elements of `list` (the renderer's interactive ones, z-ordered) whose box, widened by the tolerance, holds (x, y). */
  candidates(list: El[], x: number, y: number, nodeTol: number, edgeTol: number): El[] {
    if (list !== this.list) this.rebuild(list);
    else this.remeasure();
    const { box, isEdge, unknown } = this;
    const out: El[] = [];
    for (let i = 0, n = list.length; i < n; i++) {
      if (unknown[i]) { out.push(list[i]); continue; }
      const t = isEdge[i] ? edgeTol : nodeTol;
      const k = 4 * i;
      if (x >= box[k] - t && x <= box[k + 2] + t && y >= box[k + 1] - t && y <= box[k + 3] + t) out.push(list[i]);
    }
    return out;
  }

  private rebuild(list: El[]): void {
    this.list = list;
    this.box = new Float64Array(4 * list.length);
    this.isEdge = new Uint8Array(list.length);
    this.unknown = new Uint8Array(list.length);
    this.pending = [];
    this.at = new Map();
    list.forEach((el, i) => {
      this.at.set(el, i);
      this.isEdge[i] = priv(el).group === 'edges' ? 1 : 0;
      if (!this.measure(el, i)) { this.unknown[i] = 1; this.pending.push(i); }
    });
  }

  /** Boxes of the elements that changed since the last query, where the renderer has measured them again. */
  private remeasure(): void {
    const list = this.list!;
    this.pending = this.pending.filter((i) => {
      if (!this.measure(list[i], i)) return true;
      this.unknown[i] = 0;
      return false;
    });
  }

  /** Writes element i's box; false when it cannot be known yet (or its label takes events: the renderer judges it). */
  private measure(el: El, i: number): boolean {
    const p = priv(el);
    if (p.styleDirty || styleOf(el, p, 'text-events').strValue === 'yes') return false;
    const b = this.box, k = 4 * i;
    if (p.group === 'nodes') {
      const hw = el.outerWidth() / 2, hh = el.outerHeight() / 2;
      b[k] = p.position.x - hw; b[k + 1] = p.position.y - hh; b[k + 2] = p.position.x + hw; b[k + 3] = p.position.y + hh;
      return true;
    }
    const rs = p.rscratch;
    const pts = rs.allpts;
    if (!pts || pts.length < 4 || !p.rstyle.clean) return false;
    const width = styleOf(el, p, 'width').pfValue;
    let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    const grow = (x: number | undefined, y: number | undefined, m: number) => {
      if (x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y)) return;
      if (x - m < x1) x1 = x - m;
      if (x + m > x2) x2 = x + m;
      if (y - m < y1) y1 = y - m;
      if (y + m > y2) y2 = y + m;
    };
    for (let j = 0; j + 1 < pts.length; j += 2) grow(pts[j], pts[j + 1], width / 2);
    const a = arrowReach(width, styleOf(el, p, 'arrow-scale').value as number);
    grow(rs.arrowStartX, rs.arrowStartY, a);
    grow(rs.arrowEndX, rs.arrowEndY, a);
    grow(rs.midX, rs.midY, a);
    b[k] = x1; b[k + 1] = y1; b[k + 2] = x2; b[k + 3] = y2;
    return true;
  }
}
