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
}

const DEFAULT: LinkPaint = { width: 1, color: '#999999', opacity: 1, dashed: false };

type Props = Record<string, unknown>;

function apply(into: LinkPaint, style: Props): void {
  const width = Number.parseFloat(String(style.width ?? ''));
  if (Number.isFinite(width)) into.width = width;
  if (typeof style['line-color'] === 'string') into.color = style['line-color'];
  const opacity = Number(style.opacity);
  if (style.opacity !== undefined && Number.isFinite(opacity)) into.opacity = opacity;
  if (typeof style['line-style'] === 'string') into.dashed = style['line-style'] === 'dashed';
}

/** The plain and the negative link's paint under `sheet`. */
export function linkPaintOf(sheet: StylesheetJson): { plain: LinkPaint; negative: LinkPaint } {
  const plain = { ...DEFAULT };
  const negative = { ...DEFAULT };
  for (const rule of sheet as { selector?: string; style?: Props }[]) {
    // Cytoscape's style().json() may respace a selector.
    const selector = rule.selector?.replace(/\s+/g, '');
    if (!rule.style) continue;
    if (selector === 'edge') { apply(plain, rule.style); apply(negative, rule.style); }
    if (selector === 'edge[negative=1]') apply(negative, rule.style);
  }
  return { plain, negative };
}
