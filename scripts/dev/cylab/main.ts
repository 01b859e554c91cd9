import cytoscape from 'cytoscape';
import links from '../../../data/kz-illustrative-indicator-links.json';
import cat from '../../../data/catalogue.json';
const colors: Record<string,string> = Object.fromEntries(cat.goals.map((g: any) => [g.code, g.color]));
const nodes = cat.indicators.map((i: any, k: number) => ({ group: 'nodes', data: { id: i.code, label: i.code, color: colors[i.goal] }, position: { x: (k % 20) * 60, y: Math.floor(k / 20) * 60 } }));
const edges = links.links.map((l: any, k: number) => ({ group: 'edges', data: { id: 'e' + k, source: l.source, target: l.target } }));
const base: any[] = [
  { selector: 'node', style: { 'background-color': 'data(color)', label: 'data(label)', width: 12, height: 12, 'font-size': 7, 'text-outline-color': '#fff', 'text-outline-width': 1.5, 'min-zoomed-font-size': 6 } },
  { selector: 'edge', style: { width: 0.6, 'line-color': '#7b8494', 'curve-style': 'haystack', opacity: 0.22 } },
];
const variants: Record<string, any> = {
  base: {},
  noOpacity: { edgeStyle: { opacity: 1, 'line-color': '#e4e6ea' } },
  noLabels: { nodeStyle: { label: '' } },
  noOutline: { nodeStyle: { 'text-outline-width': 0 } },
  nodesOnly: { noEdges: true },
  pixelRatio1: { opts: { pixelRatio: 1 } },
  fontSans: { nodeStyle: { 'font-family': 'sans-serif' } },
  fontSystem: { nodeStyle: { 'font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif" } },
  fontDejaVu: { nodeStyle: { 'font-family': 'DejaVu Sans' } },
};
(window as any).run = async (name: string) => {
  const v = variants[name];
  const style = [{ ...base[0], style: { ...base[0].style, ...(v.nodeStyle ?? {}) } }, { ...base[1], style: { ...base[1].style, ...(v.edgeStyle ?? {}) } }];
  const t0 = performance.now();
  const cy = cytoscape({ container: document.getElementById('c'), elements: v.noEdges ? nodes : [...nodes, ...edges], style, layout: { name: 'preset', fit: false }, zoom: 0.8, pan: { x: 20, y: 20 }, ...(v.opts ?? {}) });
  const t1 = performance.now();
  await new Promise((ok) => cy.one('render', () => requestAnimationFrame(ok)));
  const t2 = performance.now();
  cy.destroy();
  return { create: Math.round(t1 - t0), total: Math.round(t2 - t0) };
};
(window as any).variants = Object.keys(variants);

(window as any).raf = () => new Promise((ok) => { const t0 = performance.now(); requestAnimationFrame(() => ok(performance.now() - t0)); });
