/**
 * The nodes CSV the app exports (code, titles, class, positions, metrics — human headers in any of the
 * three languages) read back. Alone it names no links, so the import says so instead of reading its
 * titles as scores; chosen together with a links CSV it adds titles, positions and the unconnected
 * nodes the links cannot name, so the pair re-imports to the same network.
 */
import { csvRows } from './csv-rows.ts';
import { nullRecord } from './null-record.ts';
import { readFailure, type ImportedNetwork, type ImportedNodeInfo, type ReadResult } from './result.ts';

/** "Title (en)", "Название (ru)", "title_kk": the language of a title column, whatever the export language. */
const titleLang = (h: string) => (/\((en|ru|kk)\)$/.exec(h.trim()) ?? /^title_(en|ru|kk)$/i.exec(h.trim()))?.[1] as 'en' | 'ru' | 'kk' | undefined;

/** A header row of our nodes export: the first column holds codes and at least one column is a title per language. */
export function looksLikeNodesTable(rows: readonly string[][]): boolean {
  const header = rows[0] ?? [];
  return header.length >= 3 && header.filter((h) => titleLang(h)).length >= 1 && !header.some((h) => /^(source|target_title|source_title)$/i.test(h.trim()));
}

/** The apostrophe our CSV export put before formula-like text (OWASP) comes off again. */
const unneutralise = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

/** Codes in file order with their titles and positions. */
function nodesFromTable(rows: readonly string[][]): { nodes: string[]; info: Record<string, ImportedNodeInfo> } {
  const header = rows[0].map((h) => h.trim());
  const titles = header.map(titleLang);
  const xi = header.findIndex((h) => h.toLowerCase() === 'x');
  const yi = header.findIndex((h) => h.toLowerCase() === 'y');
  const nodes: string[] = [];
  const info = nullRecord<ImportedNodeInfo>();
  for (const row of rows.slice(1)) {
    const code = unneutralise(row[0] ?? '').trim();
    if (!code || info[code]) continue;
    nodes.push(code);
    const node: ImportedNodeInfo = {};
    const title: NonNullable<ImportedNodeInfo['title']> = {};
    titles.forEach((lang, i) => { if (lang && row[i]) title[lang] = unneutralise(row[i]); });
    if (Object.keys(title).length) node.title = title;
    const [x, y] = [Number(row[xi]), Number(row[yi])];
    if (xi >= 0 && yi >= 0 && row[xi] !== '' && row[yi] !== '' && Number.isFinite(x) && Number.isFinite(y)) { node.x = x; node.y = y; }
    info[code] = node;
  }
  return { nodes, info };
}

/** The nodes table alone: a clear refusal, not `score "title_en" is not a number`. */
export const nodesTableAlone = (file: string): ReadResult => readFailure(file, 1, null, 'nodesTableAlone', { file });

/** Adds a nodes table to the network read from its links file: unconnected nodes, titles and positions. */
export function withNodesTable(links: ImportedNetwork, nodesFile: string, nodesText: string): ReadResult {
  const parsed = csvRows(nodesFile, nodesText);
  if (!parsed.ok) return parsed;
  if (!looksLikeNodesTable(parsed.rows)) return readFailure(nodesFile, 1, null, 'pairWithoutNodesTable', { file: nodesFile });
  const { nodes, info } = nodesFromTable(parsed.rows);
  const known = new Set(links.nodes);
  const nodeInfo = nullRecord<ImportedNodeInfo>();
  for (const [code, i] of Object.entries(links.nodeInfo ?? {})) nodeInfo[code] = i;
  for (const code of nodes) {
    nodeInfo[code] = { ...nodeInfo[code], ...info[code], title: { ...nodeInfo[code]?.title, ...info[code].title } };
  }
  return {
    ok: true, warnings: [],
    network: { ...links, nodes: [...links.nodes, ...nodes.filter((c) => !known.has(c))], nodeInfo },
  };
}
