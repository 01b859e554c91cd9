/**
 * Data labels in a language, from the data's own translations (built into data/*.json by
 * scripts/build-data.ts): dataset names and descriptions, units (kazstat UNIT_MEASURE) and indicator
 * categories (kazstat customisation). Each falls back to the English the file always carries, and a
 * raw token ("minor-alterations") is never returned as a label.
 */
import type { Catalogue, Customisation, DatasetEntry, Lang, TimeSeries } from './types.ts';

export const datasetName = (entry: Pick<DatasetEntry, 'name' | 'names'>, lang: Lang): string => entry.names?.[lang] || entry.name;

/** @internal also used by its unit test */
export const datasetDescription = (entry: Pick<DatasetEntry, 'description' | 'descriptions'>, lang: Lang): string =>
  entry.descriptions?.[lang] || entry.description;

/** Where the real data would come from (illustrative sets), in the language. */
export const realDataNoteOf = (entry: Pick<DatasetEntry, 'realDataNote' | 'realDataNotes'>, lang: Lang): string =>
  entry.realDataNotes?.[lang] || entry.realDataNote || '';

/** The unit of a series in the language; the code ("PT") only when no translation names it. */
export const unitLabelOf = (series: TimeSeries, lang: Lang): string => series.unitLabels?.[lang] || series.unitLabel || series.unit || '';

/** The category's label in the language, or null when the catalogue carries no label for it. */
export function categoryLabel(catalogue: Pick<Catalogue, 'categories'> | null, token: Customisation, lang: Lang): string | null {
  const labels = catalogue?.categories;
  return labels && Object.hasOwn(labels, token) ? labels[token][lang] || labels[token].en : null;
}
