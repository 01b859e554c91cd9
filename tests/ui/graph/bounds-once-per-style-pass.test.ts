/**
 * A style pass forgets each element's bounds once (ui/graph/bounds-once-per-style-pass.ts): after every
 * step the same elements have forgotten their bounds as under Cytoscape's own triggers, the same
 * elements heard a 'bounds' event, the boxes computed afterwards are the same, and no element heard
 * more than one event per pass. The same scenario runs on the bundled network with the app's
 * stylesheet before the patch (Cytoscape's triggers) and after it.
 */
import { describe, expect, it } from 'vitest';
import cytoscape, { type Core, type SingularElementArgument } from 'cytoscape';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { goalClusterLayout } from '../../../src/core/layout/goal-clusters.ts';
import { toElements } from '../../../src/ui/graph/elements.ts';
import { baseStylesheet } from '../../../src/ui/canvas/base-style.ts';
import { quickLinkStyleTriggers } from '../../../src/ui/graph/link-style-triggers.ts';
import { dirtyBoundsOncePerStylePass } from '../../../src/ui/graph/bounds-once-per-style-pass.ts';
import { loadCatalogue, loadLinkDataset } from '../../helpers/bundled.ts';

const catalogue = loadCatalogue();
const graph = buildGraph(catalogue, loadLinkDataset('kz-illustrative-indicator-links.json'));
const make = () => {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(graph, goalClusterLayout(graph), catalogue), style: baseStylesheet(graph) });
  quickLinkStyleTriggers(cy); // as on the app's canvases
  return cy;
};

type Priv = { _private: { bbCache: unknown } };
/** The render loop's step: every element restyled since the last frame, cleaned in one call. */
const renderLoopPass = (cy: Core) => { (cy.elements() as unknown as { cleanStyle(): void }).cleanStyle(); };
const box = (e: SingularElementArgument) => { const b = e.boundingBox(); return [b.x1, b.y1, b.x2, b.y2].map((v) => Math.round(v * 100) / 100).join(','); };

/** Per step: who forgot their bounds, who heard of it and how often at most, and the boxes then computed. */
function scenario(cy: Core) {
  const heard = new Map<string, number>();
  cy.on('bounds', (e) => { heard.set(e.target.id(), (heard.get(e.target.id()) ?? 0) + 1); });
  const all = cy.elements();
  const nodes = cy.nodes().filter((_, i) => i % 5 === 0);
  const links = cy.edges().filter((_, i) => i % 9 === 0);
  const steps: { forgot: string[]; heard: string[]; mostHeard: number; events: number; boxes: string[] }[] = [];
  const step = (change: () => void) => {
    heard.clear();
    change();
    renderLoopPass(cy);
    const forgot = all.filter((e) => (e as unknown as Priv)._private.bbCache == null).map((e) => e.id()).sort();
    steps.push({
      forgot, heard: [...heard.keys()].sort(), mostHeard: Math.max(0, ...heard.values()),
      events: [...heard.values()].reduce((a, b) => a + b, 0), boxes: all.map(box),
    });
  };
  step(() => {}); // the first style pass: every property of every element set
  step(() => { cy.batch(() => { nodes.addClass('slbl'); }); }); // labels on: a node's bounds and its links'
  step(() => { nodes.forEach((n, i) => { n.data('size', (i % 5) / 5); }); }); // sizes, as the metrics change them
  step(() => { cy.batch(() => { nodes.filter((_, i) => i % 2 === 0).addClass('filtered'); }); }); // hidden
  step(() => { links.style({ width: 5, 'curve-style': 'bezier' }); }); // link bypasses: parallel links too
  step(() => { links.removeStyle('width curve-style'); });
  step(() => { cy.batch(() => { nodes.removeClass('filtered slbl'); }); });
  return steps;
}

// Cytoscape's own triggers, before this file patches the shared style prototype.
const plain = scenario(make());

describe('dirtyBoundsOncePerStylePass', () => {
  it('forgets the same bounds and tells the same elements, once each per pass', () => {
    const cy = make();
    dirtyBoundsOncePerStylePass(cy);
    const once = scenario(cy);
    expect(once.map(({ forgot, heard, boxes }) => ({ forgot, heard, boxes }))).toEqual(plain.map(({ forgot, heard, boxes }) => ({ forgot, heard, boxes })));
    // Once per pass; removing bypasses is two (the removal, then the render loop's restyle).
    once.forEach((s, i) => expect(s.mostHeard).toBeLessThanOrEqual(i === 5 ? 2 : 1));
    // What it is for: Cytoscape told elements many times over (4,732 events against 1,812 in the
    // first pass), in the label step and when bypasses come and go.
    expect(plain[0].events).toBeGreaterThan(2 * once[0].events);
    for (const i of [1, 4, 5]) expect(plain[i].events).toBeGreaterThan(once[i].events);
    for (const s of plain.slice(0, 3)) expect(s.forgot.length).toBeGreaterThan(0);
  });

  it('patches the shared prototype once: a second canvas gives the same answers', () => {
    dirtyBoundsOncePerStylePass(make());
    const cy = make();
    dirtyBoundsOncePerStylePass(cy);
    const again = scenario(cy);
    expect(again.map((s) => s.heard)).toEqual(plain.map((s) => s.heard));
    again.forEach((s, i) => expect(s.mostHeard).toBeLessThanOrEqual(i === 5 ? 2 : 1));
  });
});
