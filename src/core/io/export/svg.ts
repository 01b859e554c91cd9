/**
 * The graph as a standalone SVG, drawn from positions (not a canvas capture), so it is sharp at any size
 * and the same in the app, the CLI and tests. With a `view` it is the picture on screen: the highlight
 * (others pale, their links hidden, as on the canvas), the selection, session marks, class shapes and
 * the labels the canvas's label planner picks, cropped to the camera's extent. Title, legend, the
 * ILLUSTRATIVE box, source and date each get their own rows and wrap instead of being cut. Every text
 * from data is escaped: names from files are text, never markup.
 */
import type { InterlinkageGraph } from '../../graph/types.ts';
import type { NodeClass } from '../../analysis/classify.ts';
import type { Lang } from '../../model/types.ts';
import { escapeXml, isIllustrativeGraph, isoDay, NEUTRAL_COLOR, SDG_COLORS, type Positions } from './common.ts';
import { drawLegend, type LegendInput } from './svg-legend.ts';
import { CLASS_BORDER, f, MARK_BORDER, shapeOf, textBlock, wrapText } from './svg-parts.ts';
import { wordsOf, type Translate } from './words.ts';

/** One label to place (the shape of state/label-lod.ts LabelCandidate). */
interface SvgLabelCandidate { id: string; x: number; y: number; importance: number; chars: number; lines?: number; midChars?: number }
/** The canvas's label planner (state/label-lod.ts planLabels), passed in so the picture labels what the screen would. */
export type LabelPlanner = (nodes: SvgLabelCandidate[], fontPx: number, viewport: { width: number; height: number }) => { full: Set<string>; mid: Set<string> };

interface SvgView {
  /** node → steps from the selection (the highlight); nodes outside are pale and their links hidden */
  distance?: Readonly<Record<string, number>> | null;
  /** "source→target" keys of highlighted links */
  links?: readonly string[];
  selected?: readonly string[];
  marks?: Readonly<Record<string, { kind: 'priority' | 'discussed' }>> | null;
  classes?: Readonly<Record<string, NodeClass>> | null;
  /** the part of the layout on screen, in layout coordinates: nodes outside are left out */
  extent?: { x1: number; y1: number; x2: number; y2: number } | null;
  /** each node's size as the canvas draws it, 0..1 (the file's own sizes or the chosen metric); out-degree without it */
  sizes?: ReadonlyMap<string, number> | null;
  /** draw the file's own node colours where it has them, as the canvas does (default true) */
  fileColours?: boolean;
}

export interface SvgOptions {
  title?: string;
  /** "Data: …" line under the picture (wraps) */
  dataSource?: string;
  date?: Date;
  lang?: Lang;
  width?: number;
  height?: number;
  /** goal code → { colour, short name } for the legend; SDG colours and "Goal N" by default */
  goals?: Record<string, { color: string; name?: string }>;
  /** draw labels (default: when at most 400 nodes) */
  labels?: boolean;
  /** highlighted nodes (e.g. the selection) get a dark ring; `view.selected` does the same */
  highlight?: readonly string[];
  view?: SvgView | null;
  labelPlanner?: LabelPlanner;
  t?: Translate;
}

const LABEL_PX = 11;

function inExtent(p: { x: number; y: number }, e: SvgView['extent']): boolean {
  return !e || (p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2);
}

export function graphToSvg(graph: InterlinkageGraph, positions: Positions | null | undefined, options: SvgOptions = {}): string {
  const width = options.width ?? 1200;
  const height = options.height ?? 900;
  const t = wordsOf(options);
  const lang = options.lang ?? 'en';
  const view = options.view ?? null;
  const illustrative = isIllustrativeGraph(graph);
  const title = options.title ?? String(graph.getAttribute('name') ?? 'SDG interlinkages');
  const allUndirected = graph.getAttribute('undirected') === true;
  const legendWidth = 250;
  const out: string[] = [];

  // Header rows: title (wraps), counts and direction, then the ILLUSTRATIVE box.
  const head: string[] = [];
  let y = textBlock(head, wrapText(title, width - 48, 22), 24, 34, { size: 22, bold: true, fill: '#111', role: 'title' });
  y = textBlock(head, [`${t('export.counts', { nodes: graph.order, links: graph.size })} · ${allUndirected ? t('export.undirected') : t('export.arrows')}`], 24, y - 4, { size: 12, fill: '#555', role: 'subtitle' });
  if (illustrative) {
    const boxLines = [...wrapText(t('export.mark'), width - 68, 13)];
    const noteLines = wrapText(t('export.markNote'), width - 68, 11);
    const boxH = boxLines.length * 16 + noteLines.length * 14 + 12;
    head.push(`<rect x="24" y="${f(y)}" width="${width - 48}" height="${f(boxH)}" rx="3" fill="#fde8e8" stroke="#b00020"/>`);
    const after = textBlock(head, boxLines, 34, y + 17, { size: 13, bold: true, fill: '#b00020', role: 'mark' });
    textBlock(head, noteLines, 34, after - 2, { size: 11, fill: '#7a0016', role: 'mark-note' });
    y += boxH + 8;
  }
  const headerBottom = y + 4;

  // Footer rows, from the bottom up: credit, the mark again (it must survive cropping), the source.
  const day = isoDay(options.date ?? new Date());
  const source = options.dataSource ?? t('export.source', { name: String(graph.getAttribute('name') ?? '') });
  const footLines = [...wrapText(source, width - 48, 11), ...(illustrative ? wrapText(t('export.mark'), width - 48, 11) : []), t('export.credit', { date: day })];
  const footerTop = height - 14 - footLines.length * 11 * 1.25;

  // Which nodes are drawn: all, or those inside the camera's extent.
  const codes = graph.nodes();
  const pos = new Map<string, { x: number; y: number }>();
  codes.forEach((c, i) => {
    const p = positions?.[c];
    // Nodes without a position sit on a circle, so a partial layout still draws everything.
    pos.set(c, p && Number.isFinite(p.x) && Number.isFinite(p.y) ? p : { x: Math.cos((2 * Math.PI * i) / codes.length) * 500, y: Math.sin((2 * Math.PI * i) / codes.length) * 500 });
  });
  let shown = codes.filter((c) => inExtent(pos.get(c)!, view?.extent));
  if (!shown.length) shown = codes;
  const visible = new Set(shown);

  const area = { x: 24, y: headerBottom, w: width - legendWidth - 56, h: footerTop - headerBottom - 8 };
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const c of shown) { const p = pos.get(c)!; minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x); minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y); }
  if (!shown.length) [minX, minY, maxX, maxY] = [0, 0, 1, 1];
  const pad = 26;
  const scale = Math.min((area.w - 2 * pad) / Math.max(1e-9, maxX - minX || 1), (area.h - 2 * pad) / Math.max(1e-9, maxY - minY || 1));
  const cx = area.x + area.w / 2 - ((minX + maxX) / 2) * scale;
  const cy = area.y + area.h / 2 - ((minY + maxY) / 2) * scale;
  const at = (c: string) => { const p = pos.get(c)!; return { x: cx + p.x * scale, y: cy + p.y * scale }; };

  const maxOut = Math.max(1, ...codes.map((c) => graph.outDegree(c)));
  const small = shown.length > 60;
  // The canvas's mapping (diameter 8 + 38 × size, stylesheet.ts), scaled to the picture's largest radius,
  // so nodes keep the proportions they have on screen.
  const sizes = view?.sizes ?? null;
  const maxRadius = small ? 12.5 : 26;
  const radius = (c: string) => (maxRadius * (8 + 38 * Math.min(1, Math.max(0, sizes?.get(c) ?? graph.outDegree(c) / maxOut)))) / 46;
  const colorOf = (goal: string | null) => (goal && (options.goals?.[goal]?.color ?? SDG_COLORS[goal])) || NEUTRAL_COLOR;
  const selected = new Set([...(options.highlight ?? []), ...(view?.selected ?? [])]);
  const distance = view?.distance ?? null;
  const lit = (c: string) => !distance || distance[c] !== undefined;
  const hlLinks = new Set(view?.links ?? []);
  const classes = view?.classes ?? null;

  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="'DejaVu Sans', Arial, Helvetica, sans-serif">`);
  out.push(`<title>${escapeXml(title)}</title>`);
  if (illustrative) out.push(`<desc>${escapeXml(t('export.mark'))}</desc>`);
  out.push('<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#6b7484"/></marker>'
    + '<marker id="arrow-hl" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#33506e"/></marker>'
    + '<marker id="arrow-neg" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#c0392b"/></marker></defs>');
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(...head);

  out.push('<g stroke-linecap="round" data-role="links">');
  graph.forEachEdge((_e, a, s, tg) => {
    if (!visible.has(s) || !visible.has(tg)) return;
    const hl = distance ? hlLinks.has(`${s}→${tg}`) || (lit(s) && lit(tg) && !view?.links) : selected.has(s) || selected.has(tg);
    // As on the canvas: with a highlight, the other links are hidden (the map stays, pale).
    if (distance && !hl) return;
    const p = at(s);
    const q = at(tg);
    const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    const rt = radius(tg) + 1;
    const end = { x: q.x - ((q.x - p.x) / len) * rt, y: q.y - ((q.y - p.y) / len) * rt };
    const neg = a.score < 0;
    const und = allUndirected || a.undirected === true;
    const stroke = neg ? '#c0392b' : hl ? '#33506e' : '#6b7484';
    const w = hl ? 1.6 : Math.max(0.5, Math.min(3, Math.abs(a.score) * (small ? 0.4 : 0.8)));
    out.push(`<line x1="${f(p.x)}" y1="${f(p.y)}" x2="${f(end.x)}" y2="${f(end.y)}" stroke="${stroke}" stroke-width="${f(w)}" stroke-opacity="${hl ? 0.9 : small ? 0.25 : 0.6}"${neg ? ' stroke-dasharray="4 3"' : ''}${und ? '' : ` marker-end="url(#${neg ? 'arrow-neg' : hl ? 'arrow-hl' : 'arrow'})"`}${hl ? ' data-hl="1"' : ''}/>`);
  });
  out.push('</g><g data-role="nodes">');
  // Pale nodes first, so the highlight is drawn on top of them.
  const order = [...shown].sort((a, b) => Number(lit(a)) - Number(lit(b)) || Number(selected.has(a)) - Number(selected.has(b)));
  for (const c of order) {
    const a = graph.getNodeAttributes(c);
    const p = at(c);
    const r = radius(c);
    const cls = classes?.[c];
    const mark = view?.marks?.[c]?.kind;
    const ring = selected.has(c) ? { color: '#00689d', w: 3, dash: '' } : mark ? { color: MARK_BORDER[mark].color, w: 3, dash: MARK_BORDER[mark].dash } : { color: cls ? CLASS_BORDER[cls] : '#fff', w: cls && cls !== 'low' ? 1.5 : 0.8, dash: '' };
    const fill = view?.fileColours !== false && a.viz?.color ? a.viz.color : colorOf(a.goal);
    const extra = `fill="${escapeXml(fill)}" stroke="${ring.color}" stroke-width="${ring.w}"${ring.dash}${lit(c) ? '' : ' opacity="0.15"'} data-code="${escapeXml(c)}"${lit(c) && distance ? ' data-hl="1"' : ''}`;
    out.push(shapeOf(cls, p.x, p.y, r, extra).replace(/\/>$/, `><title>${escapeXml(`${c} ${a.title[lang] ?? ''}`.trim())}</title></${cls === 'accelerator' || cls === 'integrated' ? 'path' : cls === 'dependent' ? 'rect' : 'circle'}>`));
  }
  out.push('</g>');

  // Labels: the canvas's planner picks which fit without overlap; without one, every label when few nodes.
  const showLabels = options.labels ?? shown.length <= 400;
  if (showLabels) {
    const candidates = shown.filter(lit).map((c) => {
      const p = at(c);
      return { id: c, x: p.x, y: p.y - radius(c) - LABEL_PX * 0.6, importance: (selected.has(c) ? 1e6 : 0) + (distance && lit(c) ? 1e3 : 0) + (view?.marks?.[c] ? 500 : 0) + graph.outDegree(c), chars: c.length, midChars: c.length };
    });
    const plan = options.labelPlanner?.(candidates, LABEL_PX, { width: area.x + area.w, height: area.y + area.h }) ?? { full: new Set(candidates.map((x) => x.id)), mid: new Set<string>() };
    out.push('<g data-role="labels" font-size="11" text-anchor="middle" fill="#111" stroke="#fff" stroke-width="3" paint-order="stroke">');
    for (const cand of candidates) {
      if (!plan.full.has(cand.id) && !plan.mid.has(cand.id)) continue;
      out.push(`<text x="${f(cand.x)}" y="${f(cand.y + LABEL_PX * 0.35)}"${selected.has(cand.id) ? ' font-weight="bold"' : ''}>${escapeXml(cand.id)}</text>`);
    }
    out.push('</g>');
  }

  const legend: LegendInput = {
    x: width - legendWidth - 16, y: headerBottom + 4, width: legendWidth, bottom: footerTop - 4, t, colorOf,
    goals: [...new Set(shown.map((c) => graph.getNodeAttribute(c, 'goal')).filter((g): g is string => !!g))],
    goalName: (g) => options.goals?.[g]?.name ?? t('export.goalN', { n: g }),
    others: shown.some((c) => !graph.getNodeAttribute(c, 'goal')),
    classes: classes ? [...new Set(shown.map((c) => classes[c]).filter(Boolean))] : [],
    highlight: !!distance,
  };
  drawLegend(out, legend);
  textBlock(out, footLines, 24, footerTop + 11, { size: 11, fill: '#444', role: 'footer' });
  out.push('</svg>');
  return out.join('\n');
}
