/**
 * The current graph as a standalone SVG, drawn from positions (not a canvas capture), so it is sharp at
 * any size and the same in the app, the CLI and tests: title, legend of the goals present, a data-source
 * line, the date, and a visible ILLUSTRATIVE mark when the links are generated. Every text from data is
 * escaped: names from files are text, never markup.
 */
import type { InterlinkageGraph } from '../../graph/types.ts';
import type { Lang } from '../../model/types.ts';
import { compareCodes } from '../../model/codes.ts';
import { escapeXml, ILLUSTRATIVE_MARK, isIllustrativeGraph, NEUTRAL_COLOR, SDG_COLORS, type Positions } from './common.ts';

export interface SvgOptions {
  title?: string;
  /** "Data: …" line under the picture */
  dataSource?: string;
  date?: Date;
  lang?: Lang;
  width?: number;
  height?: number;
  /** goal code → { colour, short name } for the legend; SDG colours and "Goal N" by default */
  goals?: Record<string, { color: string; name?: string }>;
  /** draw node codes as labels (default: when at most 400 nodes) */
  labels?: boolean;
  /** highlighted nodes (e.g. the selection) get a dark ring */
  highlight?: readonly string[];
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();

export function graphToSvg(graph: InterlinkageGraph, positions: Positions | null | undefined, options: SvgOptions = {}): string {
  const width = options.width ?? 1200;
  const height = options.height ?? 900;
  const lang = options.lang ?? 'en';
  const illustrative = isIllustrativeGraph(graph);
  const date = options.date ?? new Date();
  const title = options.title ?? String(graph.getAttribute('name') ?? 'SDG interlinkages');
  const header = illustrative ? 78 : 56;
  const legendWidth = 190;
  const footer = 44;
  const area = { x: 24, y: header, w: width - legendWidth - 48, h: height - header - footer };

  // Nodes without a position sit on a circle, so a partial layout still draws everything.
  const codes = graph.nodes();
  const pos = new Map<string, { x: number; y: number }>();
  codes.forEach((c, i) => {
    const p = positions?.[c];
    pos.set(c, p && Number.isFinite(p.x) && Number.isFinite(p.y) ? p : { x: Math.cos((2 * Math.PI * i) / codes.length) * 500, y: Math.sin((2 * Math.PI * i) / codes.length) * 500 });
  });
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of pos.values()) { minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x); minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y); }
  if (!codes.length) [minX, minY, maxX, maxY] = [0, 0, 1, 1];
  const pad = 24;
  const scale = Math.min((area.w - 2 * pad) / Math.max(1e-9, maxX - minX || 1), (area.h - 2 * pad) / Math.max(1e-9, maxY - minY || 1));
  const cx = area.x + area.w / 2 - ((minX + maxX) / 2) * scale;
  const cy = area.y + area.h / 2 - ((minY + maxY) / 2) * scale;
  const at = (c: string) => { const p = pos.get(c)!; return { x: cx + p.x * scale, y: cy + p.y * scale }; };

  const maxOut = Math.max(1, ...codes.map((c) => graph.outDegree(c)));
  const small = codes.length > 60;
  const radius = (c: string) => (small ? 3 : 8) + (small ? 9 : 18) * Math.sqrt(graph.outDegree(c) / maxOut);
  const colorOf = (goal: string | null) => (goal && (options.goals?.[goal]?.color ?? SDG_COLORS[goal])) || NEUTRAL_COLOR;
  const highlight = new Set(options.highlight ?? []);
  const showLabels = options.labels ?? codes.length <= 400;
  const allUndirected = graph.getAttribute('undirected') === true;

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Arial, Helvetica, sans-serif">`);
  out.push(`<title>${escapeXml(title)}</title>`);
  if (illustrative) out.push(`<desc>${escapeXml(ILLUSTRATIVE_MARK)}</desc>`);
  out.push('<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#6b7484"/></marker>'
    + '<marker id="arrow-neg" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#c0392b"/></marker></defs>');
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="24" y="34" font-size="22" font-weight="bold" fill="#111">${escapeXml(title)}</text>`);
  out.push(`<text x="24" y="52" font-size="12" fill="#555">${graph.order} nodes · ${graph.size} links · ${allUndirected ? 'undirected: each link influences both ways' : 'arrows: source influences target'}</text>`);
  if (illustrative) {
    out.push(`<rect x="24" y="58" width="${Math.min(width - 48, 420)}" height="18" fill="#fde8e8" stroke="#b00020"/>`);
    out.push(`<text x="30" y="71" font-size="12" font-weight="bold" fill="#b00020" data-mark="illustrative">${escapeXml(ILLUSTRATIVE_MARK)}</text>`);
  }

  out.push('<g stroke-linecap="round">');
  graph.forEachEdge((_e, a, s, t) => {
    const p = at(s);
    const q = at(t);
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const len = Math.hypot(dx, dy) || 1;
    const rt = radius(t) + 1;
    const end = { x: q.x - (dx / len) * rt, y: q.y - (dy / len) * rt };
    const neg = a.score < 0;
    const und = allUndirected || a.undirected === true;
    const hl = highlight.has(s) || highlight.has(t);
    out.push(`<line x1="${f(p.x)}" y1="${f(p.y)}" x2="${f(end.x)}" y2="${f(end.y)}" stroke="${neg ? '#c0392b' : '#6b7484'}" stroke-width="${f(Math.max(0.5, Math.min(3, Math.abs(a.score) * (small ? 0.4 : 0.8))))}" stroke-opacity="${hl ? 0.9 : small ? 0.25 : 0.6}"${neg ? ' stroke-dasharray="4 3"' : ''}${und ? '' : ` marker-end="url(#${neg ? 'arrow-neg' : 'arrow'})"`}/>`);
  });
  out.push('</g><g>');
  for (const c of codes) {
    const a = graph.getNodeAttributes(c);
    const p = at(c);
    const r = radius(c);
    out.push(`<circle cx="${f(p.x)}" cy="${f(p.y)}" r="${f(r)}" fill="${escapeXml(colorOf(a.goal))}" stroke="${highlight.has(c) ? '#111' : '#fff'}" stroke-width="${highlight.has(c) ? 2 : 0.8}"><title>${escapeXml(`${c} ${a.title[lang] ?? ''}`.trim())}</title></circle>`);
    if (showLabels) out.push(`<text x="${f(p.x)}" y="${f(p.y + r + (small ? 7 : 12))}" font-size="${small ? 6 : 11}" text-anchor="middle" fill="#222">${escapeXml(c.length > 24 ? `${c.slice(0, 23)}…` : c)}</text>`);
  }
  out.push('</g>');

  // Legend: the goals present, in UN order.
  const goals = [...new Set(codes.map((c) => graph.getNodeAttribute(c, 'goal')).filter((g): g is string => !!g))].sort(compareCodes);
  const others = codes.some((c) => !graph.getNodeAttribute(c, 'goal'));
  const lx = width - legendWidth - 8;
  out.push(`<g font-size="11"><text x="${lx}" y="${header + 4}" font-weight="bold" font-size="12" fill="#111">Goals</text>`);
  let ly = header + 22;
  for (const g of goals) {
    const name = options.goals?.[g]?.name ?? `Goal ${g}`;
    out.push(`<rect x="${lx}" y="${ly - 9}" width="12" height="12" rx="2" fill="${escapeXml(colorOf(g))}"/><text x="${lx + 18}" y="${ly + 1}" fill="#222">${escapeXml(((t) => (t.length > 32 ? `${t.slice(0, 31)}…` : t))(`${g}. ${name}`))}</text>`);
    ly += 17;
  }
  if (others) { out.push(`<rect x="${lx}" y="${ly - 9}" width="12" height="12" rx="2" fill="${NEUTRAL_COLOR}"/><text x="${lx + 18}" y="${ly + 1}" fill="#222">not an SDG code</text>`); ly += 17; }
  ly += 8;
  out.push(`<line x1="${lx}" y1="${ly}" x2="${lx + 26}" y2="${ly}" stroke="#6b7484" stroke-width="1.5" marker-end="url(#arrow)"/><text x="${lx + 32}" y="${ly + 4}" fill="#222">positive influence</text>`);
  ly += 17;
  out.push(`<line x1="${lx}" y1="${ly}" x2="${lx + 26}" y2="${ly}" stroke="#c0392b" stroke-width="1.5" stroke-dasharray="4 3" marker-end="url(#arrow-neg)"/><text x="${lx + 32}" y="${ly + 4}" fill="#222">negative (trade-off)</text>`);
  out.push('</g>');

  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const source = options.dataSource ?? `Data: ${String(graph.getAttribute('name') ?? '')}`;
  out.push(`<text x="24" y="${height - 18}" font-size="11" fill="#444">${escapeXml(`${source}${illustrative ? ` — ${ILLUSTRATIVE_MARK}` : ''}`)}</text>`);
  out.push(`<text x="${width - 24}" y="${height - 18}" font-size="11" fill="#444" text-anchor="end">${day} · SDG interlinkage graph explorer</text>`);
  out.push('</svg>');
  return out.join('\n');
}
