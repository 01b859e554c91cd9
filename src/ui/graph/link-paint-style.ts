/**
 * How a painted link looks (painted-links.ts), read off the canvas's own stylesheet so the painted
 * links follow it as Cytoscape's would: the `edge` rules, then `edge[negative = 1]` for negative
 * scores, later rules winning, as in Cytoscape. Styles stay data: stylesheet.ts is the one place.
 */
import type { StylesheetJson } from 'cytoscape';

export interface LinkPaint {
  /** model units, like Cytoscape's `width` */
  width: number;
  color: string;
  opacity: number;
  dashed: boolean;
  /** a target arrowhead (a triangle: the only arrow shape the stylesheet uses) */
  arrow: boolean;
  arrowScale: number;
  arrowColor: string;
}

const DEFAULT: LinkPaint = { width: 1, color: '#999999', opacity: 1, dashed: false, arrow: false, arrowScale: 1, arrowColor: '#999999' };

type Props = Record<string, unknown>;

function apply(into: LinkPaint, style: Props): void {
  const width = Number.parseFloat(String(style.width ?? ''));
  if (Number.isFinite(width)) into.width = width;
  if (typeof style['line-color'] === 'string') into.color = style['line-color'];
  const opacity = Number(style.opacity);
  if (style.opacity !== undefined && Number.isFinite(opacity)) into.opacity = opacity;
  if (typeof style['line-style'] === 'string') into.dashed = style['line-style'] === 'dashed';
  if (typeof style['target-arrow-shape'] === 'string') into.arrow = style['target-arrow-shape'] !== 'none';
  const arrowScale = Number(style['arrow-scale']);
  if (style['arrow-scale'] !== undefined && Number.isFinite(arrowScale)) into.arrowScale = arrowScale;
  if (typeof style['target-arrow-color'] === 'string') into.arrowColor = style['target-arrow-color'];
}

/** The plain and the negative link's paint under `sheet`; with `hl`, a highlighted link's (`edge.hl` rules too). */
export function linkPaintOf(sheet: StylesheetJson, { hl = false } = {}): { plain: LinkPaint; negative: LinkPaint } {
  const plain = { ...DEFAULT };
  const negative = { ...DEFAULT };
  for (const rule of sheet as { selector?: string; style?: Props }[]) {
    // Cytoscape's style().json() may respace a selector.
    const selector = rule.selector?.replace(/\s+/g, '');
    if (!rule.style) continue;
    if (selector === 'edge') { apply(plain, rule.style); apply(negative, rule.style); }
    if (selector === 'edge[negative=1]') apply(negative, rule.style);
    if (hl && selector === 'edge.hl') { apply(plain, rule.style); apply(negative, rule.style); }
  }
  return { plain, negative };
}
