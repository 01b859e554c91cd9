import type { Core } from 'cytoscape';
import { boxesMeet, rendererOf, type Box as Bb } from './renderer-internals.ts';

/** One parsed style property as Cytoscape keeps it on an element (`_private.style[name]`). */
interface Prop { value: unknown; pfValue?: unknown; strValue?: string }

/** The node internals this drawing reads (Cytoscape 3.34, src/extensions/renderer/canvas). */
interface DrawnNode {
  isEdge(): boolean;
  boundingBox(): unknown;
  _private: {
    position: { x: number; y: number };
    style: Record<string, Prop | undefined>;
    styleDirty?: boolean;
    rscratch: unknown;
    hasPie?: boolean;
    hasStripe?: boolean;
  };
}

interface CanvasRendererInternals {
  webgl?: boolean;
  drawCachedElements?(context: CanvasRenderingContext2D, eles: DrawnNode[], pxRatio: number, extent?: Bb): void;
  drawCachedElement(context: CanvasRenderingContext2D, ele: DrawnNode, pxRatio: number, extent?: Bb): void;
  drawElementText(context: CanvasRenderingContext2D, ele: DrawnNode): void;
  usePaths(): boolean;
  nodeShapes: Record<string, { draw(context: Path2D, x: number, y: number, w: number, h: number, cornerRadius: unknown, rs: unknown): void } | undefined>;
  cy: { hasCompoundNodes(): boolean; style(): { getDefaultProperty(name: string): Prop } };
}

/** Style values under which Cytoscape's drawNode draws nothing this module leaves out. */
const PLAIN: [string, unknown][] = [
  ['overlay-opacity', 0], ['underlay-opacity', 0], ['outline-width', 0], ['background-blacken', 0],
  ['ghost', 'no'], ['background-fill', 'solid'], ['border-position', 'center'], ['border-style', 'solid'],
];

/** Path cache size at which it starts over (nodes sized by a metric each have their own size). */
const PATH_CACHE_LIMIT = 20_000;

/** What a drawing pass last set on the context, so a run of nodes of one colour sets it once. */
interface Pen { fill: string; stroke: string; width: number; cap: string; join: string }
const freshPen = (): Pen => ({ fill: '', stroke: '', width: -1, cap: '', join: '' });

/**
 * Draws a graph's plain nodes (no overlay, underlay, outline, image, pie, dashed or double border)
 * the way Cytoscape's direct drawing does — the renderer's own shape paths, fill, border stroke, then
 * the label with Cytoscape's own text drawing — reading each node's style once instead of through
 * some thirty `pstyle()` calls, a bounding box and the texture cache. On the 10k-node bench graph Cytoscape's cached drawing spent ≈ 0.32 s of
 * a 0.43–0.50 s first frame in that per-node bookkeeping, while 10k shapes fill in ≈ 45 ms in this
 * browser. Every other node, and every link, goes through the method it replaces; so does a node
 * whose style is not computed yet (Cytoscape's method computes it). Pixels: tests/browser/big-draw.test.ts.
 */
export function installPlainNodeDraw(cy: Core): void {
  const r = rendererOf<CanvasRendererInternals>(cy);
  if (!r || r.webgl || typeof r.drawCachedElements !== 'function' || typeof r.drawCachedElement !== 'function' || typeof r.usePaths !== 'function' || !r.nodeShapes) return;
  const draw = plainNodeDrawer(r);
  // The loop, not drawCachedElement: the element method stays Cytoscape's (or plain-edge-draw.ts's).
  r.drawCachedElements = function drawPlainNodesOrCached(context, eles, pxRatio, extent) {
    const direct = this.usePaths() && !this.cy.hasCompoundNodes();
    let pen = freshPen();
    for (let i = 0; i < eles.length; i++) {
      const ele = eles[i];
      if (direct && !ele.isEdge() && draw(context, ele, extent, pen)) continue;
      this.drawCachedElement(context, ele, pxRatio, extent);
      // Cytoscape's method sets the context its own way.
      pen = freshPen();
    }
  };
}

/** A style value as pstyle() gives it: the element's own, else the default. */
const styleOf = (s: DrawnNode['_private']['style'], defaults: { getDefaultProperty(name: string): Prop }, name: string): Prop =>
  s[name] ?? defaults.getDefaultProperty(name);

/**
 * `rgba(…)` strings by colour and alpha, made once each: building two per node per frame was most of
 * the frame's garbage (a 10k-node frame's collector time fell from ≈ 0.15 s in a profile).
 */
function colourStrings() {
  const byRgb = new Map<number, Map<number, string>>();
  return (c: number[], alpha: number): string => {
    const rgb = (c[0] << 16) | (c[1] << 8) | c[2];
    let byAlpha = byRgb.get(rgb);
    if (!byAlpha) { byAlpha = new Map(); byRgb.set(rgb, byAlpha); }
    let text = byAlpha.get(alpha);
    if (text === undefined) { text = `rgba(${c[0]},${c[1]},${c[2]},${alpha})`; byAlpha.set(alpha, text); }
    return text;
  };
}

/** A node's shape path as last drawn, kept while its shape and size stay the same. */
interface KeptPath { path: Path2D; shape: string; w: number; h: number; cornerRadius: unknown }

/** Returns a function that draws a plain node and says true, or says false for any other node. */
function plainNodeDrawer(r: CanvasRendererInternals) {
  const defaults = r.cy.style();
  const paths = new Map<string, Path2D>();
  const kept = new WeakMap<object, KeptPath>();
  const rgba = colourStrings();
  return (context: CanvasRenderingContext2D, ele: DrawnNode, extent: Bb | undefined, pen: Pen): boolean => {
    const p = ele._private;
    if (p.styleDirty) return false;
    const s = p.style;
    // Cytoscape's visible() (no compound parents here): a hidden node is not drawn at all, whatever it has.
    const opacity = styleOf(s, defaults, 'opacity').value as number;
    const padding = styleOf(s, defaults, 'padding').pfValue as number;
    const w = (styleOf(s, defaults, 'width').pfValue as number) + 2 * padding;
    const h = (styleOf(s, defaults, 'height').pfValue as number) + 2 * padding;
    if (styleOf(s, defaults, 'display').value !== 'element' || styleOf(s, defaults, 'visibility').value !== 'visible' || opacity === 0 || w === 0 || h === 0) return true;
    if (p.hasPie || p.hasStripe) return false;
    const labelled = styleOf(s, defaults, 'label').strValue !== '';
    for (let i = 0; i < PLAIN.length; i++) if (styleOf(s, defaults, PLAIN[i][0]).value !== PLAIN[i][1]) return false;
    const images = styleOf(s, defaults, 'background-image').value as unknown[];
    for (let i = 0; i < images.length; i++) if (images[i] != null && images[i] !== 'none') return false;
    const shape = styleOf(s, defaults, 'shape').strValue ?? '';
    const shapeOf = r.nodeShapes[shape];
    if (shape === 'polygon' || !shapeOf) return false;
    const pos = p.position;
    const borderWidth = styleOf(s, defaults, 'border-width').pfValue as number;
    // A label reaches beyond its node: a labelled node is culled by its whole box, as Cytoscape culls.
    // Computing the box also brings the label's place up to date for its drawing below.
    const bb = labelled ? (ele.boundingBox() as Bb) : null;
    if (extent) {
      const rx = w / 2 + borderWidth;
      const ry = h / 2 + borderWidth;
      if (bb ? !boxesMeet(bb, extent)
        : pos.x + rx < extent.x1 || pos.x - rx > extent.x2 || pos.y + ry < extent.y1 || pos.y - ry > extent.y2) return true;
    }
    const corner = styleOf(s, defaults, 'corner-radius');
    const cornerRadius = corner.value === 'auto' ? 'auto' : corner.pfValue;
    let mine = kept.get(p);
    if (!mine || mine.shape !== shape || mine.w !== w || mine.h !== h || mine.cornerRadius !== cornerRadius) {
      const key = `${shape},${h},${w},${String(cornerRadius)}`;
      let path = paths.get(key);
      if (!path) {
        if (paths.size >= PATH_CACHE_LIMIT) paths.clear();
        path = new Path2D();
        shapeOf.draw(path, 0, 0, w, h, cornerRadius, p.rscratch);
        paths.set(key, path);
      }
      mine = { path, shape, w, h, cornerRadius };
      kept.set(p, mine);
    }
    const fill = rgba(styleOf(s, defaults, 'background-color').value as number[], (styleOf(s, defaults, 'background-opacity').value as number) * opacity);
    if (fill !== pen.fill) { context.fillStyle = fill; pen.fill = fill; }
    context.translate(pos.x, pos.y);
    context.fill(mine.path);
    if (borderWidth > 0) {
      const stroke = rgba(styleOf(s, defaults, 'border-color').value as number[], (styleOf(s, defaults, 'border-opacity').value as number) * opacity);
      const cap = styleOf(s, defaults, 'border-cap').value as CanvasLineCap;
      const join = styleOf(s, defaults, 'border-join').value as CanvasLineJoin;
      if (stroke !== pen.stroke) { context.strokeStyle = stroke; pen.stroke = stroke; }
      if (borderWidth !== pen.width) { context.lineWidth = borderWidth; pen.width = borderWidth; }
      if (cap !== pen.cap) { context.lineCap = cap; pen.cap = cap; }
      if (join !== pen.join) { context.lineJoin = join; pen.join = join; }
      context.stroke(mine.path);
    }
    context.translate(-pos.x, -pos.y);
    if (labelled) {
      // The label straight onto the canvas too (Cytoscape's own text drawing, which also leaves out a
      // label smaller than min-zoomed-font-size): a new label's first texture, made and copied in the
      // frame that shows it, cost about 0.6–1.4 ms each (some 100 labels, the frame after a 10k-node
      // graph's label plan), its direct drawing about 0.05 ms.
      r.drawElementText(context, ele);
      // The text drawing sets the context its own way.
      Object.assign(pen, freshPen());
    }
    return true;
  };
}
