import { useEffect, useId, useState } from 'react';
import { useAppState } from '../state/store-context.tsx';
import { nodeTitle, searchNodes, type SearchHit } from '../state/selectors.ts';
import { useT } from './i18n.ts';

/**
 * Code or words in English, Russian or Kazakh: a combobox over a real listbox. ↑/↓ move the active hit
 * (aria-activedescendant, focus stays in the field so typing goes on), Enter selects it, Esc closes;
 * the list closes after a choice so the canvas is not covered.
 */
export function SearchBox() {
  const graph = useAppState((s) => s.graph);
  const lang = useAppState((s) => s.lang);
  const selectNode = useAppState((s) => s.selectNode);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const t = useT();
  // Hits are kept with the query they answer: Enter typed before a new answer arrives must not pick a stale hit.
  const [result, setResult] = useState<{ query: string; hits: SearchHit[] }>({ query: '', hits: [] });
  const listId = useId();

  useEffect(() => {
    if (!graph) return;
    let live = true;
    void searchNodes(graph, query, lang).then((h) => {
      if (!live) return;
      setResult({ query, hits: h });
      setActive(0);
    });
    return () => { live = false; };
  }, [graph, query, lang]);

  // Keep the active hit in view as ↑/↓ walk past the list's edge.
  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [listId, active]);

  const pick = (code: string, additive: boolean) => {
    selectNode(code, additive);
    setOpen(false);
  };
  const hits = result.hits;
  const current = result.query === query;
  const shown = open && query.trim() !== '' && graph !== null;
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && hits[active] ? optionId(active) : undefined}
        placeholder={t('search.placeholder')}
        title={t('search.placeholder')}
        aria-label={t('search.label')}
        data-testid="search"
        value={query}
        onChange={(e) => { setQuery(e.target.value); setOpen(true); }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
            if (hits.length) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
          } else if (e.key === 'Enter' && shown && current && hits[active]) {
            e.preventDefault();
            pick(hits[active].code, e.shiftKey);
          } else if (e.key === 'Escape') {
            if (shown) setOpen(false);
            else setQuery('');
          }
        }}
      />
      {shown && (
        <ul className="search-hits" data-testid="search-hits" role="listbox" id={listId} aria-label={t('search.results')}>
          {hits.length === 0 && <li className="muted" role="presentation">{t('search.noMatch')}</li>}
          {hits.map((h, i) => (
            <li
              key={h.code}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              data-code={h.code}
              title={nodeTitle(graph, h.code, lang)}
              // mousedown would blur the field first; picking on click keeps one code path for mouse and keys.
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={(e) => pick(h.code, e.shiftKey)}
            >
              <strong>{h.code}</strong> {nodeTitle(graph, h.code, lang)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
