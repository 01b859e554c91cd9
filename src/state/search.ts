/**
 * Search over codes and titles in all three languages. Codes come first (exact, then by prefix at a dot,
 * shallow before deep: "16.6" → 16.6.1, 16.6.2, then 16.6.x.y), then words in the current language,
 * then words in the other two. The word index is built on first use (MiniSearch is loaded then too,
 * keeping it out of the first frame) and kept per graph.
 */
import type MiniSearch from 'minisearch';
import type { InterlinkageGraph } from '../core/graph/types.ts';
import { LANGS, type Lang } from '../core/model/types.ts';
import { compareCodes } from '../core/graph/compare-codes.ts';

export interface SearchHit { code: string; score: number }

interface Doc { id: string; en: string; ru: string; kk: string }

const indexes = new WeakMap<InterlinkageGraph, Promise<MiniSearch<Doc>>>();

/**
 * Below this a word match is noise: a single fuzzy hit on a short common word. Every query word must
 * match too (AND), so "Wasser" — no word within one edit of it — finds nothing.
 */
const MIN_WORD_SCORE = 2;

async function buildIndex(graph: InterlinkageGraph): Promise<MiniSearch<Doc>> {
  const { default: MiniSearchCtor } = await import('minisearch');
  const index = new MiniSearchCtor<Doc>({
    fields: ['en', 'ru', 'kk'],
    tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
    // One typo in words of four letters or more; shorter words must match exactly or as a prefix.
    searchOptions: { prefix: (term) => term.length > 2, fuzzy: (term) => (term.length > 3 ? 1 : 0), combineWith: 'AND' },
  });
  const docs: Doc[] = [];
  graph.forEachNode((code, a) => docs.push({ id: code, en: a.title.en, ru: a.title.ru, kk: a.title.kk }));
  index.addAll(docs);
  return index;
}

const segments = (code: string) => code.split('.');
/** "16.6.2" before "16.6.10": numeric parts compare as numbers. */
const byCode = compareCodes;

/** Codes that equal the query or extend it at a dot; depth first by number of parts, then in code order.
 * @internal also used by its unit test */
export function codeMatches(graph: InterlinkageGraph, query: string): string[] {
  const q = query.trim().toLowerCase();
  if (!q || !/[\p{N}]/u.test(q) || /\s/.test(q)) return [];
  const stem = q.endsWith('.') ? q : `${q}.`;
  const exact: string[] = [];
  const atDot: string[] = [];
  const loose: string[] = [];
  graph.forEachNode((code) => {
    const c = code.toLowerCase();
    if (c === q) exact.push(code);
    else if (c.startsWith(stem)) atDot.push(code);
    else if (c.startsWith(q)) loose.push(code);
  });
  const order = (a: string, b: string) => segments(a).length - segments(b).length || byCode(a, b);
  return [...exact, ...atDot.sort(order), ...loose.sort(order)];
}

export async function searchNodes(graph: InterlinkageGraph, query: string, lang: Lang = 'en', limit = 12): Promise<SearchHit[]> {
  const q = query.trim();
  if (!q) return [];
  const codes = codeMatches(graph, q);
  const hits: SearchHit[] = codes.map((code, i) => ({ code, score: 1e6 - i }));
  // A query made only of digits and dots is a code: word matches on "2" and "3" would be noise.
  if (hits.length >= limit || /^[\d.]+$/.test(q)) return hits.slice(0, limit);
  let index = indexes.get(graph);
  if (!index) indexes.set(graph, (index = buildIndex(graph)));
  const ix = await index;
  const seen = new Set(codes);
  // The current language first: its matches are what the user is reading; then the other two.
  for (const field of [lang, ...LANGS.filter((l) => l !== lang)]) {
    for (const r of ix.search(q, { fields: [field] })) {
      const code = r.id as string;
      if (r.score < MIN_WORD_SCORE || seen.has(code)) continue;
      seen.add(code);
      hits.push({ code, score: r.score });
    }
  }
  return hits.slice(0, limit);
}
