/**
 * Benchmark-only peer: the same graph file drawn by sigma.js (WebGL on graphology), so frame rates
 * and first-draw times can be compared with the app under the same browser flags and input script.
 * Not part of the app.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { panZoomScript, type BenchGraphFile } from '../../browser/bench-graph.ts';

declare global {
  interface Window {
    __sdgFirstDraw?: number;
    __benchFps?: (durationMs: number) => Promise<number>;
  }
}

const src = new URLSearchParams(location.search).get('src');
if (!src) throw new Error('?src= missing');
const res = await fetch(src);
let graph: Graph;
if (src.endsWith('.gexf')) {
  // As Gephi Lite opens a GEXF: graphology-gexf on the browser's DOMParser; positions, colours, sizes from viz:.
  graph = parseGexf(Graph, await res.text(), { addMissingNodes: true });
  graph.forEachEdge((e) => graph.mergeEdgeAttributes(e, { size: 0.5, color: '#b8bec8' }));
  graph.forEachNode((n, a) => graph.mergeNodeAttributes(n, { y: -Number(a.y) }));
} else {
  const file = (await res.json()) as BenchGraphFile;
  graph = new Graph({ type: 'directed', multi: false });
  for (const n of file.nodes) graph.addNode(n.id, { x: n.x, y: -n.y, size: 2 + Math.sqrt(n.out), color: n.color, label: n.id });
  for (const [s, t] of file.edges) graph.mergeEdge(s, t, { size: 0.5, color: '#b8bec8' });
}
const renderer = new Sigma(graph, document.getElementById('graph')!, { settings: { renderLabels: true, labelRenderedSizeThreshold: 8 } });
// refresh() draws synchronously; the next frame is when the user sees it.
renderer.refresh();
requestAnimationFrame(() => (window.__sdgFirstDraw = performance.now()));

window.__benchFps = (durationMs) =>
  new Promise((resolve) => {
    const camera = renderer.getCamera();
    const start = performance.now();
    let frames = 0;
    const step = (now: number) => {
      const { dx, dy, zoom } = panZoomScript((now - start) / durationMs);
      // sigma's camera is in normalised coordinates; ratio < 1 zooms in.
      camera.setState({ x: 0.5 + dx * 0.5, y: 0.5 + dy * 0.5, ratio: 1 / zoom });
      renderer.refresh();
      frames++;
      if (now - start < durationMs) requestAnimationFrame(step);
      else resolve((frames * 1000) / (now - start));
    };
    requestAnimationFrame(step);
  });
