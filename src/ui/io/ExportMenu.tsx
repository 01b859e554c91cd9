/**
 * Export menu: PNG 1×/2×/4×, SVG and PDF images drawn from the graph's positions, GraphML, GEXF, Cytoscape
 * JSON, the app's JSON, CSV and Excel tables — of everything, or of the selection and its highlighted
 * neighbourhood. Exports of generated links carry the ILLUSTRATIVE mark in every format.
 */
import { useContext, useState } from 'react';
import { StoreContext, useAppState } from '../../state/store-context.tsx';
import { exportFileNameOf, exportScope, exportsAreMarked, makeExport, svgOf, type ExportKind } from '../../state/io/exports.ts';
import { EXPORTS, exportOf } from '../../state/registries.ts';
import { downloadBlob, IoError, livePositions, svgToPdf, svgToPng } from './download.ts';
import { useCy } from '../canvas/cy-context.tsx';
import './io.css';
import { useT } from '../i18n.ts';

const DATA_KINDS = EXPORTS.filter((e) => e.group === 'data');
const IMAGE_KINDS = EXPORTS.filter((e) => e.group === 'image');

export function ExportMenu() {
  const t = useT();
  const store = useContext(StoreContext);
  const cy = useCy();
  const graph = useAppState((s) => s.graph);
  const selection = useAppState((s) => s.view?.select ?? []);
  const [onlySelection, setOnlySelection] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!store) throw new Error('ExportMenu outside <StoreContext.Provider>');

  const run = async (label: string, task: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try { await task(); } catch (e) { setError(t('io.failed', { label, message: e instanceof IoError ? t(`io.errors.${e.key}`) : (e as Error).message })); } finally { setBusy(null); }
  };
  const scope = () => {
    const sc = exportScope(store.getState(), onlySelection, livePositions(cy));
    if (!sc) throw new Error(t('io.noGraph'));
    return sc;
  };
  const png = (scale: number) => run(`PNG ${scale}×`, async () => {
    const s = store.getState();
    const sc = scope();
    const blob = await svgToPng(svgOf(s, sc), scale);
    downloadBlob(blob, exportFileNameOf(s, sc.selection, scale === 1 ? 'png' : `${scale}x.png`));
  });
  const pdf = () => run('PDF', async () => {
    const s = store.getState();
    const sc = scope();
    const title = s.datasets.find((d) => d.id === s.datasetId)?.name ?? String(sc.graph.getAttribute('name') ?? 'graph');
    const blob = await svgToPdf(svgOf(s, sc), title);
    downloadBlob(blob, exportFileNameOf(s, sc.selection, 'pdf'));
  });
  const label = (kind: ExportKind) => t(exportOf(kind)?.labelKey ?? kind);
  const data = (kind: ExportKind) => run(label(kind), async () => {
    const { fileName, blob } = await makeExport(store.getState(), scope(), kind);
    downloadBlob(blob, fileName);
  });
  const illustrative = graph ? exportsAreMarked(graph) : false;

  return (
    <details className="io-menu" data-testid="export-menu">
      <summary className="io-button" aria-disabled={!graph}>{t('io.export')}</summary>
      <div className="io-menu-panel" role="menu">
        {selection.length > 0 && (
          <label className="io-note">
            <input type="checkbox" checked={onlySelection} onChange={(e) => setOnlySelection(e.target.checked)} data-testid="export-selection" />{' '}
            {t('io.onlySelection', { n: selection.length })}
          </label>
        )}
        {illustrative && <p className="io-warn">{t('io.willBeMarked', { mark: t('badge.exportMark') })}</p>}
        <h4>{t('io.image')}</h4>
        {[1, 2, 4].map((k) => (
          <button key={k} type="button" role="menuitem" disabled={!graph || !!busy} onClick={() => void png(k)} data-testid={`export-png-${k}x`} title={t('io.kind.png', { scale: k })}>PNG {k}×</button>
        ))}
        {IMAGE_KINDS.map((k) => (
          <button key={k.id} type="button" role="menuitem" disabled={!graph || !!busy} onClick={() => void data(k.id)} data-testid={`export-${k.id}`} title={t(k.labelKey)}>{k.extension.toUpperCase()}</button>
        ))}
        <button type="button" role="menuitem" disabled={!graph || !!busy} onClick={() => void pdf()} data-testid="export-pdf" title={t('io.kind.pdf')}>PDF</button>
        <h4>{t('io.data')}</h4>
        {DATA_KINDS.map((k) => (
          <button key={k.id} type="button" role="menuitem" disabled={!graph || !!busy} onClick={() => void data(k.id)} data-testid={`export-${k.id}`}>{t(k.labelKey)}</button>
        ))}
        {busy && <p className="io-note" role="status">{t('io.preparing', { label: busy })}</p>}
        {error && <p className="io-warn" role="alert">{error}</p>}
      </div>
    </details>
  );
}
