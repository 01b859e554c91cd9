import type { Core } from 'cytoscape';
import { rendererOf } from './renderer-internals.ts';

/** A bounding box as Cytoscape's renderer keeps it. */
interface Bb { x1: number; y1: number; x2: number; y2: number; w: number; h: number }

/** One parsed style property as Cytoscape keeps it on an element (`_private.style[name]`). */
interface Prop { value: unknown; pfValue?: unknown; strValue?: string }

/** The node internals this drawing reads (Cytoscape 3.34, src/extensions/renderer/canvas). */
interface DrawnNode {
  isEdge(): boolean;
  visible(): boolean;
  boundingBox(): Bb;
  _private: {
    position: { x: number; y: number };
    style: Record<string, Prop | undefined>;
    labelBounds?: { main?: Bb };
    rscratch: unknown;
    hasPie?: boolean;
    hasStripe?: boolean;
  };
}

interface CanvasRendererInternals {
  webgl?: boolean;
  drawCachedElements?(context: CanvasRenderingContext2D, eles: DrawnNode[], pxRatio: number, extent?: Bb): void;
  drawCachedElement(context: CanvasRenderingContext2D, ele: DrawnNode, pxRatio: number, extent?: Bb): void;
  usePaths(): boolean;
  nodeShapes: Record<string, { draw(context: Path2D, x: number, y: number, w: number, h: number, cornerRadius: unknown, rs: unknown): void } | undefined>;
  cy: { hasCompoundNodes(): boolean; style(): { getDefaultProperty(name: string): Prop } };
}

const intersects = (a: Bb, b: Bb) => !(a.x1 > b.x2 || b.x1 > a.x2 || a.y2 < b.y1 || b.y2 < a.y1);

/** Style values under which Cytoscape's drawNode does nothing this module leaves out. */
const PLAIN: [string, unknown][] = [
  ['overlay-opacity', 0], ['underlay-opacity', 0], ['outline-width', 0], ['background-blacken', 0],
  ['ghost', 'no'], ['background-fill', 'solid'], ['border-position', 'center'],
];

/** Path cache size at which it starts over (nodes sized by a metric each have their own size). */
const PATH_CACHE_LIMIT = 20_000;

/**
 * Draws a big graph's plain nodes (no label, overlay, image, pie, dashes or double border) the way
 * Cytoscape's direct drawing does — the same shape paths, fill, then border stroke — with the style
 * read once per node instead of through some thirty `pstyle()` calls and the texture cache. On the
 * 10k-node bench graph Cytoscape's cached drawing spent ≈ 0.32 s of a 0.40–0.50 s first frame in
 * per-node bookkeeping (texture lookups, bounds, opacity and label-box calls), while 10k shapes
 * themselves fill in ≈ 45 ms in this browser. Every other node, and every link, goes through the
 * method it replaces. Pixels: tests/browser/plain-node-draw.test.ts.
 */
export function installPlainNodeDraw(cy: Core): void {
  const r = rendererOf<CanvasRendererInternals>(cy);
  if (!r || r.webgl || typeof r.drawCachedElements !== 'function' || typeof r.drawCachedElement !== 'function' || typeof r.usePaths !== 'function' || !r.nodeShapes) return;
  const draw = plainNodeDrawer(r);
  // The loop, not drawCachedElement: the element method stays Cytoscape's (or plain-edge-draw.ts's).
  r.drawCachedElements = function drawPlainNodesOrCached(context, eles, pxRatio, extent) {
    const direct = this.usePaths() && !this.cy.hasCompoundNodes();
    for (let i = 0; i < eles.length; i++) {
      const ele = eles[i];
      if (!direct || ele.isEdge() || !draw(context, ele, extent)) this.drawCachedElement(context, ele, pxRatio, extent);
    }
  };
}

/** Returns a function that draws a plain node and says true, or says false for any other node. */
function plainNodeDrawer(r: CanvasRendererInternals) {
  const defaults = r.cy.style();
  const paths = new Map<string, Path2D>();
  return (context: CanvasRenderingContext2D, ele: DrawnNode, extent: Bb | undefined): boolean => {
    // The box first: it also brings the style and the label box up to date.
    const bb = ele.boundingBox();
    const p = ele._private;
    const s = p.style;
    const prop = (name: string): Prop => s[name] ?? defaults.getDefaultProperty(name);
    const label = p.labelBounds?.main;
    const plain = (!label || label.w === 0 || label.h === 0) && !p.hasPie && !p.hasStripe
      && PLAIN.every(([name, v]) => prop(name).value === v)
      && (prop('background-image').value as unknown[]).every((u) => u == null || u === 'none')
      && prop('border-style').value === 'solid';
    const shape = prop('shape').strValue ?? '';
    const shapeOf = r.nodeShapes[shape];
    if (!plain || shape === 'polygon' || !shapeOf) return false;
    if (bb.w === 0 || bb.h === 0 || !ele.visible() || (extent && !intersects(bb, extent))) return true;
    const opacity = prop('opacity').value as number;
    if (opacity === 0) return true;
    const pos = p.position;
    const padding = prop('padding').pfValue as number;
    const w = (prop('width').pfValue as number) + 2 * padding;
    const h = (prop('height').pfValue as number) + 2 * padding;
    const cornerRadius = prop('corner-radius').value === 'auto' ? 'auto' : prop('corner-radius').pfValue;
    const key = `${shape},${h},${w},${String(cornerRadius)}`;
    let path = paths.get(key);
    if (!path) {
      if (paths.size >= PATH_CACHE_LIMIT) paths.clear();
      path = new Path2D();
      shapeOf.draw(path, 0, 0, w, h, cornerRadius, p.rscratch);
      paths.set(key, path);
    }
    const bg = prop('background-color').value as number[];
    context.translate(pos.x, pos.y);
    context.fillStyle = `rgba(${bg[0]},${bg[1]},${bg[2]},${(prop('background-opacity').value as number) * opacity})`;
    context.fill(path);
    const borderWidth = prop('border-width').pfValue as number;
    if (borderWidth > 0) {
      const bc = prop('border-color').value as number[];
      context.lineWidth = borderWidth;
      context.lineCap = prop('border-cap').value as CanvasLineCap;
      context.lineJoin = prop('border-join').value as CanvasLineJoin;
      context.strokeStyle = `rgba(${bc[0]},${bc[1]},${bc[2]},${(prop('border-opacity').value as number) * opacity})`;
      context.stroke(path);
    }
    context.translate(-pos.x, -pos.y);
    return true;
  };
}
