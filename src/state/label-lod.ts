/**
 * Label level of detail: which nodes get a label so that no two labels overlap. Greedy by importance
 * (selected first, then highlighted, then the size metric): each label box is placed if it does not
 * intersect a label already placed. A second, shorter tier (e.g. the goal number) fills gaps.
 * Candidates marked `must` (the selection, its neighbours, a path, picks) go first and may move to
 * other spots round their node (`spots`, `midSpots`): in a dense goal cluster the one spot above the
 * node is often taken, and an unlabelled neighbour is the failure users reported.
 */
import { compareCodes } from '../core/graph/compare-codes.ts';

export interface LabelCandidate {
  id: string;
  /** rendered (screen) centre of the label */
  x: number;
  y: number;
  importance: number;
  /** characters of the full and (optional) short label; the full one may span `lines` lines (code, then title) */
  chars: number;
  lines?: number;
  /** characters of the one-line middle tier (the code alone), tried where the full label does not fit */
  midChars?: number;
  shortChars?: number;
  /** placed before every other candidate, trying `spots` (full label) then `midSpots` (code) after (x, y) */
  must?: boolean;
  spots?: Point[];
  midSpots?: Point[];
}

interface Point { x: number; y: number }

export interface LabelPlan {
  full: Set<string>;
  mid: Set<string>;
  short: Set<string>;
  /** where a `must` label went when not at its candidate's (x, y) */
  moved: Map<string, Point>;
}

export interface Box { x0: number; y0: number; x1: number; y1: number }

/** Box of a label of `chars` characters at `fontPx`, centred on (x, y), with a little margin. @internal exported for its unit test */
export function labelBox(x: number, y: number, chars: number, fontPx: number, lines = 1): Box {
  // Bold digits and dots average ~0.6 em; the text outline adds ~0.15 em each side.
  const w = chars * fontPx * 0.64 + fontPx * 0.6;
  // Further lines stack at Cytoscape's line height (1.05 em in presentation) and grow upwards from the node.
  // 1.5 em: the label's coloured tag adds its padding and border to the line.
  const h = fontPx * 1.5 + (lines - 1) * fontPx * 1.1;
  return { x0: x - w / 2, y0: y - h + fontPx * 0.75, x1: x + w / 2, y1: y + fontPx * 0.75 };
}

/** One collator for every tie (core/graph/compare-codes.ts): a collator per call cost ~0.6 s per plan on 2k nodes. */
const byCode = compareCodes;

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** `covered`: screen areas hidden by something drawn over the graph (the legend), where no label goes. */
export function planLabels(
  nodes: LabelCandidate[], fontPx: number, viewport: { width: number; height: number }, shortFontPx = fontPx * 0.8, covered: Box[] = [],
): LabelPlan {
  const full = new Set<string>();
  const mid = new Set<string>();
  const short = new Set<string>();
  // A coarse grid keeps the overlap test near O(1) per label; numeric cell keys allocate nothing per test.
  const cell = Math.max(32, fontPx * 4);
  const grid = new Map<number, Box[]>();
  const eachCell = (b: Box, visit: (key: number) => boolean | void): boolean => {
    for (let gx = Math.floor(b.x0 / cell); gx <= Math.floor(b.x1 / cell); gx++) {
      for (let gy = Math.floor(b.y0 / cell); gy <= Math.floor(b.y1 / cell); gy++) if (visit((gx + 4096) * 8192 + gy + 4096) === false) return false;
    }
    return true;
  };
  const free = (b: Box) => eachCell(b, (k) => !(grid.get(k)?.some((o) => overlaps(o, b)) ?? false));
  const place = (b: Box) => {
    eachCell(b, (k) => {
      const list = grid.get(k);
      if (list) list.push(b); else grid.set(k, [b]);
    });
  };
  for (const c of covered) place(c);
  // Wholly inside: a label cut by the screen edge reads as a different word.
  const inside = (b: Box) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= viewport.width && b.y1 <= viewport.height;
  const moved = new Map<string, Point>();
  const order = [...nodes].sort((a, b) => b.importance - a.importance || byCode(a.id, b.id));
  const tryAt = (n: LabelCandidate, at: Point, chars: number, lines: number) => {
    const b = labelBox(at.x, at.y, chars, fontPx, lines);
    if (!inside(b) || !free(b)) return false;
    place(b);
    if (at.x !== n.x || at.y !== n.y) moved.set(n.id, at);
    return true;
  };
  for (const n of order) {
    if (!n.must) continue;
    const here = { x: n.x, y: n.y };
    if ([here, ...(n.spots ?? [])].some((at) => tryAt(n, at, n.chars, n.lines ?? 1))) full.add(n.id);
    else if (n.midChars && [here, ...(n.midSpots ?? [])].some((at) => tryAt(n, at, n.midChars!, 1))) mid.add(n.id);
  }
  for (const n of order) {
    if (n.must) continue;
    const b = labelBox(n.x, n.y, n.chars, fontPx, n.lines);
    if (!inside(b)) continue;
    if (free(b)) {
      place(b);
      full.add(n.id);
    }
  }
  for (const n of order) {
    if (n.must || full.has(n.id) || !n.midChars) continue;
    const b = labelBox(n.x, n.y, n.midChars, fontPx);
    if (inside(b) && free(b)) {
      place(b);
      mid.add(n.id);
    }
  }
  for (const n of order) {
    if (full.has(n.id) || mid.has(n.id) || !n.shortChars) continue;
    const b = labelBox(n.x, n.y, n.shortChars, shortFontPx);
    if (inside(b) && free(b)) {
      place(b);
      short.add(n.id);
    }
  }
  return { full, mid, short, moved };
}

/** Where the grouped layout's goal names go (computed in core; the canvas reaches core values through state). */
export { clusterAnchors, type ClusterAnchor } from '../core/layout/cluster-labels.ts';
