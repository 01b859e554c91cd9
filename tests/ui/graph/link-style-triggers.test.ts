/**
 * A link's style triggers (ui/graph/link-style-triggers.ts) skip the walks over the link's own links,
 * which a link does not have, and so do a node's without links (a painted canvas's, the overlay's
 * copies); otherwise they do what Cytoscape's do: the same caches forgotten, the
 * same bounds dirtied, the same events, the same computed style. The same scenario runs on the bundled
 * network with the app's stylesheet before the patch and after it.
 */
import { describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { goalClusterLayout } from '../../../src/core/layout/goal-clusters.ts';
import { toElements } from '../../../src/ui/graph/elements.ts';
import { baseStylesheet } from '../../../src/ui/canvas/base-style.ts';
import { quickLinkStyleTriggers } from '../../../src/ui/graph/link-style-triggers.ts';
import { loadCatalogue, loadLinkDataset } from '../../helpers/bundled.ts';

const catalogue = loadCatalogue();
const graph = buildGraph(catalogue, loadLinkDataset('kz-illustrative-indicator-links.json'));
const make = () => cytoscape({ headless: true, styleEnabled: true, elements: toElements(graph, goalClusterLayout(graph), catalogue), style: baseStylesheet(graph) });

type Priv = { _private: { bbCache: unknown; styleCache: unknown } };
/** Cytoscape's parsed style of one property (internal, missing from its typings). */
const pstyle = (e: unknown, p: string) => (e as { pstyle(p: string): { strValue: unknown } }).pstyle(p);
/** Links asked for their own links (always none): counted on Cytoscape's shared element prototype. */
let emptyWalks = 0;
function countEmptyWalks(cy: Core) {
  const proto = Object.getPrototypeOf(cy.edges()[0]) as { connectedEdges: (...a: unknown[]) => unknown; __counted?: boolean };
  if (proto.__counted) return;
  const own = proto.connectedEdges;
  proto.connectedEdges = function (this: { length: number; 0: { isEdge(): boolean } }, ...a: unknown[]) {
    if (this.length === 1 && this[0].isEdge()) emptyWalks++;
    return own.apply(this, a);
  };
  proto.__counted = true;
}

/**
 * The bundled network with only every third link, as Cytoscape elements: nodes with and without links.
 * Style steps on nodes; what they leave on nodes and links. Counted: walks of a linkless node for links.
 */
const sparse = () => cytoscape({
  headless: true, styleEnabled: true, style: baseStylesheet(graph),
  elements: toElements(graph, goalClusterLayout(graph), catalogue).filter((e, i) => e.group === 'nodes' || i % 3 === 0),
});
let linklessWalks = 0;
/** Walks of one node with links for its links. */
let linkedWalks = 0;
function countLinklessWalks(cy: Core) {
  const proto = Object.getPrototypeOf(cy.nodes()[0]) as { connectedEdges: (...a: unknown[]) => unknown; __countedNodes?: boolean };
  if (proto.__countedNodes) return;
  const own = proto.connectedEdges;
  proto.connectedEdges = function (this: { length: number; 0: { isNode(): boolean; _private: { edges: unknown[] } } }, ...a: unknown[]) {
    if (this.length === 1 && this[0].isNode()) {
      if (this[0]._private.edges.length === 0) linklessWalks++;
      else linkedWalks++;
    }
    return own.apply(this, a);
  };
  proto.__countedNodes = true;
}
function nodeScenario(cy: Core) {
  const events = { bounds: 0, style: 0 };
  cy.on('bounds', () => { events.bounds++; });
  cy.on('style', () => { events.style++; });
  const all = cy.elements();
  const some = cy.nodes().filter((_, i) => i % 7 === 0);
  const state = () => ({
    ...events,
    unbounded: all.filter((e) => (e as unknown as Priv)._private.bbCache == null).length,
    unstyled: all.filter((e) => (e as unknown as Priv)._private.styleCache == null).length,
    style: some.map((n) => ['width', 'shape', 'display', 'label', 'border-width'].map((p) => String(pstyle(n, p).strValue)).join('|')),
    visible: all.filter((e) => e.visible()).length,
    opacity: all.reduce((sum, e) => sum + e.effectiveOpacity(), 0),
  });
  const steps: unknown[] = [];
  const before = linklessWalks;
  const linkedBefore = linkedWalks;
  cy.elements().forEach((e) => { pstyle(e, 'width'); e.boundingBox(); });
  steps.push(state());
  some.forEach((n, i) => { n.data('size', (i % 5) / 5); }); // mapData sizes, as the metrics change them
  steps.push(state());
  some.addClass('selected slbl');
  some.style({ 'font-size': 14 });
  steps.push(state());
  some.style('display', 'none');
  steps.push(state());
  some.removeStyle('display font-size');
  some.removeClass('selected');
  cy.elements().forEach((e) => { pstyle(e, 'width'); });
  steps.push(state());
  return { steps, linklessWalks: linklessWalks - before, linkedWalks: linkedWalks - linkedBefore };
}
// Cytoscape's own triggers, before any test patches the shared style prototype.
const plainSparse = (() => { const cy = sparse(); countLinklessWalks(cy); return nodeScenario(cy); })();

/** What each step leaves: events seen, links with forgotten bounds and style caches, and computed style. */
function scenario(cy: Core) {
  const events = { bounds: 0, style: 0, zorder: 0 };
  cy.on('bounds', () => { events.bounds++; });
  cy.on('style', () => { events.style++; });
  const links = cy.edges();
  const some = links.filter((_, i) => i % 9 === 0);
  const state = () => ({
    ...events,
    unbounded: links.filter((e) => (e as unknown as Priv)._private.bbCache == null).length,
    unstyled: links.filter((e) => (e as unknown as Priv)._private.styleCache == null).length,
    style: some.map((e) => ['width', 'line-color', 'display', 'curve-style', 'target-arrow-shape'].map((p) => String(pstyle(e, p).strValue)).join('|')),
    // Read through the style cache (and so filling it): a cache not forgotten answers for the last step.
    visible: links.filter((e) => e.visible()).length,
    opacity: links.reduce((sum, e) => sum + e.effectiveOpacity(), 0),
  });
  const steps: unknown[] = [];
  const before = emptyWalks;
  cy.elements().forEach((e) => { pstyle(e, 'width'); }); // the first style pass
  steps.push(state());
  links.forEach((e) => { e.boundingBox(); });
  some.style({ width: 5, 'curve-style': 'bezier' }); // bypasses, into and out of bundled béziers
  steps.push(state());
  some.style('display', 'none');
  steps.push(state());
  some.removeStyle('display width');
  steps.push(state());
  cy.nodes().filter((_, i) => i % 11 === 0).addClass('filtered');
  cy.elements().forEach((e) => { pstyle(e, 'width'); });
  steps.push(state());
  return { steps, emptyWalks: emptyWalks - before };
}

describe('quickLinkStyleTriggers', () => {
  it('leaves every cache, bound, event and style as Cytoscape does, without walking a link for links', () => {
    const plainCy = make();
    countEmptyWalks(plainCy);
    const plain = scenario(plainCy);
    const quickCy = make();
    quickLinkStyleTriggers(quickCy);
    const quick = scenario(quickCy);
    expect(plain.emptyWalks).toBeGreaterThan(3 * graph.size);
    expect(quick.emptyWalks).toBe(0);
    expect(quick.steps).toEqual(plain.steps);
    // A second instance shares the patched prototype and gains nothing twice.
    quickLinkStyleTriggers(make());
    expect(scenario(make()).steps).toEqual(plain.steps);
  });

  it('leaves nodes with and without links (and their links) as Cytoscape does, without walking them for links per property', () => {
    const cy = sparse();
    quickLinkStyleTriggers(cy);
    const quick = nodeScenario(cy);
    expect(plainSparse.linklessWalks).toBeGreaterThan(graph.order);
    expect(quick.linklessWalks).toBe(0);
    // Cytoscape walks a node's links for every property its style passes change; here only where a
    // change moves the links' bounds (display), a walk it cannot skip.
    expect(plainSparse.linkedWalks).toBeGreaterThan(10 * graph.order);
    expect(quick.linkedWalks).toBeLessThan(plainSparse.linkedWalks / 10);
    expect(quick.steps).toEqual(plainSparse.steps);
  });
});
