/**
 * Export menu: PNG 1×/2×/4× and SVG images drawn from the graph's positions, GraphML, GEXF, Cytoscape
 * JSON, the app's JSON, CSV and Excel tables — of everything, or of the selection and its highlighted
 * neighbourhood. Exports of generated links carry the ILLUSTRATIVE mark in every format.
 */
import { useContext, useState } from 'react';
import { StoreContext, useAppState } from '../../state/store-context.tsx';
import { EXPORT_LABELS, exportScope, makeExport, svgOf, type ExportKind } from '../../state/io/exports.ts';
import { exportFileName, ILLUSTRATIVE_MARK, isIllustrativeGraph } from '../../core/io/export/index.ts';
import { downloadBlob, livePositions, svgToPng } from './download.ts';
import './io.css';
import { useT } from '../i18n.ts';

const DATA_KINDS: ExportKind[] = ['graphml', 'gexf', 'cyjs', 'json', 'xlsx', 'nodes-csv', 'links-csv'];

export function ExportMenu() {
  const t = useT();
  const store = useContext(StoreContext);
  const graph = useAppState((s) => s.graph);
  const selection = useAppState((s) => s.view?.select ?? []);
  const [onlySelection, setOnlySelection] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!store) throw new Error('ExportMenu outside <StoreContext.Provider>');

  const run = async (label: string, task: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try { await task(); } catch (e) { setError(`${label} failed: ${(e as Error).message}`); } finally { setBusy(null); }
  };
  const scope = () => {
    const sc = exportScope(store.getState(), onlySelection, livePositions());
    if (!sc) throw new Error('no graph on screen');
    return sc;
  };
  const png = (scale: number) => run(`PNG ${scale}×`, async () => {
    const s = store.getState();
    const sc = scope();
    const blob = await svgToPng(svgOf(s, sc), scale);
    downloadBlob(blob, exportFileName(s.datasetId ?? 'graph', sc.selection, scale === 1 ? 'png' : `${scale}x.png`));
  });
  const data = (kind: ExportKind) => run(EXPORT_LABELS[kind], async () => {
    const { fileName, blob } = await makeExport(store.getState(), scope(), kind);
    downloadBlob(blob, fileName);
  });
  const illustrative = graph ? isIllustrativeGraph(graph) : false;

  return (
    <details className="io-menu" data-testid="export-menu">
      <summary className="io-button" aria-disabled={!graph}>{t('io.export')}</summary>
      <div className="io-menu-panel" role="menu">
        {selection.length > 0 && (
          <label className="io-note">
            <input type="checkbox" checked={onlySelection} onChange={(e) => setOnlySelection(e.target.checked)} data-testid="export-selection" />{' '}
            Only the selection ({selection.length}) and its highlighted neighbourhood
          </label>
        )}
        {illustrative && <p className="io-warn">Exports will be marked “{ILLUSTRATIVE_MARK}”.</p>}
        <h4>{t('io.image')}</h4>
        {[1, 2, 4].map((k) => (
          <button key={k} type="button" role="menuitem" disabled={!graph || !!busy} onClick={() => void png(k)} data-testid={`export-png-${k}x`}>PNG {k}×</button>
        ))}
        <button type="button" role="menuitem" disabled={!graph || !!busy} onClick={() => void data('svg')} data-testid="export-svg">SVG</button>
        <h4>{t('io.data')}</h4>
        {DATA_KINDS.map((k) => (
          <button key={k} type="button" role="menuitem" disabled={!graph || !!busy} onClick={() => void data(k)} data-testid={`export-${k}`}>{EXPORT_LABELS[k]}</button>
        ))}
        {busy && <p className="io-note" role="status">Preparing {busy}…</p>}
        {error && <p className="io-warn" role="alert">{error}</p>}
      </div>
    </details>
  );
}
