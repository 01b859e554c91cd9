/**
 * An element's bounds forgotten once per style pass instead of once per property. Cytoscape applies an
 * element's style property by property, and each property that can move its bounds (width, shape,
 * label, font size, border, padding…) forgets them there and then: a 'bounds' event on the element,
 * bubbled through every listener of the instance, a renderer notification, and for a node the walk
 * over its links to forget theirs. A first style pass changes every such property, so a node sent a
 * dozen and more of these; nothing reads the bounds between two properties of one pass.
 *
 * Here a pass (the render loop's `cleanStyle` of every restyled element, a style read's `apply`, a
 * bypass set or removed) collects what its triggers would forget and forgets it once at the end: the
 * same elements, the same caches, one event each (tests/ui/graph/bounds-once-per-style-pass.test.ts).
 * The bundled network's first style pass sent 4,732 'bounds' events, now 1,812. Measured against the
 * previous build, alternated in one browser (bench/ab.ts, ab-filter.ts; 7 Dec 2026): the peer-shaped
 * graph drawn 0.92–0.94× (three runs of 3–5 rounds), the style pass of 2k / 20k 130 → 89 ms (CPU
 * profile), the longest task of a filter change 0.88–0.92× (three runs of 6 rounds).
 */
import type { Core } from 'cytoscape';

/** What this module wraps in Cytoscape's style (3.34, src/style/apply.js; internal, untyped). */
interface StyleInternals {
  _private: { cy: CyInternals };
  properties: Record<string, PropertyInfo | undefined>;
  apply(eles: unknown): unknown;
  applyBypass(...args: unknown[]): unknown;
  overrideBypass(...args: unknown[]): unknown;
  removeBypasses(...args: unknown[]): unknown;
  checkBoundsTrigger(ele: Ele, name: string, fromValue: unknown, toValue: unknown): void;
  checkConnectedEdgesBoundsTrigger(ele: Ele, name: string, fromValue: unknown, toValue: unknown): void;
  checkParallelEdgesBoundsTrigger(ele: Ele, name: string, fromValue: unknown, toValue: unknown): void;
}
type Trigger = (fromValue: unknown, toValue: unknown, ele: Ele) => boolean;
interface PropertyInfo { triggersBounds?: Trigger; triggersBoundsOfConnectedEdges?: Trigger; triggersBoundsOfParallelEdges?: Trigger }
interface Collection { length: number; [i: number]: Ele; dirtyBoundingBoxCache(): unknown }
interface Ele { removed(): boolean; dirtyBoundingBoxCache(): unknown; connectedEdges(): Collection; parallelEdges(): Collection }
interface CollectionInternals { cleanStyle(): unknown; cy(): unknown }
interface CyInternals { hasCompoundNodes(): boolean; collection(eles: Ele[]): Collection }

/**
 * What one pass's triggers would have forgotten: elements' own bounds, their links', their parallel
 * links'. Sets made on first use: most passes the render loop or a style read runs touch one element.
 */
interface Pending { own?: Set<Ele>; linksOf?: Set<Ele>; parallelTo?: Set<Ele> }

const patched = new WeakSet<object>();

/** Whether `prop`'s trigger of this kind fires for this change, exactly as Cytoscape's checkTrigger decides. */
function fires(check: Trigger | undefined, ele: Ele, fromValue: unknown, toValue: unknown): boolean {
  return !ele.removed() && check != null && check(fromValue, toValue, ele);
}

/** Forgets, once each, the bounds a pass collected: one 'bounds' event per element, in one notification. */
function forgetCollected(cyOf: CyInternals, { own, linksOf, parallelTo }: Pending): void {
  if (!linksOf && !parallelTo) {
    if (own?.size === 1) for (const ele of own) ele.dirtyBoundingBoxCache();
    else if (own) cyOf.collection([...own]).dirtyBoundingBoxCache();
    return;
  }
  const forget = new Set(own);
  const addAll = (edges: Collection) => { for (let i = 0; i < edges.length; i++) forget.add(edges[i]); };
  for (const ele of linksOf ?? []) addAll(ele.connectedEdges());
  for (const ele of parallelTo ?? []) addAll(ele.parallelEdges());
  if (forget.size) cyOf.collection([...forget]).dirtyBoundingBoxCache();
}

/**
 * From now on every style pass without compound nodes forgets each element's bounds once (the style
 * prototype is Cytoscape's, shared by every instance and stylesheet). With compound nodes Cytoscape's
 * own triggers run: a parent's bounds follow its children's within the pass.
 */
export function dirtyBoundsOncePerStylePass(cy: Core): void {
  const style = cy.style() as unknown;
  if (!style) return; // headless canvases of component tests have no style
  const proto = Object.getPrototypeOf(style) as StyleInternals | null;
  if (!proto || patched.has(proto)) return;
  const { apply, applyBypass, overrideBypass, removeBypasses, checkBoundsTrigger, checkConnectedEdgesBoundsTrigger, checkParallelEdgesBoundsTrigger } = proto;
  const own = [apply, applyBypass, overrideBypass, removeBypasses, checkBoundsTrigger, checkConnectedEdgesBoundsTrigger, checkParallelEdgesBoundsTrigger];
  if (own.some((f) => typeof f !== 'function')) return;
  patched.add(proto);
  // The pass under way. Passes do nest (the render loop's cleanStyle applies each element; removing a
  // bypass reads the style, which may apply it): the inner one joins the outer, which forgets at its end.
  let pending: Pending | null = null;

  /** Runs `pass` with the triggers collecting, then forgets what they collected. */
  const collected = <T>(cyOf: CyInternals, pass: () => T): T => {
    if (pending || cyOf.hasCompoundNodes()) return pass();
    const mine: Pending = pending = {};
    try {
      return pass();
    } finally {
      pending = null;
      forgetCollected(cyOf, mine);
    }
  };
  proto.apply = function (this: StyleInternals, eles) {
    return collected(this._private.cy, () => apply.call(this, eles));
  };
  // Bypasses (`ele.style(…)`, `removeStyle`) set their properties one by one too.
  proto.applyBypass = function (this: StyleInternals, ...args) {
    return collected(this._private.cy, () => applyBypass.apply(this, args));
  };
  proto.overrideBypass = function (this: StyleInternals, ...args) {
    return collected(this._private.cy, () => overrideBypass.apply(this, args));
  };
  proto.removeBypasses = function (this: StyleInternals, ...args) {
    return collected(this._private.cy, () => removeBypasses.apply(this, args));
  };
  // The render loop cleans every element it restyles in one call, an element at a time: collected
  // over the whole call, a link between two restyled nodes is forgotten once, not once per end.
  const elesProto = Object.getPrototypeOf(cy.collection()) as CollectionInternals;
  const cleanStyle = elesProto.cleanStyle;
  if (typeof cleanStyle === 'function' && !patched.has(elesProto)) {
    patched.add(elesProto);
    elesProto.cleanStyle = function (this: CollectionInternals) {
      return collected(this.cy() as unknown as CyInternals, () => cleanStyle.call(this));
    };
  }
  proto.checkBoundsTrigger = function (this: StyleInternals, ele, name, fromValue, toValue) {
    if (!pending) return checkBoundsTrigger.call(this, ele, name, fromValue, toValue);
    if (fires(this.properties[name]?.triggersBounds, ele, fromValue, toValue)) (pending.own ??= new Set()).add(ele);
  };
  proto.checkConnectedEdgesBoundsTrigger = function (this: StyleInternals, ele, name, fromValue, toValue) {
    if (!pending) return checkConnectedEdgesBoundsTrigger.call(this, ele, name, fromValue, toValue);
    if (fires(this.properties[name]?.triggersBoundsOfConnectedEdges, ele, fromValue, toValue)) (pending.linksOf ??= new Set()).add(ele);
  };
  proto.checkParallelEdgesBoundsTrigger = function (this: StyleInternals, ele, name, fromValue, toValue) {
    if (!pending) return checkParallelEdgesBoundsTrigger.call(this, ele, name, fromValue, toValue);
    if (fires(this.properties[name]?.triggersBoundsOfParallelEdges, ele, fromValue, toValue)) (pending.parallelTo ??= new Set()).add(ele);
  };
}
