/** Applies the label plan (src/state/label-lod.ts) to the canvas as `.lbl` / `.lbl-short` classes. */
import type { Core } from 'cytoscape';
import { planLabels, type Box, type LabelCandidate } from '../../state/label-lod.ts';
import { PRESENT_SIZES } from './stylesheet.ts';

export function applyLabelLod(cy: Core, { colourSafe }: { colourSafe: boolean }): { full: number; short: number } {
  if (cy.destroyed() || cy.width() <= 0) return { full: 0, short: 0 };
  const fontPx = PRESENT_SIZES.font;
  const candidates: LabelCandidate[] = [];
  const anyHighlight = cy.nodes('.selected, .hl').length > 0;
  cy.nodes().forEach((n) => {
    if (n.hasClass('filtered') || (anyHighlight && n.hasClass('faded'))) return;
    const p = n.renderedPosition();
    const h = n.renderedHeight();
    const importance = (n.hasClass('selected') ? 1e6 : 0) + (n.hasClass('path') ? 1e5 : 0) + (n.hasClass('hl') ? 1e3 : 0)
      + (n.hasClass('mark-priority') || n.hasClass('mark-discussed') ? 500 : 0) + Number(n.data('size') ?? 0);
    const goalNum = String(n.data('goalNum') ?? '');
    // Labels sit above the node (text-valign top); the box centre is half a line above its top edge.
    candidates.push({ id: n.id(), x: p.x, y: p.y - h / 2 - 4 - fontPx * 0.6, importance, chars: String(n.data('label') ?? n.id()).length, shortChars: colourSafe ? goalNum.length : 0 });
  });
  const plan = planLabels(candidates, fontPx, { width: cy.width(), height: cy.height() }, PRESENT_SIZES.shortFont, coveredAreas(cy));
  // Short labels sit on the node centre, not above it; the plan used the same box height so this is conservative enough.
  cy.batch(() => cy.nodes().forEach((n) => {
    n.toggleClass('lbl', plan.full.has(n.id()));
    n.toggleClass('lbl-short', plan.short.has(n.id()));
  }));
  return { full: plan.full.size, short: plan.short.size };
}

/** The legend floats over the canvas: a label under it would be unreadable, so its box is kept free. */
function coveredAreas(cy: Core): Box[] {
  const container = cy.container();
  const legend = container?.closest('.center-graph')?.querySelector('[data-testid=legend]');
  if (!container || !legend) return [];
  const c = container.getBoundingClientRect();
  const l = legend.getBoundingClientRect();
  if (l.width <= 0 || l.height <= 0) return [];
  return [{ x0: l.left - c.left, y0: l.top - c.top, x1: l.right - c.left, y1: l.bottom - c.top }];
}

export function clearLabelLod(cy: Core): void {
  if (!cy.destroyed()) cy.batch(() => cy.nodes('.lbl, .lbl-short').removeClass('lbl lbl-short'));
}
