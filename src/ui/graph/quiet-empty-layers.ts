/**
 * Cytoscape's drag and selection-box layers are almost always empty (nothing dragged; box selection
 * is off, so only a rare tap marker), yet each is a canvas the browser composites: every frame it
 * produces a picture of each visible canvas for the compositor, cleared or not. In software rendering
 * that is a few ms per canvas per frame (trace of a first click on the bundled network: seven canvases
 * produced in each frame, four of them these empty layers of the graph and its highlight overlay).
 *
 * Here a layer known to be empty is hidden (visibility), and a whole-canvas clear of it skipped. A
 * layer is known empty after a whole-canvas clear with nothing drawn since; any drawing call shows it
 * again and makes it unknown, so the next clear goes through. Against the previous build, alternated
 * in one browser (bench/ab.ts, 6 rounds, 7 Dec 2026): the longest task of the bench's ten clicks on the
 * bundled network 0.78× (72 → 56 ms; every round under every round before); three canvases produced
 * a frame instead of seven (trace).
 */
import type { Core } from 'cytoscape';
import { rendererOf } from './renderer-internals.ts';

/** What this module reads in Cytoscape's canvas renderer (3.34, src/extensions/renderer/canvas; internal, untyped). */
interface Renderer {
  webgl?: boolean;
  DRAG: number;
  SELECT_BOX: number;
  data?: { contexts?: CanvasRenderingContext2D[] };
}

/** Canvas methods that can put ink on a canvas: after any of them the layer is no longer known empty. */
const INKING = ['drawImage', 'fill', 'stroke', 'fillRect', 'strokeRect', 'fillText', 'strokeText', 'putImageData'] as const;

/** `ctx`'s canvas is blank now: it is hidden until something is drawn on it. */
function quietWhenEmpty(ctx: CanvasRenderingContext2D): void {
  let empty = true;
  let shown = true;
  const show = (on: boolean) => {
    if (shown === on) return;
    shown = on;
    ctx.canvas.style.visibility = on ? '' : 'hidden';
  };
  for (const name of INKING) {
    const own = ctx[name] as (...args: unknown[]) => unknown;
    Object.defineProperty(ctx, name, {
      configurable: true, writable: true,
      value(this: CanvasRenderingContext2D, ...args: unknown[]) { empty = false; show(true); return own.apply(this, args); },
    });
  }
  const clear = ctx.clearRect;
  Object.defineProperty(ctx, 'clearRect', {
    configurable: true, writable: true,
    value(this: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
      const t = this.getTransform();
      const whole = t.isIdentity && x <= 0 && y <= 0 && x + w >= this.canvas.width && y + h >= this.canvas.height;
      if (whole && empty) return;
      clear.call(this, x, y, w, h);
      if (!whole) return;
      empty = true;
      show(false);
    },
  });
  show(false);
}

/**
 * From now on `cy`'s drag and selection-box layers are hidden while empty (no-op headless and in WebGL
 * mode). Called as the instance is made, before its first frame: its canvases are still blank.
 */
export function quietEmptyLayers(cy: Core): void {
  const r = rendererOf<Renderer>(cy);
  const contexts = r?.data?.contexts;
  if (!r || r.webgl || !contexts) return;
  for (const layer of [r.DRAG, r.SELECT_BOX]) if (contexts[layer]) quietWhenEmpty(contexts[layer]);
}
