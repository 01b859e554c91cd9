/**
 * What every export shares: the rows of nodes (code, titles, every metric of computeAllMetrics) and
 * links, the ILLUSTRATIVE rule, and file names that say what they hold.
 */
import type { InterlinkageGraph } from '../../graph/types.ts';
import type { Catalogue, Lang } from '../../model/types.ts';
import { computeAllMetrics, METRIC_NAMES, type NodeMetrics } from '../../metrics/index.ts';
import { classifyNodes, type NodeClass } from '../../analysis/classify.ts';
import { ILLUSTRATIVE_MARK } from '../mark.ts';
import type { Translate } from './words.ts';

/** @internal also used by its unit test */
export { ILLUSTRATIVE_MARK };
export type { Translate };
export type Positions = Record<string, { x: number; y: number }>;

export interface ExportOptions {
  /** language of the `title` column/label; every language is exported as title_en/_ru/_kk as well */
  lang?: Lang;
  positions?: Positions | null;
  /** precomputed rows of computeAllMetrics; computed when absent */
  metrics?: NodeMetrics[];
  /** goal code → colour (from the catalogue); SDG colours by default */
  goalColors?: Record<string, string>;
  /** session marks (code → priority/discussed + note); adds `mark` and `markNote` to node exports when any node is marked */
  marks?: Readonly<Record<string, ExportMark>> | null;
  /** the class of each node as on screen; classifyNodes with default thresholds when absent */
  classes?: Readonly<Record<string, NodeClass>> | null;
  /** the words inside the file, in the export's language (words.ts); English when absent */
  t?: Translate;
  /** the dataset's provenance line (About sheet, GEXF description) */
  provenance?: string;
  /** the indicator catalogue with its national series: links whose codes are in it get the `national_*` columns */
  catalogue?: Catalogue | null;
}

/** A presenter's mark on an indicator, as exported (see state/present.ts). @internal exported for its unit test */
export interface ExportMark { kind: 'priority' | 'discussed'; note: string }

/** The official SDG goal colours, "1".."17". */
export const SDG_COLORS: Record<string, string> = {
  1: '#E5243B', 2: '#DDA63A', 3: '#4C9F38', 4: '#C5192D', 5: '#FF3A21', 6: '#26BDE2', 7: '#FCC30B', 8: '#A21942', 9: '#FD6925',
  10: '#DD1367', 11: '#FD9D24', 12: '#BF8B2E', 13: '#3F7E44', 14: '#0A97D9', 15: '#56C02B', 16: '#00689D', 17: '#19486A',
};
export const NEUTRAL_COLOR = '#9aa3ad';

/** Generated links must never pass for real ones: true when the graph or any link says so. */
export function isIllustrativeGraph(graph: InterlinkageGraph): boolean {
  return graph.getAttribute('illustrative') === true || graph.someEdge((_e, a) => a.evidence === 'illustrative');
}

/** A layer of statistical co-movement (the national series): exports must say it is not causal. */
export function isComovementGraph(graph: InterlinkageGraph): boolean {
  return graph.someEdge((_e, a) => a.evidence === 'co-movement');
}

/** The line every row and file of this graph carries, or null: the mark for generated links, "not causal" for co-movement. */
export function noticeOf(graph: InterlinkageGraph, t: Translate): string | null {
  if (isIllustrativeGraph(graph)) return t('export.mark');
  return isComovementGraph(graph) ? t('export.comoveNotice') : null;
}

function metricsOf(graph: InterlinkageGraph, options: ExportOptions): NodeMetrics[] {
  return options.metrics ?? computeAllMetrics(graph);
}

const NODE_COLUMNS = ['code', 'title', 'title_en', 'title_ru', 'title_kk', 'goal', 'target', 'class', 'kind', 'unknown', 'x', 'y', ...METRIC_NAMES, 'community'] as const;
const MARK_COLUMNS = ['mark', 'markNote'] as const;
export const LINK_COLUMNS = ['source', 'target', 'score', 'evidence', 'undirected', 'note'] as const;

export type Cell = string | number | boolean | null;

const finite = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? null : v);

/** True when at least one node of the graph carries a mark: node exports then get `mark` and `markNote`. */
export function hasMarks(graph: InterlinkageGraph, options: ExportOptions): boolean {
  const marks = options.marks;
  return !!marks && Object.keys(marks).some((code) => graph.hasNode(code));
}

/** NODE_COLUMNS, plus `mark` and `markNote` when any node of the graph is marked. */
export function nodeColumns(graph: InterlinkageGraph, options: ExportOptions): readonly string[] {
  return hasMarks(graph, options) ? [...NODE_COLUMNS, ...MARK_COLUMNS] : NODE_COLUMNS;
}

export type NodeRecord = Record<(typeof NODE_COLUMNS)[number], Cell> & Partial<Record<(typeof MARK_COLUMNS)[number], string>>;

export function nodeRecords(graph: InterlinkageGraph, options: ExportOptions): NodeRecord[] {
  const marked = hasMarks(graph, options);
  const lang = options.lang ?? 'en';
  const byCode = new Map(metricsOf(graph, options).map((m) => [m.code, m]));
  const classes = options.classes && Object.keys(options.classes).length ? options.classes : classifyNodes(graph);
  return graph.mapNodes((code, a) => {
    const m = byCode.get(code);
    const p = options.positions?.[code];
    const rec = {
      code, title: a.title[lang] ?? code, title_en: a.title.en, title_ru: a.title.ru, title_kk: a.title.kk,
      goal: a.goal, target: a.target, class: classes[code] ?? null, kind: a.kind, unknown: a.unknown === true, x: finite(p?.x), y: finite(p?.y),
      community: m?.community ?? null,
    } as Record<(typeof NODE_COLUMNS)[number], Cell>;
    for (const name of METRIC_NAMES) rec[name] = m ? finite(m[name]) : null;
    if (!marked) return rec;
    const mark = options.marks?.[code];
    return { ...rec, mark: mark?.kind ?? '', markNote: mark?.note ?? '' };
  });
}

export function linkRecords(graph: InterlinkageGraph): Record<(typeof LINK_COLUMNS)[number], Cell>[] {
  const all = graph.getAttribute('undirected') === true;
  return graph.mapEdges((_e, a, source, target) => ({
    source, target, score: a.score, evidence: a.evidence, undirected: all || a.undirected === true, note: a.note ?? '',
  }));
}

const slug = (s: string) => s.normalize('NFKD').replace(/[^A-Za-z0-9.]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'graph';

/** YYYY-MM-DD in local time: the date printed on pictures and in file names. */
export const isoDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * `<dataset>_[goal-level_]<selection or all>_<YYYY-MM-DD>.<ext>`: "kz-illustrative_16.6.1-4.1.1_2025-05-01.graphml".
 * ASCII only (letters are folded: "Сессия" → "graph"), so any file system and e-mail gateway keeps it.
 */
export function exportFileName(dataset: string, selection: readonly string[] | null | undefined, ext: string, date = new Date(), level?: string): string {
  const sel = !selection?.length ? 'all' : selection.length <= 3 ? selection.join('-') : `${selection[0]}-and-${selection.length - 1}-more`;
  const lvl = level === 'goal' ? 'goal-level_' : '';
  return `${slug(dataset)}_${lvl}${slug(sel)}_${isoDay(date)}.${ext.replace(/^\./, '')}`;
}

// XML 1.0 forbids these control characters even escaped; stripping them is the point of the class.
export const escapeXml = (s: string) =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
