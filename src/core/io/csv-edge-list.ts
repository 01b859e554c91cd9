/**
 * CSV edge list: `source,target[,score][,note]`, one link per row. A header is optional; when present,
 * columns are found by loose name match (case, spaces and punctuation ignored: "From", "influencer",
 * "Weight", "Comment"…), so their order is free. Score defaults to 1. A repeated (source, target) row
 * keeps the first and warns; score 0 means "no link" and self-links are not influence — both skipped
 * with a warning. Rules are shared with XLSX edge lists (tables.ts).
 */
import { csvRows, DELIMITER_NAMES } from './csv-rows.ts';
import { edgeListFromRows } from './tables.ts';
import type { ImportDetails, ReadResult, ReadWarning } from './result.ts';

export function readCsvEdgeList(file: string, text: string, details: ImportDetails = {}, warnings: ReadWarning[] = []): ReadResult {
  const parsed = csvRows(file, text);
  if (!parsed.ok) return parsed;
  return edgeListFromRows(file, parsed.rows, { format: 'csv-edge-list', details: { ...details, delimiter: DELIMITER_NAMES[parsed.delimiter] ?? parsed.delimiter }, warnings });
}
