import { useState } from 'react';
import { useAppState } from '../../state/store-context.tsx';
import { MAX_ROUTE_LINKS, ROUTES_K } from '../../state/store.ts';
import { nodeTitle } from '../../state/selectors.ts';
import { CodeInput } from './CodeInput.tsx';
import { useT } from '../i18n.ts';

/**
 * "Why does A affect B?": every shortest influence chain from A to B, highlighted on the canvas. Each
 * chain is one line of codes (titles on hover), so "→" never wraps away from its codes.
 */
export default function PathPanel() {
  const graph = useAppState((s) => s.graph);
  const lang = useAppState((s) => s.lang);
  const select = useAppState((s) => s.view.select);
  const result = useAppState((s) => s.pathResult);
  const findPaths = useAppState((s) => s.findPaths);
  const clearPaths = useAppState((s) => s.clearPaths);
  const selectNode = useAppState((s) => s.selectNode);
  const t = useT();
  // A path from a link or a session opens with its own ends in the fields.
  const [from, setFrom] = useState(result?.from ?? select[0] ?? '');
  const [to, setTo] = useState(result?.to ?? select[1] ?? '');
  const [longer, setLonger] = useState(result?.longer ?? false);
  if (!graph) return null;
  const unknown = [from, to].find((c) => c !== '' && !graph.hasNode(c));
  const problem = unknown !== undefined ? t('panels.unknownCode', { code: unknown })
    : from !== '' && from === to ? t('panels.sameCode') : null;
  const valid = problem === null && from !== '' && to !== '';
  // An answer to another question must not stay on screen (or on the canvas) under a code that is not in the graph.
  const edit = (set: (v: string) => void) => (value: string) => {
    set(value);
    if (result && value !== '' && !graph.hasNode(value)) clearPaths();
  };
  return (
    <div className="paths" data-testid="path-panel">
      <p className="muted">{t('paths.intro')}</p>
      <CodeInput label={t('paths.from')} value={from} onChange={edit(setFrom)} testId="path-from" />
      <CodeInput label={t('paths.to')} value={to} onChange={edit(setTo)} testId="path-to" />
      {problem && <p className="field-problem" role="alert" data-testid="path-problem">{problem}</p>}
      <div className="control-row">
        <button type="button" disabled={!valid} onClick={() => findPaths(from, to, { longer })} data-testid="path-find">{t('paths.find')}</button>
        <button type="button" onClick={() => { setFrom(to); setTo(from); }}>{t('paths.swap')}</button>
        {result && <button type="button" onClick={clearPaths}>{t('paths.clear')}</button>}
      </div>
      <label className="check">
        <input type="checkbox" checked={longer} onChange={(e) => setLonger(e.target.checked)} data-testid="path-longer" />
        {' '}{t('paths.longer', { k: ROUTES_K, max: MAX_ROUTE_LINKS })}
      </label>
      {result && (
        <div data-testid="path-result">
          {result.distance === null
            ? <p>{t('paths.none', { from: result.from, to: result.to })}</p>
            : result.longer
              ? <p><strong data-testid="path-count">{result.paths.length}</strong> {t('paths.foundLonger', { count: result.paths.length, distance: t('paths.links', { count: result.distance }), max: MAX_ROUTE_LINKS })}</p>
              : <p><strong data-testid="path-count">{result.paths.length}</strong> {t('paths.found', { count: result.paths.length, distance: t('paths.links', { count: result.distance }), truncated: result.truncated ? t('paths.truncated') : '' })}</p>}
          <ol className="path-list">
            {result.paths.map((p) => (
              <li key={p.chain} data-testid="path" data-length={p.length} className="path-line"
                title={p.codes.map((c) => `${c} ${nodeTitle(graph, c, lang)}`).join('\n→ ')}>
                {p.codes.map((c, i) => (
                  <span key={c} className="hop">
                    {i > 0 && <span className="arrow" aria-label={t('paths.influences')}> → </span>}
                    <button type="button" className="link" onClick={() => selectNode(c)} title={nodeTitle(graph, c, lang)}>{c}</button>
                  </span>
                ))}
                {result.longer && <span className="muted"> · {t('paths.links', { count: p.length })}</span>}
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
