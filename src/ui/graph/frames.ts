import type { Core, ElementDefinition } from 'cytoscape';

interface RendererHooks {
  beforeRender(fn: (willDraw: boolean) => void, priority: number): void;
}

const queues = new WeakMap<Core, (() => void)[]>();

/**
 * Runs `cb` once Cytoscape has drawn its next frame. The 'render' event is not enough: Cytoscape's
 * WebGL path (3.31–3.34) never emits it, so a 100k-link graph looked as if it was never drawn. The
 * renderer's before-render hook runs in the same animation-frame task as the draw, so a microtask
 * queued there runs right after the frame is drawn, whichever renderer drew it.
 */
export function afterNextFrame(cy: Core, cb: () => void): void {
  let queue = queues.get(cy);
  if (!queue) {
    const hooks = (cy as unknown as { renderer(): RendererHooks | undefined }).renderer();
    if (!hooks?.beforeRender) {
      // Headless (component tests): nothing is drawn, so the frame is "now".
      queueMicrotask(cb);
      return;
    }
    const q: (() => void)[] = [];
    queue = q;
    queues.set(cy, q);
    hooks.beforeRender((willDraw) => {
      if (!willDraw || !q.length || cy.destroyed()) return;
      const due = q.splice(0);
      queueMicrotask(() => due.forEach((f) => f()));
    }, -1000);
  }
  queue.push(cb);
}

/** Links added per frame: each such frame cost 50–80 ms on a cold page in software rendering (bench: kz.longestTask). */
const EDGES_PER_FRAME = 300;
/** Nodes per frame: the first frame also pays for label measuring and node textures. */
const NODES_PER_FRAME = 70;
const FIRST_FRAME_NODES = 10;
/** Above this many links each frame redraws everything already added, so chunks would cost more than they save. */
export const PROGRESSIVE_EDGE_LIMIT = 5_000;

/**
 * Adds nodes, then links, a chunk per frame so no single task blocks the page for long (the first
 * frame of all 1.5k links at once was a 270 ms task). Calls `done` after the frame that shows the last chunk;
 * returns a cancel function for when the graph is replaced before it finishes.
 */
export function addElementsProgressively(cy: Core, elements: ElementDefinition[], done: () => void): () => void {
  const chunks: ElementDefinition[][] = [];
  const nodes = elements.filter((e) => e.group === 'nodes');
  const edges = elements.filter((e) => e.group !== 'nodes');
  // The first frame also pays Cytoscape's one-off set-up (canvases, caches, cold code): keep it light.
  chunks.push(nodes.slice(0, FIRST_FRAME_NODES));
  for (let i = FIRST_FRAME_NODES; i < nodes.length; i += NODES_PER_FRAME) chunks.push(nodes.slice(i, i + NODES_PER_FRAME));
  for (let i = 0; i < edges.length; i += EDGES_PER_FRAME) chunks.push(edges.slice(i, i + EDGES_PER_FRAME));
  let cancelled = false;
  const step = () => {
    if (cancelled || cy.destroyed()) return;
    const chunk = chunks.shift();
    if (!chunk) return done();
    cy.add(chunk);
    afterNextFrame(cy, step);
  };
  step();
  return () => { cancelled = true; };
}

export const nodesOf = (elements: ElementDefinition[]) => elements.filter((e) => e.group === 'nodes');

/**
 * Computes the nodes' style before any link exists, then adds the links. Cytoscape applies a node's
 * first style lazily, at the first frame; with the links already in, every size and shape property
 * then walks the node's links to invalidate them (profile of the 6.7k-link peer graph: ~1.1 s of
 * 5.4 s in dirtyStyleCache and connectedEdges collections). Without links that walk is empty.
 */
export function settleThenAddEdges(cy: Core, elements: ElementDefinition[]): void {
  // pstyle (not style()): it runs the pending style pass without building a whole style object.
  cy.nodes().forEach((n) => { (n as unknown as { pstyle(p: string): unknown }).pstyle('width'); });
  cy.add(elements.filter((e) => e.group !== 'nodes'));
}
