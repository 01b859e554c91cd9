import type { StylesheetJson } from 'cytoscape';

/** Above this many links, unhighlighted edges are drawn as cheap "haystack" lines without arrows. */
const DETAILED_EDGE_LIMIT = 400;

/** Classification → node shape; the legend draws the same shapes from this table. */
const CLASS_SHAPES = {
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
  /** presentation mode: labels sized for the back of a room at the current zoom */
  present?: PresentStyle | null;
}

interface PresentStyle {
  theme: 'light' | 'dark';
  colourSafe: boolean;
  /** current zoom, so on-screen sizes stay constant: model size = screen px / zoom */
  zoom: number;
}

/** On-screen sizes in presentation mode (px at any zoom). Labels ≥ 28 px so they read from the back of a room. */
export const PRESENT_SIZES = { font: 30, shortFont: 22, edge: 1.6, edgeHl: 4.5, outline: 4, labelPad: 4, minNode: 12, maxNode: 40 } as const;

/**
 * Presentation themes. Label ink against its outline is 21:1 in both; the outline separates a label from
 * whatever it overlaps, and the canvas background keeps ≥ 4.5:1 against the label ink too (WCAG AA).
 */
const PRESENT_THEMES = {
  light: { bg: '#ffffff', ink: '#000000', outline: '#ffffff', edge: '#8c96a3', edgeHl: '#1b2a3a', selected: '#005a87', border: '#000000' },
  dark: { bg: '#0b0f14', ink: '#ffffff', outline: '#000000', edge: '#6b7685', edgeHl: '#f2f5f8', selected: '#7cc7ff', border: '#ffffff' },
} as const;

/** Session marks, drawn the same in both modes (colour plus line style, so they do not depend on colour). */
export const MARK_STYLES = {
  priority: { color: '#c2185b', style: 'double' },
  discussed: { color: '#2e7d32', style: 'dashed' },
} as const;

const NODE_SIZE_RANGE = { indicator: [8, 46], goal: [36, 90] } as const;

/**
 * A node's model-space diameter in presentation at `zoom` (the stylesheet's mapping): the fit needs the
 * size the nodes will have at the zoom it picks, not the one they have now.
 */
export function presentNodeDiameter(size01: number, goalLevel: boolean, zoom: number): number {
  const [minSize, maxSize] = goalLevel ? NODE_SIZE_RANGE.goal : NODE_SIZE_RANGE.indicator;
  const lo = Math.max(minSize, PRESENT_SIZES.minNode / zoom);
  const hi = Math.max(maxSize, PRESENT_SIZES.maxNode / zoom);
  return lo + (hi - lo) * Math.min(1, Math.max(0, size01));
}

/** Styles are data: one stylesheet built from the view state. */
export function buildStylesheet(options: StyleOptions): StylesheetJson {
  return options.present ? [...baseStylesheet(options), ...presentStylesheet(options, options.present)] : baseStylesheet(options);
}

function baseStylesheet({ goalLevel, edgeCount }: StyleOptions): StylesheetJson {
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
        // No label by default: screen-labels.ts picks the nodes that get one (`.slbl`), so labels never pile up.
        label: '',
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
    // Under a highlight the graph is dimmed by CSS and the overlay draws the highlighted part
    // (highlight-overlay.ts); its links are hidden meanwhile, so a redraw of the dimmed graph (a filter,
    // a pan) draws its nodes only.
    { selector: 'edge.under-hl', style: { display: 'none' } },
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
    ...Object.entries(MARK_STYLES).map(([kind, m]) => ({
      selector: `node.mark-${kind}`,
      style: { 'border-width': 5, 'border-color': m.color, 'border-style': m.style, 'z-index': 25 },
    })),
    // Portfolio picks: a thick violet ring, unlike the marks' pink double and green dashed ones.
    { selector: 'node.pick', style: { 'border-width': 5, 'border-color': '#6a1b9a', 'border-style': 'solid', 'z-index': 26, opacity: 1 } },
    // A path on screen: everything else steps back, so the chain reads on its own.
    { selector: 'node.off-path', style: { opacity: 0.12 } },
    { selector: 'edge.off-path', style: { display: 'none' } },
    {
      selector: 'edge.path',
      style: {
        // Shown even when the selection's highlight hides the other links: the path is the question asked.
        display: 'element', label: 'data(score)', 'text-rotation': 'autorotate', color: '#7a3300', 'text-outline-color': '#ffffff', 'min-zoomed-font-size': 0,
        'font-weight': 'bold', 'text-margin-y': -6,
      },
    },
    // Sizes (font, margin, outline) are bypassed per labelled node at the current zoom (screen-labels.ts).
    {
      selector: 'node.slbl',
      style: {
        label: 'data(plabel)', 'text-wrap': 'wrap', 'text-max-width': '1000px', 'text-valign': 'center', 'text-halign': 'center', 'line-height': 1.1,
        'min-zoomed-font-size': 0, color: '#111111', 'text-outline-color': '#ffffff', 'text-events': 'no', 'z-index': 15,
      },
    },
    { selector: 'node.slbl-code', style: { label: 'data(label)' } },
    { selector: 'node.selected.slbl, node.path.slbl, node.pick.slbl', style: { 'font-weight': 'bold', 'z-index': 30 } },
    // Filters hide nodes without moving anything, so the picture stays where the user left it.
    { selector: '.filtered', style: { display: 'none' } },
  ];
}

/** Rules layered over the base sheet while presenting; label level of detail picks `.lbl` / `.lbl-short` nodes. */
function presentStylesheet({ goalLevel, edgeCount }: StyleOptions, p: PresentStyle): StylesheetJson {
  const c = PRESENT_THEMES[p.theme];
  const z = Math.max(0.05, p.zoom);
  const px = (v: number) => v / z;
  const cheapEdges = edgeCount > DETAILED_EDGE_LIMIT;
  // Zoomed out, model-sized nodes shrank to a few px and their (screen-sized) border covered the goal
  // colour: black dots in the light theme, white in the dark one. Nodes keep a screen size floor instead.
  const size = `mapData(size, 0, 1, ${presentNodeDiameter(0, goalLevel, z)}, ${presentNodeDiameter(1, goalLevel, z)})`;
  return [
    {
      selector: 'node',
      style: {
        label: '', 'font-size': px(PRESENT_SIZES.font), 'font-weight': 'bold', color: c.ink, 'text-outline-color': c.outline,
        'text-outline-width': px(PRESENT_SIZES.outline), 'min-zoomed-font-size': 0, 'border-color': c.border, 'border-width': px(1),
        'text-valign': 'top', 'text-margin-y': px(-4), width: size, height: size,
      },
    },
    ...Object.entries(CLASS_SHAPES).filter(([cls]) => cls !== 'low').map(([cls]) => ({
      selector: `node[cls = "${cls}"]`, style: { 'border-width': px(2.5), 'border-color': c.border },
    })),
    // A label is a goal-coloured tag: the code and a short title, ink chosen for contrast on the colour.
    {
      selector: 'node.lbl',
      style: {
        label: 'data(plabel)', 'text-wrap': 'wrap', 'line-height': 1.05, color: 'data(ink)', 'text-outline-width': 0,
        'text-background-color': 'data(color)', 'text-background-opacity': 1, 'text-background-shape': 'roundrectangle',
        'text-background-padding': `${px(PRESENT_SIZES.labelPad)}px`, 'text-border-width': px(1.5), 'text-border-color': c.border, 'text-border-opacity': 1,
        'text-margin-y': px(-4 - PRESENT_SIZES.labelPad), 'z-index': 15,
      },
    },
    { selector: 'node.lbl-code', style: { label: 'data(label)' } },
    { selector: 'node.lbl-short', style: { label: 'data(goalNum)', 'font-size': px(PRESENT_SIZES.shortFont), 'text-valign': 'center', 'text-margin-y': 0 } },
    {
      selector: 'edge',
      style: {
        width: goalLevel ? `mapData(score, 1, 3, ${px(2)}, ${px(8)})` : px(PRESENT_SIZES.edge), 'line-color': c.edge, 'target-arrow-color': c.edge,
        opacity: goalLevel ? 0.8 : 0.35, 'arrow-scale': 1.6,
        'target-arrow-shape': cheapEdges ? 'none' : 'triangle',
      },
    },
    {
      selector: 'edge.hl',
      style: { width: px(PRESENT_SIZES.edgeHl), 'line-color': c.edgeHl, 'target-arrow-color': c.edgeHl, opacity: 0.9, 'arrow-scale': 1.1, 'target-arrow-shape': 'triangle', 'curve-style': 'straight' },
    },
    { selector: 'node.selected', style: { 'border-width': px(6), 'border-color': c.selected } },
    { selector: 'edge.path', style: { width: px(6), 'line-color': '#d35400', 'target-arrow-color': '#d35400', opacity: 1 } },
    ...Object.entries(MARK_STYLES).map(([kind, m]) => ({
      selector: `node.mark-${kind}`,
      style: { 'border-width': px(7), 'border-color': p.theme === 'dark' && kind === 'priority' ? '#ff6fa5' : p.theme === 'dark' ? '#7ee787' : m.color, 'border-style': m.style },
    })),
    { selector: '.filtered', style: { display: 'none' } },
  ];
}
