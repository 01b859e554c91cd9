/**
 * Creates the Cytoscape instance for the current graph and puts its elements in: nodes in one frame and
 * links in the next for graphs up to PROGRESSIVE_EDGE_LIMIT links (graph/frames.ts), at once above. Returns the
 * instance as soon as it exists (`created`, for event handlers) and once every element is in
 * (`cy`, for the controllers: highlight, filters and marks then miss no element).
 */
import { useContext, useEffect, useMemo, useState, type RefObject } from 'react';
import cytoscape, { type Core } from 'cytoscape';
import { StoreContext, useAppState } from '../../state/store-context.tsx';
import { toElements } from '../graph/elements.ts';
import { fitViewport } from '../graph/viewport.ts';
import { rendererOptions, wantsWebgl } from '../graph/renderer.ts';
import { paintLinks, PAINTED_LINK_LIMIT } from '../graph/painted-links.ts';
import { installPlainEdgeDraw } from '../graph/plain-edge-draw.ts';
import { followContainerSize } from '../graph/container-size.ts';
import { drawWithoutLayers } from '../graph/unlayered-draw.ts';
import { quickLinkStyleTriggers } from '../graph/link-style-triggers.ts';
import { dirtyBoundsOncePerStylePass } from '../graph/bounds-once-per-style-pass.ts';
import { boundsBeforeFirstDraw } from '../graph/bounds-before-first-draw.ts';
import { quietEmptyLayers } from '../graph/quiet-empty-layers.ts';
import { addElementsProgressively, afterNextFrame, nodesOf, PROGRESSIVE_EDGE_LIMIT, settleThenAddEdges } from '../graph/frames.ts';
import { KEEP_LAYOUT, registerKeepLayout } from '../graph/keep-layout.ts';
import { publishCy, recordDraw } from '../test-hooks.ts';
import { baseStylesheet } from './base-style.ts';
import { warmUpWhenIdle } from './warm-up-when-idle.ts';

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
    if (!container.current || !elements || !graph || !positions) return;
    performance.mark('sdg:cy-start');
    const headless = !canDraw();
    const style = baseStylesheet(graph);
    registerKeepLayout();
    // Small graphs draw their nodes in one frame and their links in the next; big graphs go in at
    // once, a frame of nodes alone costing them a second full redraw (see frames.ts).
    const progressive = !headless && graph.size <= PROGRESSIVE_EDGE_LIMIT;
    const instance = cytoscape({
      container: headless ? undefined : container.current,
      headless,
      // Nodes first, links after (settleThenAddEdges): a node's first style pass then has no links to invalidate.
      elements: progressive ? [] : headless ? elements : nodesOf(elements),
      // The definitions carry the positions: no layout pass sets them again (keep-layout.ts).
      layout: { name: KEEP_LAYOUT },
      ...fitViewport(positions, container.current.clientWidth, container.current.clientHeight),
      style,
      minZoom: 0.05,
      maxZoom: 6,
      // One click selects; a double click fits. Box selection would fight with panning.
      boxSelectionEnabled: false,
      selectionType: 'single',
      // Headless has no renderer to choose (a saved WebGL choice would replace its null renderer).
      ...(headless ? {} : rendererOptions(graph.size)),
    });
    performance.mark('sdg:cy-created');
    quickLinkStyleTriggers(instance);
    dirtyBoundsOncePerStylePass(instance);
    quietEmptyLayers(instance);
    followContainerSize(instance);
    publishCy(instance);
    let cancelled = false;
    // State follows the instance from outside the effect body (a microtask or a frame callback), so
    // creating it does not render twice in one commit.
    const report = (cy: Core | null, drawn: boolean) => { if (!cancelled) setState({ created: instance, cy, drawn }); };
    // The graph counts as drawn when a frame shows every node and link.
    const shown = () => {
      performance.mark('sdg:cy-render');
      recordDraw(instance);
      report(instance, true);
      if (progressive) warmUpWhenIdle(instance, graph, elements, style);
    };
    let cancel = () => {};
    if (headless) {
      queueMicrotask(() => report(instance, true));
    } else if (progressive) {
      queueMicrotask(() => report(null, false));
      // Highlight, filters and marks apply once every link is in, so none misses its class.
      cancel = addElementsProgressively(instance, elements, shown);
    } else {
      // Big graphs: tens of thousands of unlabelled links, each drawn with one box lookup instead of
      // five; very big ones on the canvas renderer paint their links themselves (painted-links.ts).
      installPlainEdgeDraw(instance);
      drawWithoutLayers(instance);
      boundsBeforeFirstDraw(instance);
      if (paints) {
        paintLinks(instance, graph);
      } else {
        settleThenAddEdges(instance, elements);
      }
      // Controllers may style the elements before the first frame shows them.
      queueMicrotask(() => report(instance, false));
      afterNextFrame(instance, shown);
    }
    return () => {
      cancelled = true;
      cancel();
      setState({ created: null, cy: null, drawn: false });
      instance.destroy();
    };
  }, [container, elements, graph, positions, paints]);

  return state;
}
