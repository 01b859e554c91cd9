/** What the camera and nodes look like now, for a scene; and how to bring a scene back on a canvas of another size. */
import type { Core } from 'cytoscape';
import type { Point, Scene, SceneSnapshot } from '../../state/present.ts';

export function captureSnapshot(cy: Core | undefined | null): SceneSnapshot {
  if (!cy || cy.destroyed()) return { positions: null, zoom: null, pan: null };
  const positions: Record<string, Point> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions[n.id()] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  });
  return { positions, zoom: cy.zoom(), pan: { ...cy.pan() }, viewSize: { w: cy.width(), h: cy.height() } };
}

/** The saved camera, re-centred and scaled for a canvas of w×h (the scene may have been saved with panels open). */
export function viewportFor(scene: Scene, w: number, h: number): { zoom: number; pan: Point } | null {
  if (scene.zoom == null || !scene.pan) return null;
  const size = scene.viewSize ?? { w, h };
  const cx = (size.w / 2 - scene.pan.x) / scene.zoom;
  const cy = (size.h / 2 - scene.pan.y) / scene.zoom;
  const zoom = scene.zoom * Math.min(w / size.w, h / size.h);
  return { zoom, pan: { x: w / 2 - zoom * cx, y: h / 2 - zoom * cy } };
}
