/**
 * The plain lit nodes of a big highlight, painted on the overlay's lit canvas (painted-lit-links.ts)
 * instead of copied into the overlay. A click on the hub 1.1.1 of the generated 10k/100k graph lights
 * ~1.4k nodes; as overlay copies each cost Cytoscape an element, a style pass, bounds and a texture
 * (in a profile ≈ 100 ms of style and bounds and 40–130 ms of drawing per frame, three frames a click).
 *
 * A painted node is the graph's own node drawn as Cytoscape's canvas renderer draws a node body: its
 * shape (Cytoscape's own node shapes trace the outline), filled with its background colour, then its
 * border stroked on the outline, both at the node's opacity. Only "plain" nodes are painted: solid fill,
 * solid centred border (`paintableNode`). The others — chosen, path, portfolio, marked, labelled —
 * stay overlay copies, so Cytoscape keeps drawing everything with a label or a special ring.
 */
import type { NodeSingular } from 'cytoscape';

interface ShapeTrace {
  draw(target: Path2D, x: number, y: number, w: number, h: number, corner: number | 'auto', rs: unknown): void;
}

/** The canvas renderer's members used here (Cytoscape 3.34, src/extensions/renderer/canvas). */
export interface NodePaintRenderer {
  getNodeShape(node: NodeSingular): string;
  nodeShapes: Record<string, ShapeTrace>;
}

interface Parsed { value: unknown; pfValue: number; strValue: string }

// pstyle (the parsed style) and the renderer's scratch are missing from Cytoscape's typings.
const pstyle = (n: NodeSingular, name: string) => (n as unknown as { pstyle(name: string): Parsed }).pstyle(name);
const scratch = (n: NodeSingular) => (n as unknown as { _private: { rscratch: unknown } })._private.rscratch;
const padding = (n: NodeSingular) => (n as unknown as { padding(): number }).padding();

/**
 * True when painting `n` draws it as Cytoscape would: a solid fill and a solid border on the outline.
 * Background images, pies, gradients and outlines are never set by this app's stylesheets; dashed and
 * double borders are (session marks), so those nodes stay copies.
 */
export function paintableNode(n: NodeSingular): boolean {
  return pstyle(n, 'border-style').strValue === 'solid' && pstyle(n, 'background-fill').strValue === 'solid'
    && pstyle(n, 'border-position').strValue === 'center';
}

const rgba = (c: number[], a: number) => `rgba(${c[0]},${c[1]},${c[2]},${a})`;

/**
 * Paints `nodes` (graph nodes, in drawing order) on `ctx`, whose transform is the camera's (model to
 * canvas pixels: a uniform scale and a translation). Hidden and off-screen-sized nodes are skipped.
 */
export function paintNodes(ctx: CanvasRenderingContext2D, r: NodePaintRenderer, nodes: Iterable<NodeSingular>): void {
  const t = ctx.getTransform();
  // One outline per shape and size, as Cytoscape's own path cache keeps them.
  const paths = new Map<string, Path2D>();
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'miter';
  ctx.setLineDash([]);
  for (const n of nodes) {
    if (!n.visible()) continue;
    const opacity = n.effectiveOpacity();
    const pos = n.position();
    if (opacity <= 0 || !Number.isFinite(pos.x) || !Number.isFinite(pos.y)) continue;
    const pad = padding(n);
    const w = n.width() + 2 * pad;
    const h = n.height() + 2 * pad;
    const shape = r.getNodeShape(n);
    const cornerStyle = pstyle(n, 'corner-radius');
    const corner = cornerStyle.value === 'auto' ? 'auto' : cornerStyle.pfValue;
    const key = `${shape}|${w}|${h}|${corner}`;
    let path = paths.get(key);
    if (!path) {
      path = new Path2D();
      r.nodeShapes[shape].draw(path, 0, 0, w, h, corner, scratch(n));
      paths.set(key, path);
    }
    ctx.setTransform(t.a, t.b, t.c, t.d, t.e + t.a * pos.x, t.f + t.d * pos.y);
    ctx.fillStyle = rgba(pstyle(n, 'background-color').value as number[], Number(pstyle(n, 'background-opacity').value) * opacity);
    ctx.fill(path);
    const border = pstyle(n, 'border-width').pfValue;
    if (border > 0) {
      ctx.lineWidth = border;
      ctx.strokeStyle = rgba(pstyle(n, 'border-color').value as number[], Number(pstyle(n, 'border-opacity').value) * opacity);
      ctx.stroke(path);
    }
  }
  ctx.setTransform(t);
}
