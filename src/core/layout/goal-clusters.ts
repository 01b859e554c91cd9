/**
 * A deterministic "grouped by goal" layout: goals sit on a large circle in numeric order and each
 * goal's nodes fill a sunflower (Vogel) spiral around their goal's point. It costs O(n), so the first
 * screen draws at once, and the same data always gives the same picture (users learn where goal 16 is).
 */
import type { InterlinkageGraph } from '../graph/types.ts';
import { compareCodes } from '../model/codes.ts';

export type Positions = Record<string, { x: number; y: number }>;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function goalClusterLayout(graph: InterlinkageGraph, spacing = 34): Positions {
  const groups = new Map<string, string[]>();
  graph.forEachNode((code, attrs) => {
    const key = attrs.goal ?? 'other';
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(code);
  });
  const keys = [...groups.keys()].sort((a, b) => (a === 'other' ? 1 : b === 'other' ? -1 : compareCodes(a, b)));
  // Each cluster gets an arc of the ring in proportion to its own size, so big and small goals pack tightly.
  const radius = new Map(keys.map((k) => [k, spacing * (Math.sqrt(groups.get(k)!.length) + 0.5)]));
  const circumference = keys.reduce((s, k) => s + 2 * radius.get(k)! * 1.25, 0);
  const ringRadius = keys.length > 1 ? circumference / (2 * Math.PI) : 0;
  const positions: Positions = {};
  let travelled = 0;
  for (const key of keys) {
    const r0 = radius.get(key)! * 1.25;
    const angle = (2 * Math.PI * (travelled + r0)) / circumference - Math.PI / 2;
    travelled += 2 * r0;
    const cx = ringRadius * Math.cos(angle);
    const cy = ringRadius * Math.sin(angle);
    const members = groups.get(key)!.sort(compareCodes);
    members.forEach((code, i) => {
      const r = spacing * Math.sqrt(i + 0.5);
      const a = i * GOLDEN_ANGLE;
      positions[code] = { x: Math.round(cx + r * Math.cos(a)), y: Math.round(cy + r * Math.sin(a)) };
    });
  }
  return positions;
}
