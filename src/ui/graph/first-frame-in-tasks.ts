/**
 * A graph's first frame, prepared in short tasks before it draws. Cytoscape computes every element's
 * style, rendered style and bounds in the animation frame that first draws them: on the 10k-node bench
 * graph one task of 1.3 s (CPU profile: style 0.34 s, bounds 0.18 s, rendered style and its queue
 * 0.13 s, drawing 0.30 s, the painted links 0.25 s), during which the page cannot answer.
 *
 * Here Cytoscape's frames are held back (its `requestedFrame` reads false, and the frames that do not
 * draw skip their flush of the style queue, which would do all that work at once) while tasks of at most
 * `budgetMs` each do that work slice by slice, in the order the frame would: style, rendered style,
 * bounds. Work a controller adds meanwhile (classes, sizes) is done in a further round. Then the
 * frames go: the first one finds every node ready and only draws. The nodes themselves can go in the
 * same way, in steps before that work (adding 10k in the instance's constructor was one task of ≈ 0.2 s).
 * With the instance made in a task of its own and the links' first paint in tasks (useCyInstance.ts,
 * painted-links.ts), against the build before, alternated in one browser (bench/ab.ts --graphs, two
 * runs of 4 rounds): longest task 0.28× and 0.35× at 10k / 100k, 0.57× at 2k / 20k and 0.54–0.57× on
 * the peer-shaped graph; drawn 0.96–1.04× (noise). A small graph's nodes and links go the same way, in
 * shorter tasks (useCyInstance.ts SMALL_GRAPH_TASK_MS): its two frames were 170–230 ms each.
 */
import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';
import { rendererOf } from './renderer-internals.ts';
import { nextTask } from '../../state/next-task.ts';

/** What this module reads and holds in Cytoscape's renderer (3.34, src/extensions/renderer/base; internal, untyped). */
interface Renderer {
  webgl?: boolean;
  requestedFrame: boolean;
  flushRenderedStyleQueue(): void;
  recalculateRenderedStyle(eles: CollectionReturnValue, useCache?: boolean): void;
  getCachedZSortedEles?(): unknown;
}

interface ElementInternals { _private: { styleDirty?: boolean; rstyle?: { clean?: boolean } } }
interface CollectionInternals { cleanStyle(): void }

/**
 * A step's slice is what is left of the task's budget over the step's cost per element, as last
 * measured (this first guess is for cold code: a node's first style, labels measured). Fixed slices
 * overran the budget while the code was cold: 56–84 ms preparation tasks at 35 ms on the bundled network.
 */
const FIRST_COST_MS = [0.4, 0.1, 0.05];
/** Elements per step at least (a step's fixed cost) and at most (a cheap step still stops to look at the clock). */
const MIN_SLICE = 10;
const MAX_SLICE = 2_000;
/** Element definitions added per step (adding one costs about a twentieth of styling it). */
const ADD_SLICE = 1_000;
/** Rounds at most: a controller restyling the nodes over and over must not hold the frames for ever. */
const MAX_ROUNDS = 4;

/** The frame's own order: style, then rendered style (label sizes, node places), then bounds. */
const steps: ((r: Renderer, slice: CollectionReturnValue) => void)[] = [
  (_r, slice) => { (slice as unknown as CollectionInternals).cleanStyle(); },
  (r, slice) => { r.recalculateRenderedStyle(slice); },
  (_r, slice) => { slice.boundingBox(); },
];

/** Whether the element's style or rendered style (and with it its bounds) is to be computed again. */
function dirty(n: unknown): boolean {
  const p = (n as ElementInternals)._private;
  return !!p.styleDirty || p.rstyle?.clean === false;
}

/**
 * What a further round prepares: the elements restyled since, not every element. A round over all of
 * the bundled network's 1.8k, most of them clean, took ≈ 65 ms when a plan of the screen labels had
 * restyled ~60 nodes before it; over those alone, 20–30 ms (trace marks, 7 Dec 2026).
 */
function dirtyElements(cy: Core): CollectionReturnValue {
  return cy.elements().filter(dirty);
}

/** What goes in before the nodes are prepared. */
export interface FirstFrameInput {
  /** definitions to add first, in steps, nodes before links (the instance is made without them: 10k nodes took ≈ 0.2 s in one task) */
  add?: ElementDefinition[];
  /** once every element is in, before anything else (in the same task): the controllers may take the instance now */
  added?: () => void;
  /** what must be in place before the first frame, run once the elements are in */
  setup?: () => void;
  /**
   * the elements to prepare, in one round, when nothing is added (a restyle after the first frame):
   * no element outside them is looked at, so a big graph is not scanned for the few restyled
   */
  only?: CollectionReturnValue;
}

/**
 * Holds `cy`'s frames, adds `input.add` and prepares the elements in tasks of about `budgetMs`. Returns
 * a cancel function (the frames go at once). Headless: everything now.
 */
export function prepareFirstFrameInTasks(cy: Core, input: FirstFrameInput = {}, budgetMs = 80): () => void {
  const { add = [], added = () => {}, setup = () => {}, only } = input;
  const r = rendererOf<Renderer>(cy);
  if (!r || typeof r.recalculateRenderedStyle !== 'function' || typeof r.flushRenderedStyleQueue !== 'function') {
    if (add.length) cy.add(add);
    added();
    setup();
    return () => {};
  }
  let requested = !!r.requestedFrame;
  let held = true;
  const flush = r.flushRenderedStyleQueue;
  r.flushRenderedStyleQueue = () => {};
  Object.defineProperty(r, 'requestedFrame', {
    configurable: true,
    enumerable: true,
    get: () => !held && requested,
    set: (v: boolean) => { requested = v; },
  });
  const release = () => {
    if (!held) return;
    held = false;
    r.flushRenderedStyleQueue = flush;
    Object.defineProperty(r, 'requestedFrame', { value: requested, writable: true, configurable: true, enumerable: true });
  };

  const cost = [...FIRST_COST_MS];
  // Set once the elements are in (`first` below), before any step reads it.
  let eles = cy.collection();
  let step = 0;
  let at = 0;
  let adding = 0;
  let round = 0;
  let cancelTask = () => {};
  let first = true;
  /** One task's worth; true when everything is done. */
  const some = (): boolean => {
    const until = performance.now() + budgetMs;
    while (adding < add.length) {
      if (performance.now() >= until) return false;
      cy.add(add.slice(adding, adding + ADD_SLICE));
      adding += ADD_SLICE;
    }
    if (first) {
      first = false;
      added();
      setup();
      eles = only ?? cy.elements();
    }
    while (performance.now() < until) {
      if (at >= eles.length) {
        at = 0;
        if (++step < steps.length) continue;
        if (only) return true;
        // A controller may have restyled elements meanwhile: another round does what it left.
        eles = dirtyElements(cy);
        if (++round >= MAX_ROUNDS || !eles.length) return true;
        step = 0;
        continue;
      }
      const t0 = performance.now();
      const n = Math.min(MAX_SLICE, Math.max(MIN_SLICE, Math.floor((until - t0) / cost[step])));
      steps[step](r, eles.slice(at, at + n));
      cost[step] = Math.max((performance.now() - t0) / n, 0.001);
      at += n;
    }
    return false;
  };
  // Then, a task each, what the first frame would still do for every node: its queue of rendered-style
  // updates (which also drops every node's unused textures; 10k nodes: ≈ 0.1 s of that frame) and the
  // z-ordered list of elements (≈ 45 ms). The frame then finds both done.
  const finishing = [() => { flush.call(r); }, () => { r.getCachedZSortedEles?.(); }];
  let prepared = false;
  const work = () => {
    if (cy.destroyed()) return;
    let done = true;
    // Whatever happens, the frames go again: a failed step leaves the rest to Cytoscape's own frame.
    try {
      if (!prepared) prepared = some();
      else finishing.shift()?.();
      done = prepared && !finishing.length;
    } finally {
      if (done) release();
      else cancelTask = nextTask(work);
    }
  };
  cancelTask = nextTask(work);
  return () => { cancelTask(); release(); };
}

/**
 * The frame after a restyle of `restyled`, prepared the same way: their style, rendered style and
 * bounds (and their links' rendered style) in tasks of about `budgetMs`, so that the frame only draws.
 * For a restyle of many labelled nodes after the first frame (the screen labels' first plan: ~60 hubs,
 * ~1k of their links re-measured, then everything redrawn, one task of 70–130 ms on the bundled network).
 * Nothing restyled, or the WebGL renderer (whose frames are not held): nothing to do.
 */
export function prepareNextFrameInTasks(cy: Core, restyled: CollectionReturnValue, budgetMs: number): () => void {
  if (!restyled.length || rendererOf<Renderer>(cy)?.webgl) return () => {};
  return prepareFirstFrameInTasks(cy, { only: restyled }, budgetMs);
}
