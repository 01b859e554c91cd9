/**
 * Our own export SVG (core/io/export/svg.ts) drawn into a jsPDF page as vector shapes and real text:
 * the picture uses a handful of elements (line, circle, rect, path of M/L/Z, text), so mapping them is
 * small, and the PDF's text — title, mark, legend, labels, footer — can be searched, selected and copied.
 * The font is DejaVu Sans (Cyrillic and Kazakh letters), fetched only when a PDF is made (pdf-font.ts).
 */
import { GState, type jsPDF as JsPdf } from 'jspdf';
import { PDF_FONT } from './pdf-font.ts';

type Rgb = [number, number, number];

function rgb(value: string | null | undefined): Rgb | null {
  if (!value || value === 'none') return null;
  const m = /^#([0-9a-f]{6})$/i.exec(value.trim());
  if (m) { const n = parseInt(m[1], 16); return [(n >> 16) & 255, (n >> 8) & 255, n & 255]; }
  const short = /^#([0-9a-f]{3})$/i.exec(value.trim());
  if (short) return [0, 1, 2].map((i) => parseInt(short[1][i] + short[1][i], 16)) as Rgb;
  // An imported file's own colours reach the picture as rgb()/rgba() or #rrggbbaa (the forms its reader keeps).
  const fn = /^rgba?\(\s*([\d.]+%?)\s*,\s*([\d.]+%?)\s*,\s*([\d.]+%?)/i.exec(value.trim());
  if (fn) return [fn[1], fn[2], fn[3]].map((v) => Math.max(0, Math.min(255, Math.round(v.endsWith('%') ? parseFloat(v) * 2.55 : Number(v))))) as Rgb;
  const long = /^#([0-9a-f]{6})[0-9a-f]{2}$/i.exec(value.trim());
  if (long) return rgb(`#${long[1]}`);
  return value === 'white' ? [255, 255, 255] : [0, 0, 0];
}

/** Attribute of the element or of the nearest <g> that sets it (font-size, fill on a labels group). */
function attr(el: Element, name: string): string | null {
  for (let e: Element | null = el; e && e.tagName !== 'svg'; e = e.parentElement) { const v = e.getAttribute(name); if (v !== null) return v; }
  return null;
}

export interface Placement { x: number; y: number; scale: number }

/** Draws the SVG text `svg` at (x, y) mm, `scale` mm per SVG px. */
export function drawSvg(pdf: JsPdf, svg: string, at: Placement): void {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const k = at.scale;
  const X = (v: string | null) => at.x + Number(v ?? 0) * k;
  const Y = (v: string | null) => at.y + Number(v ?? 0) * k;
  const markers = new Map<string, Rgb>();
  doc.querySelectorAll('marker').forEach((m) => markers.set(m.id, rgb(m.querySelector('path')?.getAttribute('fill')) ?? [0, 0, 0]));
  const withOpacity = (el: Element, draw: () => void) => {
    const o = Number(el.getAttribute('opacity') ?? el.getAttribute('stroke-opacity') ?? 1);
    if (o < 1) { pdf.saveGraphicsState(); pdf.setGState(new GState({ opacity: o, 'stroke-opacity': o })); }
    draw();
    if (o < 1) pdf.restoreGraphicsState();
  };
  const paint = (el: Element): 'F' | 'S' | 'FD' | null => {
    const fill = rgb(attr(el, 'fill') ?? '#000000');
    const stroke = rgb(el.getAttribute('stroke'));
    if (fill) pdf.setFillColor(...fill);
    if (stroke) { pdf.setDrawColor(...stroke); pdf.setLineWidth(Number(el.getAttribute('stroke-width') ?? 1) * k); }
    const dash = el.getAttribute('stroke-dasharray');
    pdf.setLineDashPattern(dash ? dash.split(/[\s,]+/).map((d) => Number(d) * k) : [], 0);
    return fill && stroke ? 'FD' : fill ? 'F' : stroke ? 'S' : null;
  };
  for (const el of doc.documentElement.querySelectorAll('line, circle, rect, path, text')) {
    if (el.closest('defs, title, desc')) continue;
    const tag = el.tagName;
    withOpacity(el, () => {
      if (tag === 'line') {
        const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(el.getAttribute(a)));
        const stroke = rgb(el.getAttribute('stroke')) ?? [0, 0, 0];
        pdf.setDrawColor(...stroke);
        pdf.setLineWidth(Number(el.getAttribute('stroke-width') ?? 1) * k);
        const dash = el.getAttribute('stroke-dasharray');
        pdf.setLineDashPattern(dash ? dash.split(/[\s,]+/).map((d) => Number(d) * k) : [], 0);
        pdf.line(X(String(x1)), Y(String(y1)), X(String(x2)), Y(String(y2)));
        const marker = /url\(#([\w-]+)\)/.exec(el.getAttribute('marker-end') ?? '')?.[1];
        if (marker) {
          // The arrowhead the SVG marker draws: a small triangle at the end, pointing along the line.
          const len = Math.hypot(x2 - x1, y2 - y1) || 1;
          const [ux, uy] = [(x2 - x1) / len, (y2 - y1) / len];
          const s = 2.5 + Number(el.getAttribute('stroke-width') ?? 1) * 1.5;
          pdf.setFillColor(...(markers.get(marker) ?? stroke));
          pdf.setLineDashPattern([], 0);
          pdf.triangle(X(String(x2)), Y(String(y2)), X(String(x2 - ux * s * 2 - uy * s)), Y(String(y2 - uy * s * 2 + ux * s)), X(String(x2 - ux * s * 2 + uy * s)), Y(String(y2 - uy * s * 2 - ux * s)), 'F');
        }
      } else if (tag === 'circle') {
        const style = paint(el);
        if (style) pdf.circle(X(el.getAttribute('cx')), Y(el.getAttribute('cy')), Number(el.getAttribute('r')) * k, style);
      } else if (tag === 'rect') {
        const style = paint(el);
        const [w, h, rx] = ['width', 'height', 'rx'].map((a) => Number(el.getAttribute(a) ?? 0) * k);
        if (!style) return;
        if (rx > 0) pdf.roundedRect(X(el.getAttribute('x')), Y(el.getAttribute('y')), w, h, rx, rx, style);
        else pdf.rect(X(el.getAttribute('x')), Y(el.getAttribute('y')), w, h, style);
      } else if (tag === 'path') {
        const pts = [...(el.getAttribute('d') ?? '').matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [X(m[1]), Y(m[2])]);
        const style = paint(el);
        if (!style || pts.length < 2) return;
        const rel = pts.slice(1).map((p, i) => [p[0] - pts[i][0], p[1] - pts[i][1]]);
        pdf.lines(rel, pts[0][0], pts[0][1], [1, 1], style, true);
      } else if (tag === 'text') {
        const size = Number(attr(el, 'font-size') ?? 11);
        pdf.setFont(PDF_FONT, 'normal');
        pdf.setFontSize(size * k * 2.835);
        pdf.setTextColor(...(rgb(el.getAttribute('fill') ?? attr(el, 'fill')) ?? [0, 0, 0]));
        const anchor = attr(el, 'text-anchor');
        const where = { align: anchor === 'middle' ? 'center' : anchor === 'end' ? 'right' : 'left', baseline: 'alphabetic' } as const;
        // A halo (the labels' white outline, paint-order="stroke"): the outline first, then the letters
        // over it, as the SVG and the canvas draw them, so a label stays readable over links and nodes.
        const halo = attr(el, 'paint-order') === 'stroke' ? rgb(attr(el, 'stroke')) : null;
        const haloWidth = Number(attr(el, 'stroke-width') ?? 0);
        if (halo && haloWidth > 0) {
          pdf.setDrawColor(...halo);
          pdf.setLineWidth(haloWidth * k);
          pdf.setLineJoin('round');
          pdf.setLineDashPattern([], 0);
          pdf.text(el.textContent ?? '', X(el.getAttribute('x')), Y(el.getAttribute('y')), { ...where, renderingMode: 'stroke' });
        }
        pdf.text(el.textContent ?? '', X(el.getAttribute('x')), Y(el.getAttribute('y')), { ...where, renderingMode: 'fill' });
      }
    });
  }
  pdf.setLineDashPattern([], 0);
}

/** The SVG's own size in px. */
export const svgSize = (svg: string) => ({
  width: Number(/width="(\d+)"/.exec(svg)?.[1] ?? 1200),
  height: Number(/height="(\d+)"/.exec(svg)?.[1] ?? 900),
});
