/**
 * The highlight drawn by a second, small Cytoscape instance over the graph, while the graph itself
 * is dimmed as a whole by CSS and left untouched. Any class change on the graph's own elements makes
 * Cytoscape restyle them and redraw the whole canvas: on the default data a click cost 51 ms
 * (quiet machine) whatever the number of elements it changed, and on 100k links 1.2 s. The overlay
 * holds only the highlighted part (copies of the lit nodes and links, plus path and portfolio
 * elements, which stay bright in a highlight), so a click restyles and draws a few hundred elements.
 *
 * The overlay mirrors its elements from the graph: classes (but not the label classes, which it plans
 * itself), data, positions, the stylesheet, the camera. It takes no pointer events: clicks, hovers and
 * drags go to the graph underneath, whose nodes sit at the same places.
 */
import cytoscape, { type Collection, type CollectionArgument, type Core, type ElementDefinition, type NodeCollection, type NodeSingular, type SingularElementArgument } from 'cytoscape';
import { canvasMemo } from './canvas-memo.ts';
import { setClass } from './set-class.ts';
import { canUndraw, setDimmedUndrawn } from './undrawn-dimmed.ts';
import { edgeCount } from './element-counts.ts';
import { hasPaintedLinks, paintedLinkHidden, setPaintedOff } from './painted-links.ts';
import { repaintLitLater, setLitLinks, type LitLink } from './painted-lit-links.ts';
import { paintableNode } from './painted-lit-nodes.ts';
import { liveSheetOf } from './paint-canvas.ts';
import { rendererOf } from './renderer-internals.ts';
import { quietEmptyLayers } from './quiet-empty-layers.ts';
import { drawStraightFromStyle } from './direct-draw.ts';

interface Overlay {
  cy: Core;
  base: Core;
  /** the graph's links and labels are hidden (left undrawn, or links by the `under-hl` class), a task after the highlight appears */
  dimmedHidden: boolean;
  /** the graph's container, which carries the `hl-dimmed` class while a highlight is shown */
  host: HTMLElement | null;
  /** the overlay's own container, beside the graph's */
  holder: HTMLElement | null;
  /** the graph's elements the highlight lights (null: no highlight) and its chosen nodes */
  lit: Collection | null;
  /** the highlight's painted links (painted-links.ts), which are not the graph's elements: painted lit (painted-lit-links.ts) */
  litLinks: Map<string, LitLink>;
  selected: Set<string>;
  /** path and portfolio elements of the graph: bright in a highlight too (stylesheet: opacity 1) */
  extras: Collection;
  /** a big highlight's plain lit nodes of the graph, painted rather than copied (painted-lit-nodes.ts), by id */
  painted: Map<string, NodeSingular>;
}

const overlays = canvasMemo<Overlay>();

/** Classes the overlay sets itself, never copied from the graph. */
const OWN_CLASSES = new Set(['hl', 'selected', 'under-hl', 'slbl', 'slbl-code', 'lbl', 'lbl-code', 'lbl-short']);

/** The overlay over `base`, made the first time it is asked for (headless when the graph is). */
export function ensureOverlay(base: Core): Core {
  const known = overlays.get(base);
  if (known) return known.cy;
  const host = base.container();
  let holder: HTMLDivElement | null = null;
  if (host) {
    holder = document.createElement('div');
    holder.className = 'graph-overlay';
    holder.setAttribute('aria-hidden', 'true');
    holder.dataset.testid = 'graph-overlay';
    host.after(holder);
  }
  const cy = cytoscape({
    container: holder ?? undefined,
    headless: !holder,
    styleEnabled: true,
    elements: [],
    style: liveSheetOf(base),
    zoom: base.zoom(),
    pan: base.pan(),
    minZoom: base.minZoom(),
    maxZoom: base.maxZoom(),
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
  });
  quietEmptyLayers(cy);
  // Drawn element by element, plain nodes and their labels straight from their style: each highlight
  // changes what the overlay holds, so its layer textures and new label textures were rebuilt per
  // click. Bundled network (bench/ab.ts, 5 rounds): click 0.71× (14 → 10 ms), first click 0.83×,
  // and no task of the bench's clicks over 50 ms (longest was 51–61 ms).
  drawStraightFromStyle(cy);
  const state: Overlay = { cy, base, dimmedHidden: false, host, holder, lit: null, litLinks: new Map(), selected: new Set(), extras: extrasOf(base), painted: new Map() };
  overlays.set(base, state);
  follow(base, state);
  return cy;
}

/** The overlay of `base` if it has one (tests and the label planners read it). */
export function overlayOf(base: Core): Core | undefined {
  return overlays.get(base)?.cy;
}

/** True while `base` is dimmed under a highlight. */
export function overlayShown(base: Core): boolean {
  return !!overlays.get(base)?.lit;
}

/** The graph's nodes the highlight lights now and its path nodes: what "fit to the highlight" frames. */
export function highlightedNodes(base: Core): NodeCollection {
  const st = overlays.get(base);
  // The path nodes from the few extras the overlay keeps: a selector over 110k elements cost ~12 ms a click.
  if (!st) return base.nodes('.path');
  const lit = st.lit?.nodes() ?? base.collection();
  return lit.union(st.extras.nodes('.path'));
}

/**
 * Shows `lit` (the graph's elements) and `litLinks` (painted links) bright over the dimmed graph,
 * `selected` as chosen; null clears.
 */
export function showOverlay(base: Core, lit: Collection | null, selected: Set<string>, litLinks: LitLink[] = []): void {
  ensureOverlay(base);
  const st = overlays.get(base)!;
  st.lit = lit;
  st.litLinks = new Map(lit ? litLinks.map((l) => [l.id, l]) : []);
  st.selected = selected;
  refresh(st);
}

/** Above this many elements a rehearsal is skipped: its idle task would outgrow the first click it saves. */
const REHEARSAL_LIMIT = 400;

/**
 * Draws `lit` once on the overlay, hidden, then takes it off and draws the empty overlay: the user's
 * first click then finds the overlay's drawing code compiled and its texture canvases made. On the
 * default data the first click went from 52–71 ms (median 64) to 33–54 ms (median 47), for an idle
 * task of 80–120 ms. Nothing shows: the overlay's holder is hidden meanwhile, and the graph is not dimmed.
 */
export function rehearseOverlay(base: Core, lit: Collection, selected: Set<string>): void {
  ensureOverlay(base);
  const st = overlays.get(base)!;
  const r = rendererOf<{ render(): void }>(st.cy);
  if (!st.holder || !r || st.lit || st.cy.elements().nonempty() || lit.length > REHEARSAL_LIMIT) return;
  st.holder.style.visibility = 'hidden';
  try {
    const added = st.cy.add(lit.map((el) => ({
      group: el.group(),
      data: { ...el.data() },
      ...(el.isNode() ? { position: { ...el.position() } } : {}),
      // Labelled as a click's plan labels them, so text drawing is rehearsed too.
      classes: [...mirroredClasses(el), ...(el.isNode() ? [selected.has(el.id()) ? 'selected' : 'hl', 'slbl'] : ['hl'])],
    })));
    r.render();
    added.remove();
    r.render();
  } finally {
    st.holder.style.visibility = '';
    performance.mark('sdg:overlay-rehearsed');
  }
}

/** Path or portfolio elements changed on the graph: the overlay takes the new ones. */
export function overlayExtrasChanged(base: Core): void {
  const st = overlays.get(base);
  if (!st) return;
  st.extras = extrasOf(base);
  if (st.lit) refresh(st);
}

/** The graph's path and portfolio elements, which stay bright in a highlight. */
function extrasOf(base: Core): Collection {
  return base.elements('.path, .pick');
}

/** The overlay's stylesheet follows the graph's (presentation, system analysis). */
export function syncOverlayStyle(base: Core): void {
  const st = overlays.get(base);
  if (st) st.cy.style(liveSheetOf(base));
}

/**
 * Above this many lit nodes on a painted canvas (painted-links.ts) the plain ones are painted
 * (painted-lit-nodes.ts). Below it copies are cheap, and every lit node usually gets a label anyway.
 */
const PAINT_NODES_ABOVE = 200;

/** Classes that make a lit node more than a plain one: it stays a copy, drawn by Cytoscape. */
const SPECIAL = ['path', 'pick', 'mark-priority', 'mark-discussed', 'filtered', 'off-path'];

/** True for a lit node drawn as a plain one: no special class, and a body painted-lit-nodes.ts can paint. */
function plainLit(n: SingularElementArgument): boolean {
  return !SPECIAL.some((c) => n.hasClass(c)) && paintableNode(n as NodeSingular);
}

/** The plain lit nodes of the graph to paint for this highlight (none when it is small or the canvas is not painted). */
function nodesToPaint(st: Overlay, want: Collection): Map<string, NodeSingular> {
  const out = new Map<string, NodeSingular>();
  const lit = st.lit;
  if (!lit || !hasPaintedLinks(st.base)) return out;
  const nodes = lit.nodes();
  if (nodes.length <= PAINT_NODES_ABOVE) return out;
  nodes.forEach((n) => {
    const id = n.id();
    // A copy already made (a label's, or a special node's of the last highlight) stays one: no churn.
    if (st.selected.has(id) || st.cy.getElementById(id).nonempty() || !plainLit(n)) return;
    out.set(id, n);
  });
  // A copied link needs both its ends copied (a path's, made real for it).
  want.edges().forEach((e) => { out.delete(e.source().id()); out.delete(e.target().id()); });
  return out;
}

/** The graph's lit nodes painted rather than copied now: the label planners may give them labels (promoteLitNodes). */
export function paintedLitNodes(base: Core): NodeSingular[] {
  return [...(overlays.get(base)?.painted.values() ?? [])];
}

/** Turns painted lit nodes into overlay copies, so that Cytoscape draws them (with the label planned for them). */
export function promoteLitNodes(base: Core, ids: Iterable<string>): void {
  const st = overlays.get(base);
  if (!st) return;
  const adds: ElementDefinition[] = [];
  for (const id of ids) {
    const n = st.painted.get(id);
    if (!n) continue;
    st.painted.delete(id);
    adds.push(copyOf(st, n));
  }
  if (!adds.length) return;
  st.cy.add(adds);
  paintLit(st);
}

/** The overlay's own classes for a copy: chosen, lit, or neither (a path or portfolio element). */
function ownClass(st: Overlay, el: SingularElementArgument): string {
  if (st.litLinks.has(el.id())) return 'hl';
  if (!st.lit?.has(el)) return '';
  return el.isNode() && st.selected.has(el.id()) ? 'selected' : 'hl';
}

function mirroredClasses(el: SingularElementArgument): string[] {
  return el.classes().filter((c) => !OWN_CLASSES.has(c));
}

function copyOf(st: Overlay, el: SingularElementArgument): ElementDefinition {
  const own = ownClass(st, el);
  return {
    group: el.group(),
    data: { ...el.data() },
    ...(el.isNode() ? { position: { ...el.position() } } : {}),
    classes: own ? [...mirroredClasses(el), own] : mirroredClasses(el),
  };
}

/** Puts exactly the wanted copies in the overlay, touching only those that come, go or change role. */
function refresh(st: Overlay): void {
  const { cy } = st;
  const want = st.lit ? st.lit.union(st.extras) : null;
  const ids = new Set<string>();
  want?.forEach((el) => { ids.add(el.id()); });
  cy.batch(() => {
    if (!want) {
      st.painted = new Map();
      cy.elements().remove();
      return;
    }
    st.painted = nodesToPaint(st, want);
    // One removal for all that go: element by element, each removal rebuilt the overlay's caches.
    const gone: SingularElementArgument[] = [];
    cy.elements().forEach((o) => { if (!ids.has(o.id())) gone.push(o); });
    if (gone.length) cy.collection(gone as unknown as CollectionArgument).remove();
    const adds: ElementDefinition[] = [];
    want.forEach((el) => {
      if (st.painted.has(el.id())) return;
      const o = cy.getElementById(el.id());
      if (o.empty()) {
        adds.push(copyOf(st, el));
        return;
      }
      const own = ownClass(st, el);
      setClass(o, 'hl', own === 'hl');
      setClass(o, 'selected', own === 'selected');
    });
    // An edge whose end is not lit (a path link to a filtered node, say) has nothing to hang on.
    cy.add(adds.filter((d) => d.group === 'nodes' || (ids.has(d.data.source as string) && ids.has(d.data.target as string))));
  });
  paintLit(st, ids);
  st.host?.classList.toggle('hl-dimmed', !!want);
  if (!!want !== st.dimmedHidden) hideDimmedLater(st);
}

/**
 * Painted links lit by the highlight are painted, not copied (painted-lit-links.ts); one made real for a
 * path is a copy already. The evidence filter hides them by kind, asked at each paint. A big
 * highlight's plain nodes are painted over them.
 */
function paintLit(st: Overlay, wanted?: Set<string>): void {
  const ids = wanted ?? new Set([...st.cy.elements().map((o) => o.id()), ...st.painted.keys()]);
  const links = [...st.litLinks.values()].filter((l) => !ids.has(l.id) && ids.has(l.source) && ids.has(l.target));
  setLitLinks(st.cy, links, (l) => litLinkHidden(st.base, l), [...st.painted.values()]);
}

/**
 * True when a lit link is hidden now: on a painted canvas by its evidence kind (painted-links.ts); a
 * Cytoscape link by the classes that hide it (the evidence filter's, or beside a path).
 */
function litLinkHidden(base: Core, link: LitLink): boolean {
  const e = base.getElementById(link.id);
  return e.nonempty() ? e.hasClass('evidence-off') || e.hasClass('off-path') : paintedLinkHidden(base, link);
}

/**
 * Above this many links they stay drawn (dimmed): a class on every link cost ~0.4 s at 100k, and leaving
 * them undrawn still redraws the whole dimmed graph once.
 */
const HIDE_LINKS_LIMIT = 20_000;

/**
 * True when the dimmed graph is left exactly as drawn under a highlight: its links and its labels stay
 * (dimmed), because any change to it redraws all of it — 1.2 s on 100k links for taking off 96 labels.
 */
function dimmedLeftAsDrawn(base: Core): boolean {
  return edgeCount(base) > HIDE_LINKS_LIMIT;
}

/**
 * True when the dimmed graph keeps its labels under a highlight: left as drawn (big graphs), or left
 * undrawn with its links (undrawn-dimmed.ts). Otherwise (WebGL, headless) the label plan takes them off.
 */
export function dimmedKeepsLabels(base: Core): boolean {
  return dimmedLeftAsDrawn(base) || canUndraw(base);
}

/**
 * Hides the dimmed graph's links and labels (or shows them again) in a task after the frame that shows
 * the overlay: nothing from click to click, and nothing in the click's own frame.
 */
function hideDimmedLater(st: Overlay): void {
  const run = () => setTimeout(() => {
    const { base } = st;
    if (base.destroyed()) return;
    const hide = !!st.lit;
    if (hide === st.dimmedHidden) return;
    st.dimmedHidden = hide;
    if (hide && dimmedLeftAsDrawn(base)) return;
    setPaintedOff(base, 'dimmed', hide);
    // Left out of the renderer's drawing where it can (no restyle); by class in WebGL and headless.
    if (setDimmedUndrawn(base, hide)) return;
    base.batch(() => { base.edges().forEach((e) => setClass(e, 'under-hl', hide)); });
  }, 0);
  if (typeof requestAnimationFrame === 'function' && st.holder) requestAnimationFrame(run);
  else run();
}

/** The overlay follows the graph: camera, size, and its copies' classes, data and positions. */
function follow(base: Core, st: Overlay): void {
  const { cy } = st;
  const copy = (el: SingularElementArgument) => {
    const o = cy.getElementById(el.id());
    return o.nonempty() ? o : null;
  };
  base.on('viewport', () => { cy.viewport({ zoom: base.zoom(), pan: { ...base.pan() } }); });
  base.on('resize', () => { cy.resize(); cy.viewport({ zoom: base.zoom(), pan: { ...base.pan() } }); });
  // Painted nodes are drawn from the graph's own style and positions: paint again when those change.
  const repaint = (el: SingularElementArgument) => { if (st.painted.has(el.id())) repaintLitLater(cy); };
  base.on('class', (e) => {
    // A lit link's classes say whether it shows (litLinkHidden).
    if (st.litLinks.has(e.target.id())) repaintLitLater(cy);
    // A painted node that is no longer plain (marked, filtered…) becomes a copy, which follows its classes.
    if (st.painted.has(e.target.id())) {
      if (plainLit(e.target)) repaintLitLater(cy);
      else promoteLitNodes(base, [e.target.id()]);
    }
    const o = copy(e.target);
    if (!o) return;
    const own = o.classes().filter((c) => OWN_CLASSES.has(c));
    o.classes([...mirroredClasses(e.target), ...own]);
    // The evidence filter hides a link by a display bypass with its class; the copy hides with it.
    if (o.hasClass('evidence-off')) o.style('display', 'none');
    else o.removeStyle('display');
  });
  base.on('data', (e) => {
    repaint(e.target);
    copy(e.target)?.data({ ...e.target.data() });
  });
  base.on('position', 'node', (e) => {
    repaint(e.target);
    copy(e.target)?.position({ ...e.target.position() });
  });
  base.on('remove', (e) => {
    if (st.painted.delete(e.target.id())) paintLit(st);
    copy(e.target)?.remove();
    if (st.lit?.has(e.target)) st.lit = st.lit.difference(e.target);
  });
  base.on('destroy', () => {
    overlays.set(base, undefined);
    cy.destroy();
    st.holder?.remove();
  });
}
