/**
 * Where each goal cluster's name goes in the "grouped by goal" layout: just outside the cluster, on
 * the side facing away from the ring's centre, so the name sits in the empty space round the ring
 * rather than over nodes or over the links that cross the middle. Read from the positions the nodes
 * have now (a dragged node moves its cluster's name too).
 */
import { compareCodes } from '../model/codes.ts';
import type { Positions } from './goal-clusters.ts';

export interface ClusterAnchor {
  goal: string;
  /** model-space point for the name's centre */
  x: number;
  y: number;
  /** unit vector from the ring's centre out through the cluster (which way the name leans) */
  dx: number;
  dy: number;
  /** model-space point just above the cluster: the fallback where the outward spot is off the canvas */
  above: { x: number; y: number };
  /** model-space point inside the ring, facing its centre: the last resort */
  inward: { x: number; y: number };
}

/** `pad`: model units between the cluster's outermost node and the name's centre. */
export function clusterAnchors(positions: Positions, goalOf: (code: string) => string | null, pad = 40): ClusterAnchor[] {
  const sums = new Map<string, { x: number; y: number; n: number; codes: string[] }>();
  for (const [code, p] of Object.entries(positions)) {
    const g = goalOf(code);
    if (!g) continue;
    const s = sums.get(g) ?? { x: 0, y: 0, n: 0, codes: [] };
    s.x += p.x; s.y += p.y; s.n++; s.codes.push(code);
    sums.set(g, s);
  }
  if (sums.size < 2) return [];
  const centres = [...sums.entries()].map(([goal, s]) => ({ goal, x: s.x / s.n, y: s.y / s.n, codes: s.codes }));
  const ring = { x: centres.reduce((a, c) => a + c.x, 0) / centres.length, y: centres.reduce((a, c) => a + c.y, 0) / centres.length };
  return centres
    .map(({ goal, x, y, codes }) => {
      const len = Math.hypot(x - ring.x, y - ring.y) || 1;
      const dx = (x - ring.x) / len, dy = (y - ring.y) / len;
      // The cluster's reach in that direction: its farthest node along (dx, dy).
      const reach = Math.max(0, ...codes.map((c) => (positions[c].x - x) * dx + (positions[c].y - y) * dy));
      const top = Math.min(...codes.map((c) => positions[c].y));
      const back = Math.max(0, ...codes.map((c) => -((positions[c].x - x) * dx + (positions[c].y - y) * dy)));
      return { goal, x: x + dx * (reach + pad), y: y + dy * (reach + pad), dx, dy, above: { x, y: top - pad / 2 }, inward: { x: x - dx * (back + pad), y: y - dy * (back + pad) } };
    })
    .sort((a, b) => compareCodes(a.goal, b.goal));
}
