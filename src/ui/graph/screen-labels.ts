/**
 * Labels on the working screen (not presentation), by level of detail: the selection, its highlighted
 * neighbours, path nodes, portfolio picks and marked nodes first, then the largest nodes by the size
 * metric, each placed only where it overlaps no label already placed (the presentation's placer,
 * state/label-lod.ts). Labels keep one on-screen size at every zoom — model font = screen px / zoom,
 * set as a style bypass on the labelled nodes only, so a zoom step restyles a few dozen nodes, not all.
 */
import type { CollectionReturnValue, Core, EdgeCollection, NodeSingular } from 'cytoscape';
import { canvasMemo } from './canvas-memo.ts';
import { dimmedKeepsLabels, overlayOf, overlayShown, paintedLitNodes, promoteLitNodes } from './highlight-overlay.ts';
import { planLabels, type Box, type LabelCandidate, type LabelPlan } from '../../state/label-lod.ts';

/** The path links that got a bypass and at which zoom, so the next plan can take it off those that left the path. */
const pathEdgesShown = canvasMemo<{ edges: EdgeCollection; zoom: number }>();

/**
 * Each labelled node's label as last set (classes and bypass), so a plan that keeps it touches nothing:
 * a style bypass restyles and redraws even when its values are the same.
 */
const labelsSet = canvasMemo<Map<string, string>>();

/** On-screen sizes (px at any zoom). 12 px is the smallest a code reads at on a laptop or a projector. */
const SCREEN_LABEL = { font: 12, gap: 3, pathEdge: 3, scoreFont: 11 } as const;

/** Classes: `slbl` shows code and short title, `slbl-code` the code alone. */
const CLASSES = 'slbl slbl-code';
const NODE_BYPASS = 'font-size text-margin-x text-margin-y text-outline-width';
const EDGE_BYPASS = 'width font-size text-outline-width';

/** Rank of what must be labelled before anything else; the size metric (0..1) orders the rest. */
function importance(n: NodeSingular): number {
  return (n.hasClass('selected') ? 1e6 : 0) + (n.hasClass('path') ? 1e5 : 0) + (n.hasClass('pick') ? 1e5 : 0)
    + (n.hasClass('mark-priority') || n.hasClass('mark-discussed') ? 1e4 : 0) + (n.hasClass('hl') ? 1e3 : 0) + Number(n.data('size') ?? 0);
}

/**
 * Nodes that may get a label. The dimmed graph under a highlight gets none (applyScreenLabels), so
 * here only a path narrows the choice: with one shown, its nodes and the portfolio's picks.
 */
function shown(n: NodeSingular, pathShown: boolean): boolean {
  if (n.hasClass('filtered')) return false;
  if (n.hasClass('pick') || n.hasClass('path')) return true;
  return !pathShown;
}

interface Spot { x: number; y: number }

/** Label box size as the placer reckons it (labelBox in state/label-lod.ts). */
const boxSize = (chars: number, lines: number, f: number) => ({ w: chars * f * 0.64 + f * 0.6, h: f * 1.5 + (lines - 1) * f * 1.1 });

/**
 * Centres round a node of radius r where a w×h label may go: above first, then below, right, left and
 * the corners, then the same a step further out (a short way off still reads as the node's label).
 */
function spotsRound(p: Spot, r: number, w: number, h: number): Spot[] {
  const g = SCREEN_LABEL.gap;
  const out: Spot[] = [];
  for (let k = 0; k < 3; k++) {
    const dy = r + g + h / 2 + k * (h + g);
    const dx = r + g + w / 2 + k * (w / 2 + g);
    const cx = w / 2 + r * 0.7;
    out.push({ x: p.x, y: p.y - dy }, { x: p.x, y: p.y + dy }, { x: p.x + dx, y: p.y }, { x: p.x - dx, y: p.y },
      { x: p.x + cx, y: p.y - dy }, { x: p.x - cx, y: p.y - dy }, { x: p.x + cx, y: p.y + dy }, { x: p.x - cx, y: p.y + dy });
  }
  return out;
}

/** The placer's point for a box centred at `c` (its y is the last line's, see labelBox). */
const toPlacer = (c: Spot, lines: number, f: number): Spot => ({ x: c.x, y: c.y + (lines - 1) * f * 0.55 });

/** A node as measured on screen: rendered centre and radius, label lines and characters, rank. */
export interface Info { id: string; p: Spot; r: number; lines: number; chars: number; importance: number }

/** Must-label nodes below this importance keep only their code: tried in turn until every one fits. */
const TITLE_POLICIES = [1e3, 1e4, 1e6, Infinity];
/** More must-labels than a canvas holds with titles (a 1920×1080 canvas holds ~70). */
const MANY_MUSTS = 100;

/** Candidates with titles for the must-label nodes of importance ≥ titleMin (and for every other node). */
function candidatesFor(infos: Info[], titleMin: number, f: number): { list: LabelCandidate[]; codeOnly: Set<string> } {
  const codeOnly = new Set<string>();
  const list = infos.map((i) => {
    const must = i.importance >= 1e3;
    const titled = !must || i.importance >= titleMin;
    if (!titled) codeOnly.add(i.id);
    const lines = titled ? i.lines : 1;
    const chars = titled ? i.chars : i.id.length;
    const full = boxSize(chars, lines, f);
    const code = boxSize(i.id.length, 1, f);
    // Only must-labels move round their node; the rest have the one spot above it.
    const spots = must ? spotsRound(i.p, i.r, full.w, full.h).map((c) => toPlacer(c, lines, f))
      : [toPlacer({ x: i.p.x, y: i.p.y - i.r - SCREEN_LABEL.gap - full.h / 2 }, lines, f)];
    return {
      id: i.id, ...spots[0], importance: i.importance, chars, lines, midChars: i.id.length, must,
      ...(must ? { spots: spots.slice(1), midSpots: spotsRound(i.p, i.r, code.w, code.h) } : {}),
    };
  });
  return { list, codeOnly };
}

/**
 * The plan for nodes measured on screen: titles where space allows — dropped from the neighbours, then
 * from all but the selection, until every must-label fits. Pure, so the bench times exactly this.
 */
export function planScreenLabels(infos: Info[], w: number, h: number, covered: Box[] = []) {
  const f = SCREEN_LABEL.font;
  const mustInfos = infos.filter((i) => i.importance >= 1e3);
  const placedOf = (plan: LabelPlan, list: LabelCandidate[]) => list.filter((c) => c.must && (plan.full.has(c.id) || plan.mid.has(c.id))).length;
  // Must-labels are placed before any other, so the policy is chosen on them alone; the full plan runs once.
  // Over MANY_MUSTS (a big graph's hub) titles are for the selection only, with no trial plans: they
  // cannot all fit anyway, and each trial tried ~50 spots per must-label (3 plans: ~40 ms of a hub click
  // on 10k nodes, where 2.9k nodes are lit).
  let policy = mustInfos.length > MANY_MUSTS ? TITLE_POLICIES[2] : TITLE_POLICIES[0];
  let most = -1;
  const policies = !mustInfos.length || mustInfos.length > MANY_MUSTS ? [] : TITLE_POLICIES;
  for (const titleMin of policies) {
    const { list } = candidatesFor(mustInfos, titleMin, f);
    const placed = placedOf(planLabels(list, f, { width: w, height: h }, f, covered), list);
    if (placed > most) { most = placed; policy = titleMin; }
    if (placed === mustInfos.length) break;
  }
  const { list, codeOnly } = candidatesFor(infos, policy, f);
  const plan = planLabels(list, f, { width: w, height: h }, f, covered);
  return { plan, codeOnly, list, placed: placedOf(plan, list), musts: mustInfos.length };
}

/** What a plan did; `restyled`: the elements of the planned instance it restyled (classes, bypasses). */
type LabelResult = { labelled: number; musts: number; placedMusts: number; restyled: CollectionReturnValue };

/**
 * Plans the labels of the canvas. Under a highlight the graph is dimmed and labels nothing; the
 * overlay (highlight-overlay.ts), which holds what is highlighted, gets the labels.
 */
export function applyScreenLabels(cy: Core): LabelResult {
  const overlay = overlayShown(cy) ? overlayOf(cy) : undefined;
  if (!overlay) return labelInstance(cy, false);
  // The dimmed graph keeps its labels where they are not drawn (or, on a big graph, dimmed with it):
  // taking them off by class restyled the labelled nodes and re-measured their links, 1.2 s on 100k links.
  const restyled = dimmedKeepsLabels(cy) ? cy.collection() : labelInstance(cy, true).restyled;
  // The graph's own elements it restyled, not the overlay's.
  return { ...labelInstance(overlay, false, cy), restyled };
}

/**
 * Plans and sets the labels of `cy`. For an overlay, `base` is the graph under it: its painted lit
 * nodes (highlight-overlay.ts) are candidates too, and those given a label become copies first.
 */
function labelInstance(cy: Core, none: boolean, base?: Core): LabelResult {
  if (cy.destroyed() || cy.width() <= 0) return { labelled: 0, musts: 0, placedMusts: 0, restyled: cy.collection() };
  const zoom = cy.zoom();
  const f = SCREEN_LABEL.font;
  const pathShown = cy.nodes('.path').length > 0;
  const infos: Info[] = [];
  const w = cy.width(), h = cy.height();
  const painted = new Set<string>();
  const candidates = none ? [] : [...cy.nodes()];
  // Painted lit nodes are the graph's own (no `hl` class): they rank as lit.
  for (const n of base ? paintedLitNodes(base) : []) {
    painted.add(n.id());
    candidates.push(n);
  }
  for (const n of candidates) {
    if (!shown(n, pathShown)) continue;
    const p = n.renderedPosition();
    // Off screen: no label to place (and on a 2k-node graph most nodes are, once zoomed in).
    if (p.x < -50 || p.y < -50 || p.x > w + 50 || p.y > h + 50) continue;
    const lines = String(n.data('plabel') ?? n.id()).split('\n');
    infos.push({
      id: n.id(), p, r: Math.max(n.renderedWidth(), n.renderedHeight()) / 2, lines: lines.length,
      chars: Math.max(...lines.map((l) => l.length)), importance: importance(n) + (painted.has(n.id()) ? 1e3 : 0),
    });
  }
  const { plan, codeOnly, list, placed, musts } = planScreenLabels(infos, w, h, coveredAreas(cy));
  if (base && painted.size) promoteLitNodes(base, [...plan.full, ...plan.mid].filter((id) => painted.has(id)));
  const byId = new Map(list.map((c) => [c.id, c]));
  const at0 = new Map(infos.map((i) => [i.id, i]));
  const font = f / zoom;
  const outline = 2 / zoom;
  const before = labelsSet.get(cy) ?? new Map<string, string>();
  const after = new Map<string, string>();
  const restyled = cy.collection();
  cy.batch(() => {
    cy.nodes('.slbl').forEach((n) => {
      if (plan.full.has(n.id()) || plan.mid.has(n.id())) return;
      n.removeClass(CLASSES).removeStyle(NODE_BYPASS);
      restyled.merge(n);
    });
    for (const id of [...plan.full, ...plan.mid]) {
      const c = byId.get(id)!;
      const { p } = at0.get(id)!;
      const lines = plan.full.has(id) ? c.lines ?? 1 : 1;
      const at = plan.moved.get(id) ?? c;
      const codeOnlyLabel = plan.mid.has(id) || codeOnly.has(id);
      // Labels are centred on the node (text-valign center) and moved by margins to the planned box's centre.
      const bypass = { 'font-size': font, 'text-margin-x': (at.x - p.x) / zoom, 'text-margin-y': (at.y - (lines - 1) * f * 0.55 - p.y) / zoom, 'text-outline-width': outline };
      const sign = `${codeOnlyLabel}|${bypass['font-size']}|${bypass['text-margin-x']}|${bypass['text-margin-y']}|${outline}`;
      after.set(id, sign);
      const n = cy.getElementById(id);
      if (before.get(id) === sign && n.hasClass('slbl')) continue;
      n.addClass('slbl').toggleClass('slbl-code', codeOnlyLabel);
      n.style(bypass);
      restyled.merge(n);
    }
    labelsSet.set(cy, after);
    // Path links keep a visible width, arrowhead and score at every zoom; links that left the path lose the bypass.
    const pathEdges = cy.edges('.path');
    const shownBefore = pathEdgesShown.get(cy);
    if (shownBefore?.zoom === zoom && shownBefore.edges.same(pathEdges)) return;
    const left = shownBefore?.edges.difference(pathEdges);
    left?.removeStyle(EDGE_BYPASS);
    pathEdgesShown.set(cy, { edges: pathEdges, zoom });
    pathEdges.style({ width: SCREEN_LABEL.pathEdge / zoom, 'font-size': SCREEN_LABEL.scoreFont / zoom, 'text-outline-width': outline });
    restyled.merge(pathEdges);
    if (left) restyled.merge(left);
  });
  return { labelled: plan.full.size + plan.mid.size, musts, placedMusts: placed, restyled };
}

/** The zoom buttons and the goal names sit over the canvas: no label goes under them. */
function coveredAreas(cy: Core): Box[] {
  const container = cy.container();
  const host = container?.parentElement;
  if (!container || !host) return [];
  const c = container.getBoundingClientRect();
  const out: Box[] = [];
  host.querySelectorAll('[data-testid=zoom-controls], .goal-cluster-label').forEach((el) => {
    const r = el.getBoundingClientRect();
    if (r.width > 0) out.push({ x0: r.left - c.left - 2, y0: r.top - c.top - 2, x1: r.right - c.left + 2, y1: r.bottom - c.top + 2 });
  });
  return out;
}

/** Presentation draws its own labels: the screen ones and their bypasses go. */
export function clearScreenLabels(cy: Core): void {
  if (cy.destroyed()) return;
  const overlay = overlayOf(cy);
  if (overlay) clearScreenLabels(overlay);
  cy.batch(() => {
    cy.nodes('.slbl').removeClass(CLASSES).removeStyle(NODE_BYPASS);
    labelsSet.set(cy, undefined);
    pathEdgesShown.get(cy)?.edges.removeStyle(EDGE_BYPASS);
    pathEdgesShown.set(cy, undefined);
  });
}
