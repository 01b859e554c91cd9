/** Browser-only helpers: save a Blob under a file name; the graph's on-screen positions; SVG → PNG. */
import type { Core } from 'cytoscape';
import type { Positions } from '../../core/io/export/index.ts';

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Where the canvas has drawn the nodes (after a force layout or dragging); pass useCy()'s instance. */
export function livePositions(cy?: Core | null): Positions | null {
  if (!cy || cy.destroyed()) return null;
  const out: Positions = {};
  cy.nodes().forEach((n) => { const p = n.position(); out[n.id()] = { x: p.x, y: p.y }; });
  return Object.keys(out).length ? out : null;
}

/** A failure whose message the interface translates (`io.errors.<key>` in the locale files). */
export class IoError extends Error {
  constructor(readonly key: 'svgNotDrawn' | 'noCanvas' | 'pngEncoding', message: string) { super(message); }
}

const svgSize = (svg: string) => ({
  width: Number(/width="(\d+)"/.exec(svg)?.[1] ?? 1200),
  height: Number(/height="(\d+)"/.exec(svg)?.[1] ?? 900),
});

/** Draws the SVG onto a white canvas at `scale` (1, 2, 4). */
async function svgToCanvas(svg: string, scale: number): Promise<HTMLCanvasElement> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((ok, fail) => { img.onload = () => ok(); img.onerror = () => fail(new IoError('svgNotDrawn', 'the SVG could not be drawn')); img.src = url; });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new IoError('noCanvas', 'no 2D canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Draws the SVG onto a canvas at `scale` (1, 2, 4) and returns a PNG. */
export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const canvas = await svgToCanvas(svg, scale);
  return await new Promise<Blob>((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new IoError('pngEncoding', 'PNG encoding failed'))), 'image/png'));
}

/**
 * The same picture as the PNG and SVG exports (title, legend, data source, date, ILLUSTRATIVE mark) on
 * one landscape A4 page. The SVG is drawn on a canvas with the browser's fonts, as the handout does, so
 * Cyrillic prints without embedding a font; jsPDF is loaded only when a PDF is asked for.
 */
export async function svgToPdf(svg: string, title: string): Promise<Blob> {
  const [{ jsPDF }, canvas] = await Promise.all([import('jspdf'), svgToCanvas(svg, 2)]);
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  pdf.setProperties({ title, creator: 'SDG interlinkage graph explorer' });
  const page = { w: pdf.internal.pageSize.getWidth(), h: pdf.internal.pageSize.getHeight() };
  const margin = 8;
  const k = Math.min((page.w - 2 * margin) / canvas.width, (page.h - 2 * margin) / canvas.height);
  const [w, h] = [canvas.width * k, canvas.height * k];
  pdf.addImage(canvas.toDataURL('image/jpeg', 0.92), 'JPEG', (page.w - w) / 2, (page.h - h) / 2, w, h);
  return pdf.output('blob');
}
