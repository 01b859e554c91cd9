/**
 * The app's own dataset JSON (a LinkDataset, as in data/*-links.json), through the bundled-data parser
 * so the rules are the same; its DataFormatError becomes a ReadResult naming the offending field.
 */
import { DataFormatError, parseLinkDataset } from './bundled.ts';
import { readFailure, type ReadResult } from './result.ts';

export function readDatasetJson(file: string, text: string): ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const row = pos ? text.slice(0, Number(pos[1])).split('\n').length : null;
    return readFailure(file, row, null, `invalid JSON: ${msg}`);
  }
  try {
    const dataset = parseLinkDataset(raw, file);
    const links = dataset.links.filter((l) => l.score !== 0 && l.source !== l.target);
    const nodes = [...new Set(dataset.links.flatMap((l) => [l.source, l.target]))];
    return {
      ok: true,
      network: {
        format: 'dataset-json', name: dataset.name, level: dataset.level, nodes, links, undirected: false,
        dataset: { id: dataset.id, name: dataset.name, illustrative: dataset.illustrative, description: dataset.description },
      },
      warnings: dataset.links.length !== links.length ? [{ file, row: null, column: null, message: `${dataset.links.length - links.length} zero-score or self links skipped` }] : [],
    };
  } catch (e) {
    if (e instanceof DataFormatError) return readFailure(file, null, null, `${e.where}: ${e.message.split(': ').slice(2).join(': ')}`);
    throw e;
  }
}
