/**
 * Small pictures of scenes for the presenter window, taken from the main canvas when a scene is
 * saved or has finished playing; the presenter window cannot draw the graph itself. Under a
 * highlight the picture is what the screen shows: the graph dimmed as the page dims it, and the
 * highlight overlay (graph/highlight-overlay.ts) drawn over it.
 */
import type { Core } from 'cytoscape';
import { overlayOf, overlayShown } from '../graph/highlight-overlay.ts';
import { hasPaintedLinks } from '../graph/painted-links.ts';

/** Width of a thumbnail in px: enough to recognise the picture, small enough to send often (~20–60 KB). */
const THUMB_WIDTH = 360;

export function takeThumbnail(cy: Core | null, background: string): string | null {
  if (!cy || cy.destroyed() || cy.width() <= 0) return null;
  try {
    const overlay = overlayShown(cy) ? overlayOf(cy) : undefined;
    // Cytoscape's own picture has no painted links (graph/painted-links.ts): those canvases take the layers as drawn.
    const layered = overlay || hasPaintedLinks(cy);
    return (layered && composed(cy, overlay, background)) || cy.png({ output: 'base64uri', full: false, scale: THUMB_WIDTH / cy.width(), bg: background });
  } catch {
    // A canvas that is not drawn yet (or lost its context) has no picture; the presenter shows none.
    return null;
  }
}

/** The graph's layers as drawn on screen (at the page's dim) and the overlay's over them; null when they cannot be read. */
function composed(cy: Core, overlay: Core | undefined, background: string): string | null {
  const base = cy.container();
  const top = overlay?.container();
  if (!base || (overlay && !top)) return null;
  const out = document.createElement('canvas');
  out.width = THUMB_WIDTH;
  out.height = Math.max(1, Math.round((cy.height() / cy.width()) * THUMB_WIDTH));
  const ctx = out.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, out.width, out.height);
  const dim = base.firstElementChild ? Number(getComputedStyle(base.firstElementChild).opacity) : 1;
  for (const [host, alpha] of [[base, dim], [top, 1]] as const) {
    if (!host) continue;
    ctx.globalAlpha = Number.isFinite(alpha) ? alpha : 1;
    // Cytoscape stacks its layers by z-index, the first canvas on top (the painted links last, at 0): draw them bottom first.
    for (const layer of [...host.querySelectorAll('canvas')].reverse()) ctx.drawImage(layer, 0, 0, out.width, out.height);
  }
  return out.toDataURL('image/png');
}
