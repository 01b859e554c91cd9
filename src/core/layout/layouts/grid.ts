import type { CytoscapeLayout, LayoutNode } from '../registry.ts';
import { compareCodes } from '../../graph/compare-codes.ts';

/** A grid in code order (numeric, so 2.10 follows 2.9). */
export const grid = {
  id: 'grid',
  labelKey: 'view.layouts.grid',
  engine: 'cytoscape',
  options: { name: 'grid', avoidOverlap: true, sort: (a: LayoutNode, b: LayoutNode) => compareCodes(a.id(), b.id()) },
} as const satisfies CytoscapeLayout<'grid'>;
