import type { StylesheetJson } from 'cytoscape';

/** Above this many links, unhighlighted edges are drawn as cheap "haystack" lines without arrows. */
export const DETAILED_EDGE_LIMIT = 400;

/** Classification → node shape; the legend draws the same shapes from this table. */
export const CLASS_SHAPES = {
  accelerator: 'triangle',
  integrated: 'diamond',
  dependent: 'round-rectangle',
  low: 'ellipse',
} as const;

export interface StyleOptions {
  /** largest influence in the graph, so node sizes use the full range whatever the data */
  maxOut: number;
  goalLevel: boolean;
  edgeCount: number;
}

export const NODE_SIZE_RANGE = { indicator: [8, 46], goal: [36, 90] } as const;

/** Styles are data: one stylesheet built from the view state. */
export function buildStylesheet({ goalLevel, edgeCount }: StyleOptions): StylesheetJson {
  // Level of detail: at overview zoom 1.5k arrows are unreadable and cost ~0.8 s to draw in software
  // rendering; arrows come back on highlighted edges, where direction is what the user reads.
  const cheapEdges = edgeCount > DETAILED_EDGE_LIMIT;
  const [minSize, maxSize] = goalLevel ? NODE_SIZE_RANGE.goal : NODE_SIZE_RANGE.indicator;
  // `size` is the chosen metric scaled to 0..1 by the canvas, so switching metric is a data update.
  const size = `mapData(size, 0, 1, ${minSize}, ${maxSize})`;
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        label: 'data(label)',
        width: size,
        height: size,
        'font-size': goalLevel ? 18 : 7,
        'text-valign': 'center',
        'text-halign': 'center',
        color: '#111',
        'text-outline-color': '#fff',
        'text-outline-width': 1.5,
        'min-zoomed-font-size': 6,
        'border-width': 0.5,
        'border-color': '#ffffff',
      },
    },
    ...Object.entries(CLASS_SHAPES).map(([cls, shape]) => ({
      selector: `node[cls = "${cls}"]`,
      style: cls === 'low' ? { shape } : { shape, 'border-width': 2, 'border-color': cls === 'dependent' ? '#6b7280' : '#1b1f24' },
    })),
    {
      selector: 'edge',
      style: {
        width: goalLevel ? 'mapData(score, 1, 3, 1.5, 5)' : 0.6,
        'line-color': '#7b8494',
        'target-arrow-color': '#7b8494',
        'target-arrow-shape': cheapEdges ? 'none' : 'triangle',
        'arrow-scale': goalLevel ? 1.2 : 0.6,
        'curve-style': cheapEdges ? 'haystack' : goalLevel ? 'bezier' : 'straight',
        opacity: goalLevel ? 0.7 : 0.22,
      },
    },
    { selector: 'edge[negative = 1]', style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', 'line-style': 'dashed' } },
    // Nodes fade (the user keeps the map in view); other links are hidden outright. Measured in Chromium's
    // software renderer: faded-but-drawn links and changing label opacity/size on 200+ nodes made the
    // frame after a click cost 300–700 ms; hiding links and leaving labels alone brings it to ~50–75 ms.
    { selector: 'node.faded', style: { opacity: 0.15 } },
    { selector: 'edge.faded', style: { display: 'none' } },
    {
      selector: 'edge.hl',
      style: {
        'curve-style': 'straight', 'target-arrow-shape': 'triangle', opacity: 0.85, width: 1.4, 'arrow-scale': 0.9,
        'line-color': '#33506e', 'target-arrow-color': '#33506e',
      },
    },
    { selector: 'node.hl', style: { 'z-index': 10 } },
    { selector: 'node.selected', style: { 'min-zoomed-font-size': 0, 'font-size': goalLevel ? 20 : 12, 'border-width': 4, 'border-color': '#00689d', 'z-index': 20, 'font-weight': 'bold' } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#d35400', 'z-index': 30, opacity: 1, 'text-opacity': 1 } },
    {
      selector: 'edge.path',
      style: {
        'curve-style': 'straight', 'target-arrow-shape': 'triangle', 'line-color': '#d35400', 'target-arrow-color': '#d35400',
        width: 3, opacity: 1, 'z-index': 30, 'arrow-scale': 1.1,
      },
    },
    // Filters hide nodes without moving anything, so the picture stays where the user left it.
    { selector: '.filtered', style: { display: 'none' } },
  ];
}
