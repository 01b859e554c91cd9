/** What the import preview asks of a network read from a file, before it is loaded. */
import { indexCatalogue } from '../../core/graph/build.ts';
import type { ImportedNetwork } from '../../core/io/result.ts';
import type { Catalogue, Lang } from '../../core/model/types.ts';
import { minMax } from '../../core/model/min-max.ts';

/** The lowest and highest score of the file's links (null without links), in one pass. */
export const scoreRange = (network: ImportedNetwork) => minMax(network.links.map((l) => l.score));

/** Codes in the file that the catalogue does not know (not an indicator, target or goal). */
export function unknownCodes(network: ImportedNetwork, catalogue: Catalogue | null): string[] {
  if (!catalogue) return [];
  const idx = indexCatalogue(catalogue);
  return network.nodes.filter((c) => !idx.indicators.has(c) && !idx.goals.has(c) && !idx.targets.has(c));
}

/** A node's title for the preview: the file's own, else the catalogue's, in the language if there is one. */
export function previewTitle(network: ImportedNetwork, catalogue: Catalogue | null, code: string, lang: Lang): string {
  const idx = catalogue ? indexCatalogue(catalogue) : null;
  const info = network.nodeInfo && Object.hasOwn(network.nodeInfo, code) ? network.nodeInfo[code] : undefined;
  const own = info?.title;
  const ind = idx?.indicators.get(code)?.title;
  const goal = idx?.goals.get(code)?.short;
  return own?.[lang] || own?.en || ind?.[lang] || ind?.en || goal?.[lang] || goal?.en || '';
}
