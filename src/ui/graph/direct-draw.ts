import type { Core } from 'cytoscape';
import { installPlainEdgeDraw } from './plain-edge-draw.ts';
import { installPlainNodeDraw } from './plain-node-draw.ts';
import { drawWithoutLayers } from './unlayered-draw.ts';

/**
 * `cy`'s canvas renderer draws element by element without layer textures (unlayered-draw.ts), its
 * plain nodes and their labels straight from their style (plain-node-draw.ts) and its unlabelled links
 * with one box lookup (plain-edge-draw.ts). Every canvas instance is drawn this way, the graph's and the
 * highlight overlay's; each module is a no-op headless and in WebGL mode. Installed before
 * undrawn-dimmed.ts, which wraps whatever is in place.
 */
export function drawStraightFromStyle(cy: Core): void {
  installPlainEdgeDraw(cy);
  installPlainNodeDraw(cy);
  drawWithoutLayers(cy);
}
