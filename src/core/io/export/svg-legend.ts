/** The picture's legend column: goals present (full names, wrapped), class shapes, and what links and pale nodes mean. */
import { compareCodes } from '../../model/codes.ts';
import type { NodeClass } from '../../analysis/classify.ts';
import { escapeXml, NEUTRAL_COLOR } from './common.ts';
import { CLASS_BORDER, f, shapeOf, textBlock, wrapText } from './svg-parts.ts';
import type { Translate } from './words.ts';

export interface LegendInput {
  x: number;
  y: number;
  width: number;
  /** the legend stops above this y (the footer); font shrinks once if it would not fit */
  bottom: number;
  t: Translate;
  colorOf: (goal: string | null) => string;
  goals: string[];
  goalName: (goal: string) => string;
  others: boolean;
  classes: NodeClass[];
  highlight: boolean;
}

const CLASS_ORDER: NodeClass[] = ['accelerator', 'integrated', 'dependent', 'low'];

function draw(out: string[], l: LegendInput, size: number): number {
  const { x, t } = l;
  const line = size * 1.25;
  const textW = l.width - 22;
  let y = textBlock(out, [t('export.goals')], x, l.y + size, { size: size + 1, bold: true, fill: '#111' });
  for (const g of [...l.goals].sort(compareCodes)) {
    const lines = wrapText(`${g}. ${l.goalName(g)}`, textW, size);
    out.push(`<rect x="${f(x)}" y="${f(y + 2 - size)}" width="12" height="12" rx="2" fill="${escapeXml(l.colorOf(g))}"/>`);
    y = textBlock(out, lines, x + 18, y + 2, { size }) + 2;
  }
  if (l.others) {
    out.push(`<rect x="${f(x)}" y="${f(y + 2 - size)}" width="12" height="12" rx="2" fill="${NEUTRAL_COLOR}"/>`);
    y = textBlock(out, wrapText(t('export.notSdg'), textW, size), x + 18, y + 2, { size }) + 2;
  }
  if (l.classes.length) {
    y = textBlock(out, [t('export.classes')], x, y + line * 0.6, { size: size + 1, bold: true, fill: '#111' });
    for (const cls of CLASS_ORDER.filter((c) => l.classes.includes(c))) {
      out.push(shapeOf(cls, x + 6, y + 2 - size / 2, 5.5, `fill="#c9ced6" stroke="${cls === 'low' ? '#6b7484' : CLASS_BORDER[cls]}" stroke-width="1.2"`));
      y = textBlock(out, wrapText(t(`export.class.${cls}`), textW, size), x + 18, y + 2, { size }) + 2;
    }
  }
  y = textBlock(out, [t('export.linksLegend')], x, y + line * 0.6, { size: size + 1, bold: true, fill: '#111' });
  const linkRow = (stroke: string, dash: string, marker: string, text: string) => {
    out.push(`<line x1="${f(x)}" y1="${f(y - size / 3)}" x2="${f(x + 26)}" y2="${f(y - size / 3)}" stroke="${stroke}" stroke-width="1.5"${dash} marker-end="url(#${marker})"/>`);
    y = textBlock(out, wrapText(text, l.width - 34, size), x + 32, y, { size }) + 2;
  };
  linkRow('#6b7484', '', 'arrow', t('export.positive'));
  linkRow('#c0392b', ' stroke-dasharray="4 3"', 'arrow-neg', t('export.negative'));
  if (l.highlight) {
    linkRow('#33506e', '', 'arrow-hl', t('export.highlighted'));
    out.push(`<circle cx="${f(x + 13)}" cy="${f(y - size / 3)}" r="5" fill="#8899aa" opacity="0.15" stroke="#fff"/>`);
    y = textBlock(out, wrapText(t('export.dimmed'), l.width - 34, size), x + 32, y, { size }) + 2;
  }
  return y;
}

export function drawLegend(out: string[], l: LegendInput): void {
  // Measure at 11 px; when the column would run into the footer, draw it at 9 px instead (still not cut).
  const trial: string[] = [];
  const size = draw(trial, l, 11) > l.bottom ? 9 : 11;
  out.push(`<g data-role="legend">`);
  if (size === 11) out.push(...trial); else draw(out, l, size);
  out.push('</g>');
}
