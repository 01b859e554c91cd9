/**
 * Creates the Cytoscape instance for the current graph and puts its elements in. Up to
 * PROGRESSIVE_EDGE_LIMIT links on the canvas renderer, nodes and links go in and their first frame is
 * prepared in tasks of SMALL_GRAPH_TASK_MS (graph/first-frame-in-tasks.ts), drawn without layer textures;
 * on WebGL, nodes in one frame and links in the next (graph/frames.ts). Returns the instance as soon as
 * it exists (`created`, for event handlers) and once every element is in (`cy`, for the controllers:
 * highlight, filters and marks then miss no element). Above the limit the instance is made in a task of
 * its own and, on the canvas renderer, its nodes go in and its first frame is prepared in tasks and its
 * links painted in tasks after it (graph/painted-links.ts).
 */
import { useContext, useEffect, useMemo, useState, type RefObject } from 'react';
import cytoscape, { type Core } from 'cytoscape';
import { StoreContext, useAppState } from '../../state/store-context.tsx';
import { toElements } from '../graph/elements.ts';
import { fitViewport } from '../graph/viewport.ts';
import { rendererOptions, wantsWebgl } from '../graph/renderer.ts';
import { paintLinks, PAINTED_LINK_LIMIT, whenLinksPainted } from '../graph/painted-links.ts';
import { drawStraightFromStyle } from '../graph/direct-draw.ts';
import { followContainerSize } from '../graph/container-size.ts';
import { quickLinkStyleTriggers } from '../graph/link-style-triggers.ts';
import { dirtyBoundsOncePerStylePass } from '../graph/bounds-once-per-style-pass.ts';
import { boundsBeforeFirstDraw } from '../graph/bounds-before-first-draw.ts';
import { quietEmptyLayers } from '../graph/quiet-empty-layers.ts';
import { prepareFirstFrameInTasks } from '../graph/first-frame-in-tasks.ts';
import { addElementsProgressively, afterNextFrame, nodesOf, PROGRESSIVE_EDGE_LIMIT, settleThenAddEdges } from '../graph/frames.ts';
import { KEEP_LAYOUT, registerKeepLayout } from '../graph/keep-layout.ts';
import { publishCy, recordDraw } from '../test-hooks.ts';
import { baseStylesheet } from './base-style.ts';
import { warmUpWhenIdle } from './warm-up-when-idle.ts';
import { nextTask } from '../../state/next-task.ts';

/**
 * The budget of each task that prepares a small graph's first frame, so that they stay under the 50 ms
 * of a long task. On the bundled network, against two frames of 170–230 ms each (nodes, then links,
 * styled and drawn into layer textures), alternated in one browser (bench/ab.ts, 5 rounds): longest
 * loading task 0.53× (215 → 114 ms), drawn 0.92×, click 0.94×, first click 0.91×.
 */
const SMALL_GRAPH_TASK_MS = 35;

let canvasSupport: boolean | undefined;
/** jsdom (component tests) has no 2D canvas: Cytoscape then runs headless with the same elements. */
function canDraw(): boolean {
  if (canvasSupport === undefined) {
    try {
      canvasSupport = typeof HTMLCanvasElement !== 'undefined' && !/jsdom/i.test(navigator.userAgent) && !!document.createElement('canvas').getContext('2d');
    } catch {
      canvasSupport = false;
    }
  }
  return canvasSupport;
}

export interface CyInstance {
  created: Core | null;
  cy: Core | null;
  drawn: boolean;
}

export function useCyInstance(container: RefObject<HTMLDivElement | null>): CyInstance {
  const graph = useAppState((s) => s.graph);
  const positions = useAppState((s) => s.positions);
  const catalogue = useAppState((s) => s.catalogue);
  const classes = useAppState((s) => s.classes);
  // The language at creation only (read, not subscribed): a language change rewrites the label data
  // (useScreenLabels), it does not re-create the instance.
  const store = useContext(StoreContext);
  const [state, setState] = useState<CyInstance>({ created: null, cy: null, drawn: false });

  // Very big graphs on the canvas renderer paint their links (painted-links.ts): no link definitions then.
  const paints = !!graph && canDraw() && graph.size > PAINTED_LINK_LIMIT && !wantsWebgl(graph.size);
  const elements = useMemo(
    () => (graph && positions && catalogue ? toElements(graph, positions, catalogue, classes, store?.getState().lang, !paints) : null),
    [graph, positions, catalogue, classes, store, paints],
  );

  useEffect(() => {
    const host = container.current;
    if (!host || !elements || !graph || !positions) return;
    const headless = !canDraw();
    // Small graphs draw their nodes in one frame and their links in the next; big graphs go in at
    // once, a frame of nodes alone costing them a second full redraw (see frames.ts).
    const progressive = !headless && graph.size <= PROGRESSIVE_EDGE_LIMIT;
    let cancelled = false;
    let instance: Core | undefined;
    let cancel = () => {};
    // State follows the instance from outside the effect body (a microtask or a frame callback), so
    // creating it does not render twice in one commit.
    const report = (created: Core, cy: Core | null, drawn: boolean) => { if (!cancelled) setState({ created, cy, drawn }); };

    const create = () => {
      performance.mark('sdg:cy-start');
      const style = baseStylesheet(graph);
      registerKeepLayout();
      const cy = cytoscape({
        container: headless ? undefined : host,
        headless,
        // Nodes first, links after (settleThenAddEdges): a node's first style pass then has no links to invalidate.
        // Painted-link graphs add their nodes in tasks too (first-frame-in-tasks.ts).
        elements: progressive || paints ? [] : headless ? elements : nodesOf(elements),
        // The definitions carry the positions: no layout pass sets them again (keep-layout.ts).
        layout: { name: KEEP_LAYOUT },
        ...fitViewport(positions, host.clientWidth, host.clientHeight),
        style,
        minZoom: 0.05,
        maxZoom: 6,
        // One click selects; a double click fits. Box selection would fight with panning.
        boxSelectionEnabled: false,
        selectionType: 'single',
        // Headless has no renderer to choose (a saved WebGL choice would replace its null renderer).
        ...(headless ? {} : rendererOptions(graph.size)),
      });
      instance = cy;
      performance.mark('sdg:cy-created');
      quickLinkStyleTriggers(cy);
      dirtyBoundsOncePerStylePass(cy);
      quietEmptyLayers(cy);
      followContainerSize(cy);
      publishCy(cy);
      // The graph counts as drawn when a frame shows every node and link.
      const shown = () => {
        performance.mark('sdg:cy-render');
        recordDraw(cy);
        report(cy, cy, true);
        if (progressive) warmUpWhenIdle(cy, graph, elements, style);
      };
      if (headless) {
        queueMicrotask(() => report(cy, cy, true));
      } else if (progressive) {
        queueMicrotask(() => report(cy, null, false));
        if (wantsWebgl(graph.size)) {
          // Highlight, filters and marks apply once every link is in, so none misses its class.
          cancel = addElementsProgressively(cy, elements, shown);
        } else {
          // The canvas renderer draws straight from the elements' style, without layer textures, and
          // its first frame is prepared in tasks short enough to stay near a frame (SMALL_GRAPH_TASK_MS).
          drawStraightFromStyle(cy);
          // Nodes before links, as toElements makes them.
          cancel = prepareFirstFrameInTasks(cy, { add: elements, added: () => report(cy, cy, false) }, SMALL_GRAPH_TASK_MS);
          afterNextFrame(cy, shown);
        }
      } else {
        // Big graphs: tens of thousands of unlabelled links, each drawn with one box lookup instead of
        // five, and plain nodes drawn straight from their style (no texture); very big ones on the
        // canvas renderer paint their links themselves (painted-links.ts).
        drawStraightFromStyle(cy);
        // Controllers may style the elements before the first frame shows them.
        if (paints) {
          // The canvas renderer's nodes go in and their first frame is prepared in tasks (bounds
          // included); the controllers get the instance once every node is in, and the link painter
          // is set up then.
          queueMicrotask(() => report(cy, null, false));
          cancel = prepareFirstFrameInTasks(cy, { add: nodesOf(elements), added: () => report(cy, cy, false), setup: () => paintLinks(cy, graph) });
        } else {
          boundsBeforeFirstDraw(cy);
          settleThenAddEdges(cy, elements);
          queueMicrotask(() => report(cy, cy, false));
        }
        // Drawn when the first frame is, and the painted links too (painted in tasks after it).
        afterNextFrame(cy, () => whenLinksPainted(cy, shown));
      }
    };

    // A big graph's instance is made in a task of its own, not in the commit that rendered the page
    // around it (10k nodes: ≈ 0.2 s of Cytoscape's own, which made that task ≈ 0.4 s).
    if (progressive || headless) create();
    else cancel = nextTask(create);
    return () => {
      cancelled = true;
      cancel();
      setState({ created: null, cy: null, drawn: false });
      instance?.destroy();
    };
  }, [container, elements, graph, positions, paints]);

  return state;
}
