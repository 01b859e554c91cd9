/** Export the graph on screen (or the highlighted part) in any format: state → { fileName, blob }. */
import type { AppState } from '../store.ts';
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import { inducedSubgraph } from '../../core/analysis/induced.ts';
import {
  exportFileName, graphToSvg, linksCsv, nodesCsv, toCytoscapeJson, toDatasetJson, toGexf, toGraphml, toXlsx, type ExportOptions, type Positions,
} from '../../core/io/export/index.ts';

export type ExportKind = 'svg' | 'graphml' | 'gexf' | 'cyjs' | 'json' | 'nodes-csv' | 'links-csv' | 'xlsx';

/** i18next keys of the menu labels (src/ui/locales/*.json, `io.kind.*`): the UI translates them. */
export const EXPORT_LABEL_KEYS: Record<ExportKind, string> = {
  svg: 'io.kind.svg', graphml: 'io.kind.graphml', gexf: 'io.kind.gexf', cyjs: 'io.kind.cyjs', json: 'io.kind.json',
  'nodes-csv': 'io.kind.nodesCsv', 'links-csv': 'io.kind.linksCsv', xlsx: 'io.kind.xlsx',
};

const EXT: Record<ExportKind, string> = { svg: 'svg', graphml: 'graphml', gexf: 'gexf', cyjs: 'cyjs', json: 'json', 'nodes-csv': 'nodes.csv', 'links-csv': 'links.csv', xlsx: 'xlsx' };
const MIME: Record<ExportKind, string> = {
  svg: 'image/svg+xml', graphml: 'application/xml', gexf: 'application/xml', cyjs: 'application/json', json: 'application/json',
  'nodes-csv': 'text/csv', 'links-csv': 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ExportScope {
  graph: InterlinkageGraph;
  positions: Positions | null;
  /** selected codes when exporting a selection, null for everything */
  selection: string[] | null;
}

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

export function svgOf(s: AppState, scope: ExportScope): string {
  const goals = Object.fromEntries((s.catalogue?.goals ?? []).map((g) => [g.code, { color: g.color, name: g.short[s.lang] ?? g.short.en }]));
  const entry = s.datasets.find((d) => d.id === s.datasetId);
  return graphToSvg(scope.graph, scope.positions, {
    title: `${entry?.name ?? scope.graph.getAttribute('name')}${scope.selection ? ` — around ${scope.selection.join(', ')}` : ''}`,
    lang: s.lang, goals, highlight: scope.selection ?? [],
    dataSource: `Data: ${entry?.name ?? scope.graph.getAttribute('name')}${entry?.provenance ? ` (${entry.provenance})` : ''}`.slice(0, 160),
  });
}

export async function makeExport(s: AppState, scope: ExportScope, kind: ExportKind): Promise<{ fileName: string; blob: Blob }> {
  const options: ExportOptions = {
    lang: s.lang, positions: scope.positions,
    metrics: scope.selection ? undefined : s.metrics ?? undefined,
    goalColors: Object.fromEntries((s.catalogue?.goals ?? []).map((g) => [g.code, g.color])),
    marks: s.marks,
  };
  const g = scope.graph;
  let body: string | Uint8Array;
  switch (kind) {
    case 'svg': body = svgOf(s, scope); break;
    case 'graphml': body = toGraphml(g, options); break;
    case 'gexf': body = toGexf(g, options); break;
    case 'cyjs': body = toCytoscapeJson(g, options); break;
    case 'json': body = toDatasetJson(g, options); break;
    case 'nodes-csv': body = nodesCsv(g, options); break;
    case 'links-csv': body = linksCsv(g); break;
    case 'xlsx': body = await toXlsx(g, options); break;
  }
  const fileName = exportFileName(s.datasetId ?? 'graph', scope.selection, EXT[kind]);
  return { fileName, blob: new Blob([body as BlobPart], { type: MIME[kind] }) };
}
