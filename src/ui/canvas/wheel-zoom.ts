/**
 * The wheel zooms ×1.25 a notch (a notch is deltaY 100 in Chromium and Firefox), so from the overview
 * (zoom ~0.42) four notches reach zoom 1. Cytoscape's own handler treats an even-stepped mouse wheel as an
 * "inaccurate" device and gives ×1.03 a notch (40 notches to read a code); no `wheelSensitivity` suits
 * both a mouse and a trackpad, whose many small deltas this formula turns into as smooth a zoom.
 */
import type { Core } from 'cytoscape';

export const ZOOM_STEP = 1.25;

/** Zoom factor for one wheel event; line-mode deltas (Firefox) count 33 px a line, as Cytoscape does. @internal exported for its unit test */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const px = deltaMode === 1 ? deltaY * 33 : deltaMode === 2 ? deltaY * 800 : deltaY;
  // At most three notches per event: a flung wheel must not jump to the zoom limit.
  const notches = Math.max(-3, Math.min(3, px / 100));
  return ZOOM_STEP ** -notches;
}

export function zoomBy(cy: Core, factor: number, at: { x: number; y: number }): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({ level, renderedPosition: at });
  // The fit controller keeps a view the user chose (no refit on resize); see useFitRequests.
  cy.emit(USER_MOVE);
}

/** Cytoscape event for a zoom the user asked for (wheel or button). */
export const USER_MOVE = 'sdg-usermove';

/** Takes the wheel before Cytoscape does (capture on an ancestor of its container). Returns the remover. */
export function installWheelZoom(host: HTMLElement, cy: Core): () => void {
  const onWheel = (e: WheelEvent) => {
    const container = cy.container();
    if (cy.destroyed() || !container || !container.contains(e.target as Node) || e.deltaY === 0) return;
    e.preventDefault();
    e.stopPropagation();
    const r = container.getBoundingClientRect();
    // Cytoscape's handler (on the container, below this capture listener) never sees the event.
    zoomBy(cy, wheelFactor(e.deltaY, e.deltaMode), { x: e.clientX - r.left, y: e.clientY - r.top });
  };
  host.addEventListener('wheel', onWheel, { capture: true, passive: false });
  return () => host.removeEventListener('wheel', onWheel, { capture: true });
}
