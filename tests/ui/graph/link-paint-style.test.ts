/**
 * Painted links (graph/painted-links.ts) look as the app's stylesheet says: read off the real sheet,
 * as Cytoscape's style().json() gives it back, for the overview and for presenting.
 */
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { buildStylesheet, PRESENT_SIZES } from '../../../src/ui/graph/stylesheet.ts';
import { linkPaintOf } from '../../../src/ui/graph/link-paint-style.ts';

/** The sheet as Cytoscape keeps it (selectors and values normalised), which the painter reads. */
function asCytoscapeKeepsIt(sheet: ReturnType<typeof buildStylesheet>) {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: sheet });
  const json = (cy.style() as unknown as { json(): ReturnType<typeof buildStylesheet> }).json();
  cy.destroy();
  return json;
}

describe('the paint of painted links', () => {
  it('follows the overview sheet of a big graph: thin grey links, negative ones red and dashed', () => {
    const sheet = asCytoscapeKeepsIt(buildStylesheet({ maxOut: 10, goalLevel: false, edgeCount: 100_000 }));
    const { plain, negative } = linkPaintOf(sheet);
    // Big graphs' overview links are arrowless haystack lines (stylesheet.ts DETAILED_EDGE_LIMIT).
    expect(plain).toEqual({ width: 0.6, color: 'rgb(123,132,148)', opacity: 0.22, dashed: false, arrow: false, arrowScale: 0.6, arrowColor: 'rgb(123,132,148)' });
    expect(negative).toEqual({ width: 0.6, color: 'rgb(192,57,43)', opacity: 0.22, dashed: true, arrow: false, arrowScale: 0.6, arrowColor: 'rgb(192,57,43)' });
  });

  it("gives a highlighted link (painted on the overlay, graph/painted-lit-links.ts) the `edge.hl` rule's paint and its arrow", () => {
    const sheet = asCytoscapeKeepsIt(buildStylesheet({ maxOut: 10, goalLevel: false, edgeCount: 100_000 }));
    const { plain, negative } = linkPaintOf(sheet, { hl: true });
    expect(plain).toEqual({ width: 1.4, color: 'rgb(51,80,110)', opacity: 0.85, dashed: false, arrow: true, arrowScale: 0.9, arrowColor: 'rgb(51,80,110)' });
    // The highlight recolours a negative link; it stays dashed.
    expect(negative).toEqual({ ...plain, dashed: true });
  });

  it("gives a highlighted link the presenting sheet's wider line and bigger arrow", () => {
    const zoom = 0.5;
    const sheet = asCytoscapeKeepsIt(buildStylesheet({ maxOut: 10, goalLevel: false, edgeCount: 100_000, present: { theme: 'light', colourSafe: false, zoom } }));
    const { plain } = linkPaintOf(sheet, { hl: true });
    expect(plain.width).toBeCloseTo(PRESENT_SIZES.edgeHl / zoom, 5);
    expect(plain.arrowScale).toBe(1.1);
    expect(plain.opacity).toBe(0.9);
    expect(plain.arrow).toBe(true);
  });

  it('follows the presenting sheet, whose links keep a screen width at the current zoom', () => {
    const zoom = 0.25;
    const sheet = asCytoscapeKeepsIt(buildStylesheet({ maxOut: 10, goalLevel: false, edgeCount: 100_000, present: { theme: 'dark', colourSafe: false, zoom } }));
    const { plain, negative } = linkPaintOf(sheet);
    expect(plain.width).toBeCloseTo(PRESENT_SIZES.edge / zoom, 5);
    expect(plain.opacity).toBe(0.35);
    expect(plain.color).toBe('rgb(107,118,133)');
    // The presenting sheet recolours every link; the negative rule still makes them dashed.
    expect(negative.color).toBe(plain.color);
    expect(negative.dashed).toBe(true);
  });
});
