/**
 * The English words left in a text shown in Russian or Kazakh: runs of three or more Latin letters,
 * minus what is the same in every language (format and product names, codes, abbreviations).
 * Shared by the message tests and the browser walk (tests/browser/language.test.ts).
 */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'png', 'svg', 'pdf', 'csv', 'tsv', 'xlsx', 'xls', 'gexf', 'graphml', 'json', 'xml', 'html', 'cytoscape', 'gephi', 'yed', 'excel',
  'sdg', 'eri', 'vnr', 'http', 'utf', 'windows', 'pagerank', 'webgl', 'canvas', 'url', 'esc', 'enter', 'tab', 'shift', 'ctrl', 'alt',
  'pageup', 'pagedown', 'home', 'end', 'explorer', 'data', 'nodes', 'edges', 'code', 'elements', 'source', 'target', 'score',
  'bom', 'ltr', 'mit', 'undp', 'kazstat', 'open', 'cyjs', 'renderer', 'lang', 'node', 'edge', 'graph', 'graphs', 'links', 'id',
]);

export function englishWords(text: string): string[] {
  return [...text.matchAll(/[A-Za-z]{3,}/g)].map((m) => m[0]).filter((w) => !SAME_IN_EVERY_LANGUAGE.has(w.toLowerCase()));
}
