/** A .json file is Cytoscape JSON when it has `elements`, else the app's own dataset JSON. */
import { looksLikeCyjs, parseJson, readCyjsValue } from '../cyjs.ts';
import { readDatasetValue } from '../dataset-json.ts';
import type { ReadResult } from '../result.ts';
import type { FormatDescriptor } from './types.ts';

function readJson(file: string, text: string): ReadResult {
  const parsed = parseJson(file, text);
  if (!parsed.ok) return parsed;
  return looksLikeCyjs(parsed.value) ? readCyjsValue(file, parsed.value) : readDatasetValue(file, parsed.value);
}

export const jsonFormat: FormatDescriptor = {
  id: 'json', name: "the app's dataset JSON or Cytoscape JSON", extensions: ['json'], mime: 'application/json', labelKey: 'io.format.dataset-json',
  produces: ['dataset-json'], readText: readJson, sniffText: (head) => /^[{[]/.test(head),
};
