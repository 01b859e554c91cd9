/**
 * Small pictures of scenes for the presenter window, taken from the main canvas (cy.png) when a
 * scene is saved or has finished playing; the presenter window cannot draw the graph itself.
 */
import type { Core } from 'cytoscape';

/** Width of a thumbnail in px: enough to recognise the picture, small enough to send often (~20–60 KB). */
const THUMB_WIDTH = 360;

export function takeThumbnail(cy: Core | null, background: string): string | null {
  if (!cy || cy.destroyed() || cy.width() <= 0) return null;
  try {
    return cy.png({ output: 'base64uri', full: false, scale: THUMB_WIDTH / cy.width(), bg: background });
  } catch {
    // A canvas that is not drawn yet (or lost its context) has no picture; the presenter shows none.
    return null;
  }
}
