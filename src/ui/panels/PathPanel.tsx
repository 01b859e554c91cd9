import { useState } from 'react';
import { useAppState } from '../../state/store-context.tsx';
import { nodeTitle } from '../../state/selectors.ts';
import { CodeInput } from './CodeInput.tsx';

/** "Why does A affect B?": every shortest influence chain from A to B, highlighted on the canvas. */
export default function PathPanel() {
  const graph = useAppState((s) => s.graph);
  const lang = useAppState((s) => s.lang);
  const select = useAppState((s) => s.view.select);
  const result = useAppState((s) => s.pathResult);
  const findPaths = useAppState((s) => s.findPaths);
  const clearPaths = useAppState((s) => s.clearPaths);
  const selectNode = useAppState((s) => s.selectNode);
  const [from, setFrom] = useState(select[0] ?? '');
  const [to, setTo] = useState(select[1] ?? '');
  if (!graph) return null;
  const valid = graph.hasNode(from) && graph.hasNode(to) && from !== to;
  return (
    <div className="paths" data-testid="path-panel">
      <p className="muted">Why does A affect B? Shortest chains of links from A to B.</p>
      <CodeInput label="A (from)" value={from} onChange={setFrom} testId="path-from" />
      <CodeInput label="B (to)" value={to} onChange={setTo} testId="path-to" />
      <div className="control-row">
        <button type="button" disabled={!valid} onClick={() => findPaths(from, to)} data-testid="path-find">Find paths</button>
        <button type="button" onClick={() => { setFrom(to); setTo(from); }}>Swap</button>
        {result && <button type="button" onClick={clearPaths}>Clear</button>}
      </div>
      {result && (
        <div data-testid="path-result">
          {result.distance === null
            ? <p>{result.from} does not reach {result.to} through any chain of links.</p>
            : <p><strong data-testid="path-count">{result.paths.length}</strong> shortest path{result.paths.length === 1 ? '' : 's'} of {result.distance} link{result.distance === 1 ? '' : 's'}{result.truncated ? ' (first 20 shown)' : ''}.</p>}
          <ol className="path-list">
            {result.paths.map((p) => (
              <li key={p.chain} data-testid="path">
                {p.codes.map((c, i) => (
                  <span key={c} className="hop">
                    {i > 0 && <span className="arrow" aria-label="influences">→</span>}
                    <button type="button" className="link" onClick={() => selectNode(c)} title={nodeTitle(graph, c, lang)}>
                      <strong>{c}</strong> <span className="hop-title">{nodeTitle(graph, c, lang)}</span>
                    </button>
                  </span>
                ))}
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
