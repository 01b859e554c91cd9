/**
 * Highlighting by class toggles inside one cy.batch: elements are never re-created, so a click costs
 * one style pass over 1.8k elements instead of a rebuild (budget: 50 ms click-to-highlight).
 */
import type { Core } from 'cytoscape';
import type { Highlight } from '../../state/store.ts';

/** Sets or clears a class only where it changes: re-applying the same highlight then costs almost nothing. */
function setClass(el: { hasClass(c: string): boolean; addClass(c: string): unknown; removeClass(c: string): unknown }, cls: string, on: boolean) {
  if (el.hasClass(cls) !== on) {
    if (on) el.addClass(cls);
    else el.removeClass(cls);
  }
}

export function applyHighlight(cy: Core, highlight: Highlight | null, select: string[]): void {
  cy.batch(() => {
    if (!highlight) {
      cy.elements('.hl, .faded, .selected').removeClass('hl faded selected');
      return;
    }
    const links = new Set(highlight.links);
    const chosen = new Set(select);
    cy.nodes().forEach((n) => {
      const inside = n.id() in highlight.distance;
      setClass(n, 'hl', inside && !chosen.has(n.id()));
      setClass(n, 'selected', chosen.has(n.id()));
      setClass(n, 'faded', !inside);
    });
    cy.edges().forEach((e) => {
      const on = links.has(e.data('pair'));
      setClass(e, 'hl', on);
      setClass(e, 'faded', !on);
    });
  });
}

export function applyVisible(cy: Core, visible: Set<string> | null): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => setClass(n, 'filtered', visible !== null && !visible.has(n.id())));
  });
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
      if (i) cy.getElementById(p[i - 1]).edgesTo(cy.getElementById(c)).forEach((e) => { wanted.add(e.id()); });
    });
  }
  cy.batch(() => {
    syncClass(cy, 'path', wanted);
    dimOffPath(cy, paths.length ? wanted : null);
  });
}

/** Above this many links only the nodes dim for a path: a class on every link costs ~0.4 s at 100k. */
const DIM_EDGE_LIMIT = 20_000;

/** With a path on screen every other element steps back (`off-path`); without one, none does. */
function dimOffPath(cy: Core, onPath: Set<string> | null): void {
  if (!onPath) {
    cy.elements('.off-path').removeClass('off-path');
    return;
  }
  cy.nodes().forEach((n) => setClass(n, 'off-path', !onPath.has(n.id())));
  if (cy.edges().length <= DIM_EDGE_LIMIT) cy.edges().forEach((e) => setClass(e, 'off-path', !onPath.has(e.id())));
}

/** Portfolio picks as the `pick` class (marked and labelled on the canvas). */
export function applyPicks(cy: Core, codes: string[]): void {
  cy.batch(() => syncClass(cy, 'pick', new Set(codes)));
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
