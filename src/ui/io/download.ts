/** Browser-only helpers: save a Blob under a file name; the graph's on-screen positions and extent; SVG → PNG and PDF. */
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

/** The camera's extent in layout coordinates: a picture of the current view is cropped to it. */
export function liveExtent(cy?: Core | null): { x1: number; y1: number; x2: number; y2: number } | null {
  if (!cy || cy.destroyed() || cy.width() <= 0) return null;
  const e = cy.extent();
  return { x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2 };
}

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

export interface PdfMeta { title: string; subject: string; keywords?: string }

/**
 * The same picture as the PNG and SVG exports (title, legend, data source, date, ILLUSTRATIVE mark) on
 * one landscape A4 page, as vector shapes and real text in DejaVu Sans (svg-pdf.ts), so it can be
 * searched and copied in any language; jsPDF and the font are loaded only when a PDF is asked for.
 */
export async function svgToPdf(svg: string, meta: PdfMeta): Promise<Blob> {
  const [{ jsPDF }, { drawSvg, svgSize }, { embedPdfFont }] = await Promise.all([import('jspdf'), import('./svg-pdf.ts'), import('./pdf-font.ts')]);
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  await embedPdfFont(pdf);
  pdf.setProperties({ title: meta.title, subject: meta.subject, keywords: meta.keywords ?? '', creator: 'SDG interlinkage graph explorer' });
  const page = { w: pdf.internal.pageSize.getWidth(), h: pdf.internal.pageSize.getHeight() };
  const margin = 8;
  const { width, height } = svgSize(svg);
  const k = Math.min((page.w - 2 * margin) / width, (page.h - 2 * margin) / height);
  drawSvg(pdf, svg, { x: (page.w - width * k) / 2, y: (page.h - height * k) / 2, scale: k });
  return pdf.output('blob');
}
