import type { Positions } from '../../core/layout/goal-clusters.ts';

/**
 * Zoom and pan that fit the given positions into a w×h box. Computed from positions alone because
 * Cytoscape's own fit measures every edge's bounding box, which costs ~0.5 s for 1.5k edges here.
 */
export function fitViewport(positions: Positions, width: number, height: number, padding = 30, nodeRadius = 24) {
  const pts = Object.values(positions);
  if (!pts.length || width <= 0 || height <= 0) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of pts) {
    x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y); x1 = Math.max(x1, p.x); y1 = Math.max(y1, p.y);
  }
  const bw = x1 - x0 + 2 * nodeRadius;
  const bh = y1 - y0 + 2 * nodeRadius;
  const zoom = Math.min((width - 2 * padding) / bw, (height - 2 * padding) / bh, 2);
  return { zoom, pan: { x: width / 2 - zoom * (x0 + x1) / 2, y: height / 2 - zoom * (y0 + y1) / 2 } };
}
