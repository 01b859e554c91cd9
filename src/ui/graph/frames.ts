import type { Core, ElementDefinition } from 'cytoscape';
import { rendererOf } from './renderer-internals.ts';

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
    const hooks = rendererOf<RendererHooks>(cy);
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

/** Above this many links the nodes' frame is not worth its own redraw: everything goes in at once. */
export const PROGRESSIVE_EDGE_LIMIT = 5_000;

/**
 * (WebGL; the canvas renderer prepares a small graph's first frame in tasks, first-frame-in-tasks.ts.)
 * Adds the nodes in one frame and the links in the next, then calls `done` after the frame that shows
 * them; returns a cancel function for when the graph is replaced before it finishes. The nodes' frame
 * computes their style before any link exists (as settleThenAddEdges does) and puts dots on screen early.
 * More, smaller chunks cost more than they spread: every frame redraws all that is already in, so on the
 * default data eleven frames (10 nodes, 70 per frame, then 300 links per frame) drew the whole graph at
 * 1.26 s and three (links in two halves) at 1.18 s, against 1.01 s for these two — with a longest
 * loading task of 134, 252 and 269 ms (medians of 5 interleaved runs, quiet 2-core VM, bench/ab.ts).
 */
export function addElementsProgressively(cy: Core, elements: ElementDefinition[], done: () => void): () => void {
  const chunks = [elements.filter((e) => e.group === 'nodes'), elements.filter((e) => e.group !== 'nodes')];
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
