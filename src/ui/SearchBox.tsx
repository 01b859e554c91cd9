import { useEffect, useState } from 'react';
import { useAppState } from '../state/store-context.tsx';
import { nodeTitle, searchNodes, type SearchHit } from '../state/selectors.ts';
import { useT } from './i18n.ts';

/** Code or words in English, Russian or Kazakh, typo-tolerant; Enter selects the first hit. */
export function SearchBox() {
  const graph = useAppState((s) => s.graph);
  const lang = useAppState((s) => s.lang);
  const selectNode = useAppState((s) => s.selectNode);
  const [query, setQuery] = useState('');
  const t = useT();
  const [hits, setHits] = useState<SearchHit[]>([]);

  useEffect(() => {
    if (!graph) return;
    let live = true;
    void searchNodes(graph, query).then((h) => live && setHits(h));
    return () => { live = false; };
  }, [graph, query]);

  const pick = (code: string, additive: boolean) => {
    selectNode(code, additive);
  };

  return (
    <div className="search">
      <input
        type="search"
        placeholder={t('search.placeholder')}
        title={t('search.placeholder')}
        aria-label={t('search.label')}
        data-testid="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && hits[0]) pick(hits[0].code, e.shiftKey);
          if (e.key === 'Escape') setQuery('');
        }}
      />
      {query && graph && (
        <ul className="search-hits" data-testid="search-hits">
          {hits.length === 0 && <li className="muted">{t('search.noMatch')}</li>}
          {hits.map((h) => (
            <li key={h.code}>
              <button type="button" className="link" onClick={(e) => pick(h.code, e.shiftKey)}>
                <strong>{h.code}</strong> {nodeTitle(graph, h.code, lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
