import type { CytoscapeLayout, LayoutNode } from '../registry.ts';

/** Rings by the size metric: the most influential in the middle. */
export const concentric = {
  id: 'concentric',
  labelKey: 'view.layouts.concentric',
  engine: 'cytoscape',
  options: { name: 'concentric', minNodeSpacing: 4, concentric: (n: LayoutNode) => n.data('size') as number, levelWidth: () => 0.08 },
} as const satisfies CytoscapeLayout<'concentric'>;
