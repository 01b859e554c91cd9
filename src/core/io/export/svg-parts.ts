/**
 * Pieces of the exported picture: text that wraps instead of being cut, and the class shapes the canvas
 * draws (src/ui/graph/stylesheet.ts CLASS_SHAPES), so a triangle on screen is a triangle on paper.
 */
import type { NodeClass } from '../../analysis/classify.ts';
import { escapeXml } from './common.ts';

export const f = (n: number) => (Math.round(n * 10) / 10).toString();

/** Average advance of a character in Arial/DejaVu at 1 px: ~0.55 em for Latin, Cyrillic a little wider; 0.6 keeps text inside its box. */
const EM = 0.6;

/** Lines of at most `width` px at `fontPx`, broken at spaces (a word longer than a line is broken inside). */
export function wrapText(text: string, width: number, fontPx: number): string[] {
  const max = Math.max(4, Math.floor(width / (fontPx * EM)));
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (let word of para.split(/\s+/).filter(Boolean)) {
      while (word.length > max) { if (line) { lines.push(line); line = ''; } lines.push(word.slice(0, max)); word = word.slice(max); }
      const next = line ? `${line} ${word}` : word;
      if (next.length > max && line) { lines.push(line); line = word; } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

export interface TextStyle { size: number; fill?: string; bold?: boolean; anchor?: 'start' | 'end' | 'middle'; role?: string }

/** `<text>` lines from (x, y) downwards (y is the first baseline); returns the y below the block. */
export function textBlock(out: string[], lines: readonly string[], x: number, y: number, s: TextStyle): number {
  const attrs = `font-size="${s.size}" fill="${s.fill ?? '#222'}"${s.bold ? ' font-weight="bold"' : ''}${s.anchor && s.anchor !== 'start' ? ` text-anchor="${s.anchor}"` : ''}${s.role ? ` data-role="${s.role}"` : ''}`;
  lines.forEach((line, i) => out.push(`<text x="${f(x)}" y="${f(y + i * s.size * 1.25)}" ${attrs}>${escapeXml(line)}</text>`));
  return y + lines.length * s.size * 1.25;
}

/** The node's outline for its class, centred on (x, y) with "radius" r; `extra` carries fill, stroke, opacity. */
export function shapeOf(cls: NodeClass | undefined, x: number, y: number, r: number, extra: string): string {
  switch (cls) {
    case 'accelerator': {
      const h = r * 1.15;
      return `<path d="M${f(x)},${f(y - h)} L${f(x + h)},${f(y + h * 0.8)} L${f(x - h)},${f(y + h * 0.8)} Z" ${extra}/>`;
    }
    case 'integrated': {
      const h = r * 1.2;
      return `<path d="M${f(x)},${f(y - h)} L${f(x + h)},${f(y)} L${f(x)},${f(y + h)} L${f(x - h)},${f(y)} Z" ${extra}/>`;
    }
    case 'dependent':
      return `<rect x="${f(x - r)}" y="${f(y - r)}" width="${f(2 * r)}" height="${f(2 * r)}" rx="${f(r * 0.3)}" ${extra}/>`;
    default:
      return `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" ${extra}/>`;
  }
}

/** Outline colours of the classes, as on the canvas: accelerators and integrated dark, dependent grey. */
export const CLASS_BORDER: Record<NodeClass, string> = { accelerator: '#1b1f24', integrated: '#1b1f24', dependent: '#6b7280', low: '#ffffff' };
/** Session marks, as on the canvas (MARK_STYLES): priority a double ring, discussed dashed. */
export const MARK_BORDER = { priority: { color: '#c2185b', dash: '' }, discussed: { color: '#2e7d32', dash: ' stroke-dasharray="3 2"' } } as const;
