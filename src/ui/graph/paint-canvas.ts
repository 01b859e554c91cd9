/** What the canvases painted beside Cytoscape's (painted-links.ts, painted-lit-links.ts) share. */
import type { Core, StylesheetJson } from 'cytoscape';

/** `cy`'s stylesheet as Cytoscape keeps it (its typings omit Style.json()); none when it is unstyled. */
export function liveSheetOf(cy: Core): StylesheetJson {
  const style = cy.style() as unknown as { json(): StylesheetJson } | undefined;
  return style ? style.json() : [];
}

/** Sizes `canvas` to `cy`'s `w`×`h` at pixel ratio `px` (Cytoscape's own canvases do the same) and clears it. */
export function clearPaintCanvas(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D, w: number, h: number, px: number): void {
  if (canvas.width !== Math.round(w * px) || canvas.height !== Math.round(h * px)) {
    canvas.width = Math.round(w * px);
    canvas.height = Math.round(h * px);
    canvas.style.width = `${w}px`;
    canvas.style.height = `${h}px`;
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
}
