import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import cytoscape from 'cytoscape';
import { StoreContext, useAppState } from '../state/store-context.tsx';
import { highlightOf } from '../state/store.ts';
import { DEFAULT_VIEW, nextSelection } from '../state/view.ts';
import { toElements } from './graph/elements.ts';
import { buildStylesheet } from './graph/stylesheet.ts';
import { fitViewport } from './graph/viewport.ts';
import { runLayout } from './graph/layouts.ts';
import { applyHighlight, applyMarks, applyPath, applyVisible } from './graph/highlight.ts';
import { NodeTooltip } from './NodeTooltip.tsx';
import { useT } from './i18n.ts';
import { applyLabelLod, clearLabelLod } from './graph/label-lod.ts';
import { viewportFor } from './present/snapshot.ts';
import { rendererOptions } from './graph/renderer.ts';
import { LayoutProgressBar } from './graph/LayoutProgress.tsx';
import { warmUpHighlight } from './graph/warm-up.ts';
import { addElementsProgressively, afterNextFrame, PROGRESSIVE_EDGE_LIMIT } from './graph/frames.ts';

declare global {
  interface Window {
    /** test and benchmark hook: time of the first frame that showed the current graph */
    __sdgFirstDraw?: number;
    /** every graph drawn since navigation: size and time of its first frame (benchmark hook) */
    __sdgDraws?: { nodes: number; edges: number; t: number }[];
    __sdgCy?: cytoscape.Core;
    /** test and benchmark hook: ms from the last node click to the frame showing its highlight */
    __sdgLastHighlightMs?: number;
  }
}

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

/** Time of the last tap, to measure click-to-highlight. */
let tapAt: number | null = null;

export function GraphCanvas() {
  const store = useContext(StoreContext);
  const graph = useAppState((s) => s.graph);
  const positions = useAppState((s) => s.positions);
  const catalogue = useAppState((s) => s.catalogue);
  const classes = useAppState((s) => s.classes);
  const highlight = useAppState((s) => s.highlight);
  const select = useAppState((s) => s.view.select);
  const layout = useAppState((s) => s.view.layout);
  const visible = useAppState((s) => s.visible);
  const pathResult = useAppState((s) => s.pathResult);
  const metricsByCode = useAppState((s) => s.metricsByCode);
  const sizeMetric = useAppState((s) => s.sizeMetric);
  const locked = useAppState((s) => s.layoutLocked);
  const fitRequest = useAppState((s) => s.fitRequest);
  const selectNode = useAppState((s) => s.selectNode);
  const requestFit = useAppState((s) => s.requestFit);
  const presenting = useAppState((s) => s.presenting);
  const presentTheme = useAppState((s) => s.presentTheme);
  const colourSafe = useAppState((s) => s.colourSafe);
  const marks = useAppState((s) => s.marks);
  const sceneRequest = useAppState((s) => s.sceneRequest);
  const scenes = useRef(useAppState((s) => s.scenes));
  scenes.current = useAppState((s) => s.scenes);
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  const [hover, setHover] = useState<{ code: string; x: number; y: number } | null>(null);

  const elements = useMemo(
    () => (graph && positions && catalogue ? toElements(graph, positions, catalogue, classes) : null),
    [graph, positions, catalogue, classes],
  );

  useEffect(() => {
    if (!container.current || !elements || !graph) return;
    setDrawn(false);
    performance.mark('sdg:cy-start');
    const headless = !canDraw();
    const style = buildStylesheet({ maxOut: 0, goalLevel: graph.getAttribute('level') === 'goal', edgeCount: graph.size });
    // Small graphs draw their nodes first and their links over the next frames, so loading never
    // blocks the page for long; big graphs go in at once (see frames.ts).
    const progressive = !headless && graph.size <= PROGRESSIVE_EDGE_LIMIT;
    const instance = cytoscape({
      container: headless ? undefined : container.current,
      headless,
      elements: progressive ? [] : elements,
      layout: { name: 'preset', fit: false },
      ...fitViewport(positions!, container.current.clientWidth, container.current.clientHeight),
      style,
      minZoom: 0.05,
      maxZoom: 6,
      // One click selects; a double click fits. Box selection would fight with panning.
      boxSelectionEnabled: false,
      selectionType: 'single',
      ...rendererOptions(graph.size),
    });
    performance.mark('sdg:cy-created');
    window.__sdgCy = instance;
    instance.on('tap', 'node', (e) => {
      tapAt = performance.now();
      performance.mark('sdg:tap');
      const shift = (e.originalEvent as MouseEvent | undefined)?.shiftKey ?? false;
      const code = e.target.id() as string;
      // Paint first, then tell the app: the highlight is drawn in the next frame, and the panels
      // (dozens of rows, URL, history) update after it instead of delaying it.
      const s = store?.getState();
      if (s?.graph && !instance.destroyed()) {
        const view = { ...s.view, select: nextSelection(s.view.select, code, shift) };
        applyHighlight(instance, highlightOf(s.graph, view), view.select);
        const started = tapAt!;
        tapAt = null;
        requestAnimationFrame(() => {
          window.__sdgLastHighlightMs = performance.now() - started;
          setTimeout(() => selectNode(code, shift), 0);
        });
      } else {
        selectNode(code, shift);
      }
    });
    instance.on('dbltap', 'node', () => requestFit());
    instance.on('mouseover', 'node', (e) => setHover({ code: e.target.id(), x: e.renderedPosition.x, y: e.renderedPosition.y }));
    instance.on('mouseout', 'node', () => setHover(null));
    instance.on('drag pan zoom', () => setHover(null));
    // The graph counts as drawn when a frame shows every node and link.
    const shown = () => {
      performance.mark('sdg:cy-render');
      window.__sdgFirstDraw ??= performance.now();
      (window.__sdgDraws ??= []).push({ nodes: instance.nodes().length, edges: instance.edges().length, t: performance.now() });
      setDrawn(true);
      if (progressive && typeof requestIdleCallback === 'function') {
        requestIdleCallback(() => {
          // The most influential node's neighbourhood: the classes a first click will bring.
          let top = '';
          graph.forEachNode((n) => { if (!top || graph.outDegree(n) > graph.outDegree(top)) top = n; });
          if (top && !instance.destroyed()) warmUpHighlight(elements, style, highlightOf(graph, { ...DEFAULT_VIEW, select: [top] }), [top]);
        }, { timeout: 3000 });
      }
    };
    let cancel = () => {};
    if (headless) {
      setCy(instance);
      setDrawn(true);
    } else if (progressive) {
      // Highlight, filters and marks apply once every link is in, so none misses its class.
      cancel = addElementsProgressively(instance, elements, () => {
        setCy(instance);
        shown();
      });
    } else {
      setCy(instance);
      afterNextFrame(instance, shown);
    }
    return () => {
      cancel();
      setCy(null);
      instance.destroy();
    };
  }, [elements, graph, positions, selectNode, requestFit, store]);

  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    performance.mark('sdg:highlight-start');
    applyHighlight(cy, highlight, select);
    performance.mark('sdg:highlight-end');
    if (tapAt !== null) {
      const started = tapAt;
      tapAt = null;
      requestAnimationFrame(() => (window.__sdgLastHighlightMs = performance.now() - started));
    }
  }, [cy, highlight, select]);

  useEffect(() => {
    if (cy && !cy.destroyed()) applyVisible(cy, visible);
  }, [cy, visible]);

  useEffect(() => {
    if (cy && !cy.destroyed()) applyPath(cy, pathResult?.paths.map((p) => p.codes) ?? []);
  }, [cy, pathResult]);

  useEffect(() => {
    if (!cy || cy.destroyed() || !metricsByCode) return;
    // Metrics arrive from the worker after the first frame; until then size shows influence.
    let max = 0;
    for (const m of Object.values(metricsByCode)) if (Number.isFinite(m[sizeMetric])) max = Math.max(max, Math.abs(m[sizeMetric]));
    // Only nodes whose size changes: each data() write restyles the node and every link it has,
    // and the default metric (influence) gives the sizes the elements were created with.
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const v = metricsByCode[n.id()]?.[sizeMetric];
        const size = max && Number.isFinite(v) ? Math.abs(v) / max : 0;
        if (n.data('size') !== size) n.data('size', size);
      });
    });
  }, [cy, metricsByCode, sizeMetric]);

  useEffect(() => {
    if (cy && !cy.destroyed() && positions) void runLayout(cy, layout, positions, graph?.getAttribute('datasetId'));
  }, [cy, layout, positions, graph]);

  useEffect(() => {
    if (cy && !cy.destroyed()) cy.autoungrabify(locked);
  }, [cy, locked]);

  useEffect(() => {
    if (!cy || cy.destroyed() || !fitRequest) return;
    const part = cy.nodes('.hl, .selected, .path').filter((n) => !n.hasClass('filtered'));
    const target = part.length ? part : cy.nodes();
    const pos: Record<string, { x: number; y: number }> = {};
    target.forEach((n) => { pos[n.id()] = n.position(); });
    cy.viewport(fitViewport(pos, cy.width(), cy.height(), 40));
  }, [cy, fitRequest]);

  // Presentation mode: a stylesheet sized for the current zoom, and labels chosen so none overlap.
  useEffect(() => {
    if (!cy || cy.destroyed() || !graph) return;
    const base = { maxOut: 0, goalLevel: graph.getAttribute('level') === 'goal', edgeCount: graph.size };
    if (!presenting) {
      // Only after presenting: the constructor already set the base sheet, and a restyle costs a frame.
      if (cy.scratch('_sdgPresented')) {
        cy.scratch('_sdgPresented', false);
        cy.style(buildStylesheet(base));
        clearLabelLod(cy);
      }
      return;
    }
    cy.scratch('_sdgPresented', true);
    if (cy.nodes().length && cy.nodes()[0].data('goalNum') === undefined) {
      cy.batch(() => cy.nodes().forEach((n) => { n.data('goalNum', n.id().split('.')[0]); }));
    }
    let styledZoom = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      if (cy.destroyed()) return;
      const zoom = cy.zoom();
      if (!styledZoom || Math.abs(zoom / styledZoom - 1) > 0.02) {
        styledZoom = zoom;
        cy.style(buildStylesheet({ ...base, present: { theme: presentTheme, colourSafe, zoom } }));
      }
      applyLabelLod(cy, { colourSafe });
    };
    refresh();
    const later = () => { clearTimeout(timer); timer = setTimeout(refresh, 80); };
    cy.on('viewport resize position', later);
    return () => {
      clearTimeout(timer);
      if (!cy.destroyed()) cy.off('viewport resize position', later);
    };
  }, [cy, graph, presenting, presentTheme, colourSafe]);

  // Highlight and data changes move labels' priorities; re-plan them after each.
  useEffect(() => {
    if (cy && !cy.destroyed() && presenting) applyLabelLod(cy, { colourSafe });
  }, [cy, presenting, colourSafe, highlight, visible, metricsByCode, sizeMetric]);

  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    applyMarks(cy, marks);
  }, [cy, marks]);

  // Playing a scene: nodes glide to the scene's positions and the camera to its zoom and pan (< 600 ms).
  useEffect(() => {
    if (!cy || cy.destroyed() || !sceneRequest) return;
    const scene = scenes.current.find((sc) => sc.id === sceneRequest.sceneId);
    if (!scene) return;
    const duration = sceneRequest.animate ? 450 : 0;
    cy.stop(true, true);
    cy.nodes().stop(true, true);
    const vp = viewportFor(scene, cy.width(), cy.height());
    if (scene.positions) {
      const pos = scene.positions;
      if (duration) {
        cy.nodes().forEach((n) => { const p = pos[n.id()]; if (p) n.animate({ position: p }, { duration, easing: 'ease-in-out-cubic' }); });
      } else {
        cy.batch(() => cy.nodes().forEach((n) => { const p = pos[n.id()]; if (p) n.position(p); }));
      }
    }
    if (vp) {
      if (duration) cy.animate({ zoom: vp.zoom, pan: vp.pan }, { duration, easing: 'ease-in-out-cubic' });
      else cy.viewport(vp);
    }
  }, [cy, sceneRequest]);

  return (
    <div className="canvas-wrap">
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph"
        data-ready={drawn ? 'true' : 'false'}
        role="img"
        aria-label={t('app.graphLabel')}
      />
      <LayoutProgressBar />
      {hover && <NodeTooltip code={hover.code} x={hover.x} y={hover.y} />}
    </div>
  );
}
