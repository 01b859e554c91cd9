/** Export the graph on screen (or the highlighted part) in any format: state → { fileName, blob }. */
import type { AppState } from '../store.ts';
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import { inducedSubgraph } from '../../core/analysis/induced.ts';
import { exportFileName, graphToSvg, isIllustrativeGraph, type ExportOptions, type Positions, type SvgOptions } from '../../core/io/export/index.ts';
import { exportOf, EXPORTS } from '../../core/io/export/kinds/index.ts';

/** An export kind: the id of a descriptor in core/io/export/kinds (the menu, labels and file names come from there). */
export type ExportKind = (typeof EXPORTS)[number]['id'];

export interface ExportScope {
  graph: InterlinkageGraph;
  positions: Positions | null;
  /** selected codes when exporting a selection, null for everything */
  selection: string[] | null;
}

/** The file name for an export of what is on screen ("kz-…_16.6.1_2026-12-01.png"). */
export const exportFileNameOf = (s: Pick<AppState, 'datasetId'>, selection: string[] | null | undefined, ext: string, fallback = 'graph'): string =>
  exportFileName(s.datasetId ?? fallback, selection ?? null, ext);

/** Whether exports of this graph carry the ILLUSTRATIVE mark. */
export const exportsAreMarked = (graph: InterlinkageGraph): boolean => isIllustrativeGraph(graph);

/** The whole graph, or the selection with its highlighted neighbourhood. */
export function exportScope(s: AppState, onlySelection: boolean, livePositions?: Positions | null): ExportScope | null {
  if (!s.graph) return null;
  const positions = livePositions ?? s.positions ?? null;
  const selection = s.view?.select?.filter((c) => s.graph!.hasNode(c)) ?? [];
  if (!onlySelection || !selection.length) return { graph: s.graph, positions, selection: null };
  const keep = s.highlight ? Object.keys(s.highlight.distance) : selection;
  const sub = inducedSubgraph(s.graph, keep);
  return { graph: sub, positions, selection };
}

function svgOptions(s: AppState, scope: ExportScope): SvgOptions {
  const goals = Object.fromEntries((s.catalogue?.goals ?? []).map((g) => [g.code, { color: g.color, name: g.short[s.lang] ?? g.short.en }]));
  const entry = s.datasets.find((d) => d.id === s.datasetId);
  return {
    title: `${entry?.name ?? scope.graph.getAttribute('name')}${scope.selection ? ` — around ${scope.selection.join(', ')}` : ''}`,
    lang: s.lang, goals, highlight: scope.selection ?? [],
    dataSource: `Data: ${entry?.name ?? scope.graph.getAttribute('name')}${entry?.provenance ? ` (${entry.provenance})` : ''}`.slice(0, 160),
  };
}

export function svgOf(s: AppState, scope: ExportScope): string {
  return graphToSvg(scope.graph, scope.positions, svgOptions(s, scope));
}

export async function makeExport(s: AppState, scope: ExportScope, kind: ExportKind): Promise<{ fileName: string; blob: Blob }> {
  const options: ExportOptions = {
    lang: s.lang, positions: scope.positions,
    metrics: scope.selection ? undefined : s.metrics ?? undefined,
    goalColors: Object.fromEntries((s.catalogue?.goals ?? []).map((g) => [g.code, g.color])),
    marks: s.marks,
  };
  const kind_ = exportOf(kind);
  if (!kind_) throw new Error(`unknown export kind ${kind}`);
  const body = await kind_.write({ graph: scope.graph, options, svg: svgOptions(s, scope) });
  const fileName = exportFileName(s.datasetId ?? 'graph', scope.selection, kind_.extension);
  return { fileName, blob: new Blob([body as BlobPart], { type: kind_.mime }) };
}
