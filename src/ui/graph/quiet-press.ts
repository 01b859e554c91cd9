/**
 * A click on a node without a full redraw of the graph. Cytoscape marks a pressed node `:active` on
 * mousedown and clears it on mouseup, selects it on tap, and grabs and frees it (for a drag) on every
 * press: each is a style update, and any style update redraws the whole canvas. The app's stylesheet
 * draws none of them (the selection is the store's, drawn by the highlight overlay), so on the
 * canvases registered here they are skipped, and nodes are dragged by the few handlers below instead
 * of Cytoscape's grab. Measured on the default data, from tap to the frame showing the highlight
 * (18 clicks, interleaved, a loaded machine): median 181 ms with :active and selection, 71 ms without;
 * on 10k nodes / 100k links the grab alone redrew 110k elements per click (~0.7 s on a quiet machine).
 */
import type { Collection, Core, EventObject, NodeSingular } from 'cytoscape';
import { rendererOf } from './renderer-internals.ts';

/** Cytoscape's typings give cy() to singular elements only; every collection has it. */
type Owned = Collection & { cy(): Core };

const quiet = new WeakSet<Core>();
const locked = new WeakMap<Core, boolean>();
const dragEnded = new WeakSet<Core>();
let patched = false;

/** Below this many px of pointer travel a press is a click, not a drag. */
const DRAG_THRESHOLD_PX = 4;

export function quietPress(cy: Core): void {
  if (quiet.has(cy)) return;
  quiet.add(cy);
  cy.autounselectify(true);
  cy.autoungrabify(true);
  dragNodes(cy);
  noDragRelease(cy);
  if (patched) return;
  patched = true;
  // Cytoscape's collection prototype is shared by every instance: the skip applies only to registered ones.
  const proto = Object.getPrototypeOf(cy.collection()) as Record<'activate' | 'unactivate', (this: Owned) => Owned>;
  for (const name of ['activate', 'unactivate'] as const) {
    const original = proto[name];
    proto[name] = function (this: Owned) {
      return quiet.has(this.cy()) ? this : original.call(this);
    };
  }
}

/** The layout lock: no node moves under the pointer while it is on. */
export function setDragLocked(cy: Core, on: boolean): void {
  locked.set(cy, on);
}

/** True once for the tap that ends a drag (Cytoscape may report the release as a tap too). */
export function tapEndsDrag(cy: Core): boolean {
  const was = dragEnded.has(cy);
  dragEnded.delete(cy);
  return was;
}

/** The part of Cytoscape's canvas renderer read here (3.34, src/extensions/renderer/canvas; internal, untyped). */
interface DragData { dragData?: { possibleDragElements: unknown } }

/**
 * Nothing is ever grabbed (autoungrabify), yet on every release after a press on a node Cytoscape frees
 * "the dragged elements" by walking every element twice (freeDraggedElements, then its drag-layer
 * lists), unless the list it was given is null. A press on a node gives it null; a press on the
 * background, whose release reads the list's length, an empty one. On 10k nodes / 100k links the
 * walk was ~30 ms of each click in a profile.
 */
function noDragRelease(cy: Core): void {
  const r = rendererOf<DragData>(cy);
  if (!r?.dragData || !('possibleDragElements' in r.dragData)) return;
  const data = r.dragData;
  cy.on('tapstart', (e: EventObject) => {
    data.possibleDragElements = e.target === cy ? cy.collection() : null;
  });
}

/** Drags a node with the pointer, emitting `drag` and `dragfree` as Cytoscape's own drag does. */
function dragNodes(cy: Core): void {
  let drag: { node: NodeSingular; dx: number; dy: number; x0: number; y0: number; moved: boolean; panning: boolean } | null = null;
  cy.on('tapstart', 'node', (e: EventObject) => {
    dragEnded.delete(cy);
    if (locked.get(cy)) return;
    const node = e.target as NodeSingular;
    const p = node.position();
    // Panning would take the gesture otherwise: Cytoscape pans through a node that cannot be grabbed.
    drag = { node, dx: p.x - e.position.x, dy: p.y - e.position.y, x0: e.renderedPosition.x, y0: e.renderedPosition.y, moved: false, panning: cy.userPanningEnabled() };
    cy.userPanningEnabled(false);
  });
  cy.on('tapdrag', (e: EventObject) => {
    if (!drag) return;
    if (!drag.moved && Math.hypot(e.renderedPosition.x - drag.x0, e.renderedPosition.y - drag.y0) < DRAG_THRESHOLD_PX) return;
    drag.moved = true;
    drag.node.position({ x: e.position.x + drag.dx, y: e.position.y + drag.dy });
    drag.node.emit('drag');
  });
  cy.on('tapend', () => {
    if (!drag) return;
    const { node, moved, panning } = drag;
    drag = null;
    cy.userPanningEnabled(panning);
    if (!moved) return;
    dragEnded.add(cy);
    node.emit('dragfree');
  });
}
