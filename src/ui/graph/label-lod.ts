/** Applies the label plan (src/state/label-lod.ts) to the canvas as `.lbl` / `.lbl-code` / `.lbl-short` classes. */
import type { Core } from 'cytoscape';
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import type { Lang } from '../../core/model/types.ts';
import { nodeTitle } from '../../state/selectors.ts';
import { planLabels, type Box, type LabelCandidate } from '../../state/label-lod.ts';
import { PRESENT_SIZES } from './stylesheet.ts';
import { overlayOf, overlayShown, paintedLitNodes, promoteLitNodes } from './highlight-overlay.ts';

/** Longest short title in characters: about 18 × 0.64 em at 30 px, a third of a 1024-px screen. */
const SHORT_TITLE_CHARS = 18;

/** The official title cut at a word boundary to fit a wall label ("Proportion of population…"). @internal exported for its unit test */
export function shortTitle(title: string, max = SHORT_TITLE_CHARS): string {
  const t = title.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.(–-]+$/, '')}…`;
}

/** Black or white, whichever contrasts more with the goal colour (WCAG relative luminance). */
export function inkOn(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) return '#000000';
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** Node data the presentation labels read: goal number, the two-line label (code, short title) and its ink. */
export function presentLabelData(graph: InterlinkageGraph, code: string, lang: Lang, color: string): { goalNum: string; plabel: string; ink: string } {
  const title = shortTitle(nodeTitle(graph, code, lang));
  return { goalNum: code.split('.')[0], plabel: title && title !== code ? `${code}\n${title}` : code, ink: inkOn(color) };
}

/**
 * Writes the label data only where it changed: the elements are created with it (graph/elements.ts),
 * and every data() write restyles the node and its links — on the default data that was a second
 * full style and bounds pass over all 1,812 elements right after the first frame.
 */
export function setPresentLabels(cy: Core, graph: InterlinkageGraph, lang: Lang): void {
  cy.batch(() => cy.nodes().forEach((n) => {
    const next = presentLabelData(graph, n.id(), lang, String(n.data('color') ?? ''));
    if (n.data('plabel') !== next.plabel || n.data('goalNum') !== next.goalNum || n.data('ink') !== next.ink) n.data(next);
  }));
}

/** Presentation labels; under a highlight the dimmed graph has none and the overlay gets them (see applyScreenLabels). */
export function applyLabelLod(cy: Core, options: { colourSafe: boolean }): { full: number; short: number } {
  const overlay = overlayShown(cy) ? overlayOf(cy) : undefined;
  if (!overlay) return lodOn(cy, options);
  clearLabelLod(cy);
  return lodOn(overlay, options, cy);
}

/** For an overlay, `base` is the graph under it: its painted lit nodes are candidates, and become copies when labelled. */
function lodOn(cy: Core, { colourSafe }: { colourSafe: boolean }, base?: Core): { full: number; short: number } {
  if (cy.destroyed() || cy.width() <= 0) return { full: 0, short: 0 };
  const fontPx = PRESENT_SIZES.font;
  const candidates: LabelCandidate[] = [];
  const painted = new Set(base ? paintedLitNodes(base).map((n) => n.id()) : []);
  for (const n of [...cy.nodes(), ...(base ? paintedLitNodes(base) : [])]) {
    if (n.hasClass('filtered')) continue;
    const p = n.renderedPosition();
    const h = n.renderedHeight();
    const importance = (n.hasClass('selected') ? 1e6 : 0) + (n.hasClass('path') ? 1e5 : 0) + (n.hasClass('hl') || painted.has(n.id()) ? 1e3 : 0)
      + (n.hasClass('mark-priority') || n.hasClass('mark-discussed') ? 500 : 0) + Number(n.data('size') ?? 0);
    const goalNum = String(n.data('goalNum') ?? '');
    const lines = String(n.data('plabel') ?? n.id()).split('\n');
    // Labels sit above the node (text-valign top); the box centre is half a line above its top edge.
    candidates.push({
      id: n.id(), x: p.x, y: p.y - h / 2 - 4 - fontPx * 0.6, importance,
      chars: Math.max(...lines.map((l) => l.length)), lines: lines.length, midChars: n.id().length, shortChars: colourSafe ? goalNum.length : 0,
    });
  }
  const plan = planLabels(candidates, fontPx, { width: cy.width(), height: cy.height() }, PRESENT_SIZES.shortFont, coveredAreas(cy));
  if (base && painted.size) promoteLitNodes(base, [...plan.full, ...plan.mid, ...plan.short].filter((id) => painted.has(id)));
  // Short labels sit on the node centre, not above it; the plan used the same box height so this is conservative enough.
  cy.batch(() => cy.nodes().forEach((n) => {
    n.toggleClass('lbl', plan.full.has(n.id()) || plan.mid.has(n.id()));
    n.toggleClass('lbl-code', plan.mid.has(n.id()));
    n.toggleClass('lbl-short', plan.short.has(n.id()));
  }));
  return { full: plan.full.size + plan.mid.size, short: plan.short.size };
}

/** The legend and the goal names are drawn over the canvas: a label under them would be unreadable, so their boxes are kept free. */
function coveredAreas(cy: Core): Box[] {
  const container = cy.container();
  const host = container?.closest('.center-graph');
  if (!container || !host) return [];
  const c = container.getBoundingClientRect();
  const out: Box[] = [];
  host.querySelectorAll('[data-testid=legend], .goal-cluster-label').forEach((el) => {
    const l = el.getBoundingClientRect();
    if (l.width > 0 && l.height > 0) out.push({ x0: l.left - c.left, y0: l.top - c.top, x1: l.right - c.left, y1: l.bottom - c.top });
  });
  return out;
}

export function clearLabelLod(cy: Core): void {
  const overlay = overlayOf(cy);
  if (overlay && !overlay.destroyed()) clearLabelLod(overlay);
  if (!cy.destroyed()) cy.batch(() => cy.nodes('.lbl, .lbl-code, .lbl-short').removeClass('lbl lbl-code lbl-short'));
}
