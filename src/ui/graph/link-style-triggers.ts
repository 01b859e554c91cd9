/**
 * A link's style triggers without the walks that find nothing. Each time Cytoscape changes one style
 * property of an element (its first style pass included) it forgets the element's style cache and
 * that of the element's links (`ele.connectedEdges()`, never cached without a selector), and for
 * `display` the bounds of those links too. A link has no links: each call builds an empty collection.
 * On the 10k-node / 100k-link bench graph that was ≈ 0.45 s of spawning in the first frame, plus its
 * garbage (CPU profile, 2 Dec 2026). Measured against the previous build, alternated in one browser
 * (bench/ab.ts --graphs, 4 rounds): drawn 0.90× on 10k/100k (10.6 → 9.5 s, longest task 0.79×) and
 * 0.93× on the peer-shaped graph (1.81 → 1.69 s). Without compound nodes (this app draws none) a
 * link's triggers here are exactly Cytoscape's: the same caches forgotten, the same bounds dirtied,
 * the same events sent (tests/ui/graph/link-style-triggers.test.ts).
 *
 * A node without links is the same case: on a painted canvas (painted-links.ts) no node has a Cytoscape
 * link, and in the highlight's overlay, whose lit links are painted too, neither do its node copies. A
 * hub click on 10k/100k restyled ~1.4k copies with two empty walks per property (≈ 20 ms of spawning a
 * click, CPU profile).
 *
 * A node with links forgets its links' style caches for each property too, through a new collection of
 * them each time (`connectedEdges()`): a node's first style pass sets some thirty properties. Here the
 * links are read off the node. On the bundled network that spawning was ≈ 30 ms of the first 80 ms
 * preparation task (CPU profile, 7 Dec 2026), and it came again for every node a filter hides or shows.
 */
import type { Core } from 'cytoscape';

/** What this module replaces in Cytoscape's style (3.34, src/style/apply.js; internal, untyped). */
interface StyleInternals {
  _private: { cy: { hasCompoundNodes(): boolean } };
  checkTriggers(ele: Ele, name: string, fromValue: unknown, toValue: unknown): void;
  checkZOrderTrigger(ele: Ele, name: string, fromValue: unknown, toValue: unknown): void;
  checkBoundsTrigger(ele: Ele, name: string, fromValue: unknown, toValue: unknown): void;
  checkConnectedEdgesBoundsTrigger(ele: Ele, name: string, fromValue: unknown, toValue: unknown): void;
  checkParallelEdgesBoundsTrigger(ele: Ele, name: string, fromValue: unknown, toValue: unknown): void;
}
interface Ele { _private: { group: string; styleCache: unknown; edges?: Ele[] } }

const patched = new WeakSet<object>();

/**
 * From now on links and nodes without links skip the empty walks of their style triggers, and nodes
 * with links walk them without building a collection per property, in every instance and stylesheet
 * (the style prototype is Cytoscape's, shared; the presentation mode replaces a canvas's stylesheet).
 * Where a canvas has compound nodes, Cytoscape's own method runs.
 */
export function quickLinkStyleTriggers(cy: Core): void {
  // Headless canvases (component tests) have no style at all.
  const style = cy.style() as unknown;
  if (!style) return;
  const proto = Object.getPrototypeOf(style) as StyleInternals | null;
  if (!proto || patched.has(proto)) return;
  const own = proto.checkTriggers;
  if (typeof own !== 'function' || typeof proto.checkParallelEdgesBoundsTrigger !== 'function' || typeof proto.checkConnectedEdgesBoundsTrigger !== 'function') return;
  patched.add(proto);
  proto.checkTriggers = function (this: StyleInternals, ele, name, fromValue, toValue) {
    const p = ele._private;
    if (this._private.cy.hasCompoundNodes() || (p.group !== 'edges' && !p.edges)) return own.call(this, ele, name, fromValue, toValue);
    // dirtyStyleCache: the element's own cache, and a node's links' (read straight off the node, where
    // Cytoscape builds a collection of them for every property; a link has none).
    p.styleCache = null;
    const links = p.group === 'edges' ? [] : p.edges!;
    for (const link of links) link._private.styleCache = null;
    this.checkZOrderTrigger(ele, name, fromValue, toValue);
    this.checkBoundsTrigger(ele, name, fromValue, toValue);
    // These two walk the element's links, or its parallel links: a link has no links, a node without
    // links none to walk. A link's parallel links are real.
    if (links.length) this.checkConnectedEdgesBoundsTrigger(ele, name, fromValue, toValue);
    if (p.group === 'edges' || links.length) this.checkParallelEdgesBoundsTrigger(ele, name, fromValue, toValue);
  };
}
