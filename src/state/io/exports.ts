/** Export the graph on screen (or the highlighted part) in any format: state → { fileName, blob }. */
import type { AppState } from '../store.ts';
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import type { Lang } from '../../core/model/types.ts';
import { inducedSubgraph } from '../../core/analysis/induced.ts';
import {
  englishExportWords, exportFileName, graphToSvg, isIllustrativeGraph, type ExportOptions, type LabelPlanner, type Positions, type SvgOptions, type Translate,
} from '../../core/io/export/index.ts';
import { exportOf, EXPORTS } from '../../core/io/export/kinds/index.ts';
import { planLabels } from '../label-lod.ts';
import { nodeSizesOf } from '../network.ts';

// The export kinds as the export menu lists them: here rather than in state/registries.ts, so they load
// with the menu's panel (ui/io/ExportPanel.tsx) and not before the first draw.
export { EXPORTS, exportOf };

/** An export kind: the id of a descriptor in core/io/export/kinds (the menu, labels and file names come from there). */
export type ExportKind = (typeof EXPORTS)[number]['id'];

export interface ExportScope {
  graph: InterlinkageGraph;
  positions: Positions | null;
  /** selected codes when exporting a selection, null for everything */
  selection: string[] | null;
  /** the camera's extent in layout coordinates (pictures of the current view are cropped to it) */
  extent?: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** The language of the words inside the file (chosen in the export menu) and its translate function. */
export interface ExportWords { lang: Lang; t: Translate }

/** What a picture shows: the current view (highlight, marks, labels, camera) or the whole network as it is. */
export type PictureScope = 'view' | 'whole';

const levelOf = (s: Pick<AppState, 'graph'>) => String(s.graph?.getAttribute('level') ?? '');

/** The file name for an export of what is on screen ("kz-…_goal-level_16.6.1_2026-12-01.png"). */
export const exportFileNameOf = (s: Pick<AppState, 'datasetId' | 'graph'>, selection: string[] | null | undefined, ext: string, fallback = 'graph'): string =>
  exportFileName(s.datasetId ?? fallback, selection ?? null, ext, new Date(), levelOf(s));

/** Whether exports of this graph carry the ILLUSTRATIVE mark. */
export const exportsAreMarked = (graph: InterlinkageGraph): boolean => isIllustrativeGraph(graph);

/** The whole graph, or the selection with its highlighted neighbourhood. */
export function exportScope(s: AppState, onlySelection: boolean, livePositions?: Positions | null, extent?: ExportScope['extent']): ExportScope | null {
  if (!s.graph) return null;
  const positions = livePositions ?? s.positions ?? null;
  const selection = s.view?.select?.filter((c) => s.graph!.hasNode(c)) ?? [];
  if (!onlySelection || !selection.length) return { graph: s.graph, positions, selection: null, extent };
  const keep = s.highlight ? Object.keys(s.highlight.distance) : selection;
  const sub = inducedSubgraph(s.graph, keep);
  return { graph: sub, positions, selection };
}

// The picture labels what the canvas would: the same greedy planner, without the short tier.
const planner: LabelPlanner = (nodes, fontPx, viewport) => planLabels(nodes, fontPx, viewport);

function svgOptions(s: AppState, scope: ExportScope, words: ExportWords = { lang: s.lang, t: englishExportWords }, picture: PictureScope = 'view'): SvgOptions {
  const { lang, t } = words;
  const goals = Object.fromEntries((s.catalogue?.goals ?? []).map((g) => [g.code, { color: g.color, name: g.short[lang] ?? g.short.en }]));
  const entry = s.datasets.find((d) => d.id === s.datasetId);
  const name = String(entry?.name ?? scope.graph.getAttribute('name') ?? '');
  const selected = s.view?.select?.filter((c) => scope.graph.hasNode(c)) ?? [];
  const whole = picture === 'whole';
  return {
    title: `${name}${!whole && selected.length ? ` — ${t('export.around', { codes: selected.join(', ') })}` : ''}`,
    lang, goals, highlight: whole ? [] : selected, t, labelPlanner: planner,
    dataSource: t('export.source', { name: `${name}${entry?.provenance ? ` (${entry.provenance})` : ''}` }),
    // Sizes and colours as the canvas draws them, in both scopes: they are how the nodes look, not the view.
    view: whole ? { classes: s.classes, sizes: nodeSizesOf(s), fileColours: s.fileStyle.colours } : {
      distance: s.highlight?.distance ?? null, links: s.highlight?.links, selected, marks: s.marks, classes: s.classes,
      extent: scope.selection ? null : scope.extent ?? null, sizes: nodeSizesOf(s), fileColours: s.fileStyle.colours,
    },
  };
}

export function svgOf(s: AppState, scope: ExportScope, words?: ExportWords, picture: PictureScope = 'view'): string {
  return graphToSvg(scope.graph, scope.positions, svgOptions(s, scope, words, picture));
}

export async function makeExport(s: AppState, scope: ExportScope, kind: ExportKind, words?: ExportWords, picture: PictureScope = 'view'): Promise<{ fileName: string; blob: Blob }> {
  const entry = s.datasets.find((d) => d.id === s.datasetId);
  const options: ExportOptions = {
    lang: words?.lang ?? s.lang, positions: scope.positions, t: words?.t,
    metrics: scope.selection ? undefined : s.metrics ?? undefined,
    goalColors: Object.fromEntries((s.catalogue?.goals ?? []).map((g) => [g.code, g.color])),
    marks: s.marks, classes: s.classes, provenance: entry?.provenance, catalogue: s.catalogue,
  };
  const kind_ = exportOf(kind);
  if (!kind_) throw new Error(`unknown export kind ${kind}`);
  const body = await kind_.write({ graph: scope.graph, options, svg: svgOptions(s, scope, words, picture) });
  const fileName = exportFileNameOf(s, scope.selection, kind_.extension);
  return { fileName, blob: new Blob([body as BlobPart], { type: kind_.mime }) };
}
