import type { CytoscapeLayout } from '../registry.ts';

/**
 * Force-directed: fcose on the main thread; from 1,500 nodes on fcose froze the tab, so ForceAtlas2
 * runs in a worker instead (state/layout-worker.ts).
 */
export const force = {
  id: 'force',
  labelKey: 'view.layouts.force',
  engine: 'cytoscape',
  plugin: 'fcose',
  options: { name: 'fcose', randomize: true, quality: 'default', nodeRepulsion: 6000, idealEdgeLength: 60 },
  worker: { minNodes: 1_500 },
} as const satisfies CytoscapeLayout<'force'>;
