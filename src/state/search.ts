/**
 * Typo-tolerant search over codes and titles in all three languages. The index is built on first use
 * (MiniSearch is loaded then too, keeping it out of the first frame) and kept per graph.
 */
import type MiniSearch from 'minisearch';
import type { InterlinkageGraph } from '../core/graph/types.ts';

export interface SearchHit { code: string; score: number }

interface Doc { id: string; code: string; en: string; ru: string; kk: string }

const indexes = new WeakMap<InterlinkageGraph, Promise<MiniSearch<Doc>>>();

async function buildIndex(graph: InterlinkageGraph): Promise<MiniSearch<Doc>> {
  const { default: MiniSearchCtor } = await import('minisearch');
  const index = new MiniSearchCtor<Doc>({
    fields: ['code', 'en', 'ru', 'kk'],
    // Codes are "16.6.1": keep the dots so "16.6" finds the target's indicators by prefix.
    tokenize: (text, field) => (field === 'code' ? [text] : text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)),
    searchOptions: { prefix: true, fuzzy: (term) => (term.length > 3 ? 0.25 : 0), boost: { code: 3 } },
  });
  const docs: Doc[] = [];
  graph.forEachNode((code, a) => docs.push({ id: code, code, en: a.title.en, ru: a.title.ru, kk: a.title.kk }));
  index.addAll(docs);
  return index;
}

export async function searchNodes(graph: InterlinkageGraph, query: string, limit = 12): Promise<SearchHit[]> {
  const q = query.trim();
  if (!q) return [];
  let index = indexes.get(graph);
  if (!index) indexes.set(graph, (index = buildIndex(graph)));
  const ix = await index;
  // An exact code always comes first, whatever the word scores say.
  const hits = ix.search(q).map((r) => ({ code: r.id as string, score: r.score }));
  if (graph.hasNode(q)) return [{ code: q, score: Infinity }, ...hits.filter((h) => h.code !== q)].slice(0, limit);
  return hits.slice(0, limit);
}
