import type { StylesheetJson } from 'cytoscape';

/** Above this many links, unhighlighted edges are drawn as cheap "haystack" lines without arrows. */
export const DETAILED_EDGE_LIMIT = 400;

export interface StyleOptions {
  /** largest influence in the graph, so node sizes use the full range whatever the data */
  maxOut: number;
  goalLevel: boolean;
  edgeCount: number;
}

/** Styles are data: one stylesheet built from the view state. */
export function buildStylesheet({ maxOut, goalLevel, edgeCount }: StyleOptions): StylesheetJson {
  // Level of detail: at overview zoom 1.5k arrows are unreadable and cost ~0.8 s to draw in software
  // rendering; arrows come back on highlighted edges, where direction is what the user reads.
  const cheapEdges = edgeCount > DETAILED_EDGE_LIMIT;
  const [minSize, maxSize] = goalLevel ? [36, 90] : [8, 46];
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        label: 'data(label)',
        width: `mapData(out, 0, ${Math.max(1, maxOut)}, ${minSize}, ${maxSize})`,
        height: `mapData(out, 0, ${Math.max(1, maxOut)}, ${minSize}, ${maxSize})`,
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
    {
      selector: 'edge.hl',
      style: { 'curve-style': 'straight', 'target-arrow-shape': 'triangle', opacity: 0.9, width: 1.4, 'arrow-scale': 0.9 },
    },
    { selector: 'edge[negative = 1]', style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', 'line-style': 'dashed' } },
  ];
}
