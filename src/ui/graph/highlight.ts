/**
 * What the canvas marks on its elements: the highlight (drawn by an overlay, highlight-overlay.ts),
 * filters, paths, picks and marks as classes toggled only where they change (budget for a click:
 * 16 ms on the default data, 100 ms on 100k links).
 */
import type { Collection, CollectionArgument, Core, SingularElementArgument } from 'cytoscape';
import type { Highlight } from '../../state/store.ts';
import { edgesByPair, paintedOn, sameSelect, setPainted } from './painted-highlight.ts';
import { overlayExtrasChanged, overlayShown, rehearseOverlay, showOverlay } from './highlight-overlay.ts';
import { setClass } from './set-class.ts';
import { edgeCount } from './element-counts.ts';
import { hasPaintedLinks, materialisedLinks, paintedLinksOf, setPaintedOff } from './painted-links.ts';
import type { LitLink } from './painted-lit-links.ts';

/**
 * Shows `highlight` with `select` chosen: the overlay (graph/highlight-overlay.ts) draws copies of the
 * lit nodes over the dimmed graph, whose own elements keep their classes and are not redrawn, and
 * paints the lit links (painted-lit-links.ts).
 */
export function applyHighlight(cy: Core, highlight: Highlight | null, select: string[]): void {
  const before = paintedOn(cy);
  // The store hands back the object the tap's fast path painted a frame earlier (highlightOf memo).
  if (before && before.highlight === highlight && sameSelect(before.select, select)) return;
  if (!highlight) {
    if (before || overlayShown(cy)) showOverlay(cy, null, new Set());
    setPainted(cy, null);
    return;
  }
  const { els, links } = litElements(cy, highlight);
  showOverlay(cy, els, new Set(select), links);
  setPainted(cy, { highlight, select: [...select], lit: els });
}

/** Draws `highlight` once on the hidden overlay and takes it off, so the first real click runs warm (rehearseOverlay). */
export function rehearseHighlight(cy: Core, highlight: Highlight, select: string[]): void {
  rehearseOverlay(cy, litElements(cy, highlight).els, new Set(select));
}

/**
 * The highlight's nodes (seeds are always in `distance`) and the links the overlay copies, as one
 * collection, and the links it paints. A canvas on screen has its lit links painted: as overlay copies
 * each cost Cytoscape an element, a style pass, endpoint and arrow geometry and a texture — on the
 * default data about a third of a click's work. A loop stays a copy (Cytoscape draws it as a loop), and
 * so does every link of a headless canvas, which has nothing to paint on.
 */
function litElements(cy: Core, highlight: Highlight): { els: Collection; links: LitLink[] } {
  const els: SingularElementArgument[] = [];
  for (const code in highlight.distance) {
    const n = cy.getElementById(code);
    if (n.nonempty()) els.push(n);
  }
  let links: LitLink[] = [];
  if (hasPaintedLinks(cy)) {
    links = highlight.links.flatMap((key) => paintedLinksOf(cy, key));
  } else {
    const paint = !!cy.container();
    const pairs = edgesByPair(cy);
    for (const key of highlight.links) {
      for (const e of pairs.get(key) ?? []) {
        const source = e.source().id();
        const target = e.target().id();
        if (paint && source !== target) links.push({ id: e.id(), source, target, negative: e.data('negative') === 1 });
        else els.push(e);
      }
    }
  }
  // Cytoscape builds a collection from an array of its elements at once; its typings list only definitions.
  return { els: cy.collection(els as unknown as CollectionArgument), links };
}

/**
 * Marks the paths' nodes and links. Only the few elements that gain or lose the class are touched:
 * toggling it on every element cost 0.4 s per change on a 100k-link graph.
 */
export function applyPath(cy: Core, paths: string[][]): void {
  const wanted = new Set<string>();
  for (const p of paths) {
    p.forEach((c, i) => {
      wanted.add(c);
      if (i) materialisedLinks(cy, p[i - 1], c).forEach((e) => { wanted.add(e.id()); });
    });
  }
  cy.batch(() => {
    syncClass(cy, 'path', wanted);
    dimOffPath(cy, paths.length ? wanted : null);
  });
  overlayExtrasChanged(cy);
}

/** Above this many links only the nodes dim for a path: a class on every link costs ~0.4 s at 100k. */
const DIM_EDGE_LIMIT = 20_000;

/** With a path on screen every other element steps back (`off-path`); without one, none does. */
function dimOffPath(cy: Core, onPath: Set<string> | null): void {
  // Painted links (painted-links.ts) step back as a whole, as their Cytoscape twins would.
  setPaintedOff(cy, 'off-path', !!onPath && edgeCount(cy) <= DIM_EDGE_LIMIT);
  if (!onPath) {
    cy.elements('.off-path').removeClass('off-path');
    return;
  }
  cy.nodes().forEach((n) => setClass(n, 'off-path', !onPath.has(n.id())));
  if (edgeCount(cy) <= DIM_EDGE_LIMIT) cy.edges().forEach((e) => setClass(e, 'off-path', !onPath.has(e.id())));
}

/** Portfolio picks as the `pick` class (marked and labelled on the canvas). */
export function applyPicks(cy: Core, codes: string[]): void {
  cy.batch(() => syncClass(cy, 'pick', new Set(codes)));
  overlayExtrasChanged(cy);
}

/** Session marks as classes, touching only the nodes whose mark changes. */
export function applyMarks(cy: Core, marks: Record<string, { kind: string } | undefined>): void {
  cy.batch(() => {
    for (const kind of ['priority', 'discussed']) {
      syncClass(cy, `mark-${kind}`, new Set(Object.keys(marks).filter((code) => marks[code]?.kind === kind)));
    }
  });
}

/** Gives `cls` to exactly the elements in `ids`, visiting only those and the ones that have it now. */
function syncClass(cy: Core, cls: string, ids: Set<string>): void {
  cy.elements(`.${cls}`).forEach((el) => setClass(el, cls, ids.has(el.id())));
  for (const id of ids) {
    const el = cy.getElementById(id);
    if (el.nonempty()) setClass(el, cls, true);
  }
}
