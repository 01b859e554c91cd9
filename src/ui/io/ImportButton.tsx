/**
 * Import a network: "Import…" button (file picker) or a file dropped anywhere on the window. The file
 * is parsed in a Web Worker (progress, Cancel); a preview says how it was understood (format,
 * orientation, columns, counts, score range, warnings, unknown codes) and nothing changes until Load.
 * Cancel, or a file that cannot be read, leaves the dataset and view on screen untouched.
 */
import { Fragment, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { StoreContext, useAppState } from '../../state/store-context.tsx';
import type { AppStore } from '../../state/store.ts';
import { parseFile, type ImportJob } from '../../state/io/import-client.ts';
import { addImportedDataset, installImportedDatasets } from '../../state/io/imported-datasets.ts';
import { indexedDbPersistence } from '../../state/io/persistence.ts';
import { ACCEPTED_EXTENSIONS } from '../../core/io/read-graph-file.ts';
import { formatReadError, type ImportedNetwork, type ReadResult } from '../../core/io/result.ts';
import { indexCatalogue } from '../../core/graph/build.ts';
import { ILLUSTRATIVE_MARK } from '../../core/io/mark.ts';
import type { Catalogue } from '../../core/model/types.ts';
import './io.css';
import { useT } from '../i18n.ts';

const FORMAT_NAMES: Record<string, string> = {
  'csv-edge-list': 'CSV link list', 'csv-matrix': 'CSV adjacency matrix', 'xlsx-edge-list': 'Excel link list', 'xlsx-matrix': 'Excel adjacency matrix',
  graphml: 'GraphML', gexf: 'GEXF', 'cytoscape-json': 'Cytoscape JSON', 'dataset-json': 'SDG explorer dataset JSON',
};

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string; progress: string; job: ImportJob }
  | { kind: 'preview'; file: string; result: Extract<ReadResult, { ok: true }> }
  | { kind: 'failed'; file: string; message: string };

/** Installs imported-dataset support on the store once (idempotent). */
export function useImportedDatasets(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('ImportButton outside <StoreContext.Provider>');
  useEffect(() => { installImportedDatasets(store, indexedDbPersistence()); }, [store]);
  return store;
}

export function unknownCodes(network: ImportedNetwork, catalogue: Catalogue | null): string[] {
  if (!catalogue) return [];
  const idx = indexCatalogue(catalogue);
  return network.nodes.filter((c) => !idx.indicators.has(c) && !idx.goals.has(c) && !idx.targets.has(c));
}

function Preview({ file, result, catalogue, onLoad, onCancel }: { file: string; result: Extract<ReadResult, { ok: true }>; catalogue: Catalogue | null; onLoad(): void; onCancel(): void }) {
  const { network, warnings } = result;
  const d = network.details ?? {};
  const scores = network.links.map((l) => l.score);
  const negatives = scores.filter((s) => s < 0).length;
  const unknown = unknownCodes(network, catalogue);
  const idx = catalogue ? indexCatalogue(catalogue) : null;
  const titleOf = (c: string) => network.nodeInfo?.[c]?.title?.en ?? idx?.indicators.get(c)?.title.en ?? idx?.goals.get(c)?.short.en ?? '';
  const illustrative = network.illustrative || network.dataset?.illustrative;
  return (
    <div className="io-dialog" role="dialog" aria-modal="true" aria-labelledby="io-preview-title" data-testid="import-preview">
      <h2 id="io-preview-title">Import “{file}”</h2>
      <dl>
        <dt>Format</dt><dd data-testid="import-format">{FORMAT_NAMES[network.format] ?? network.format}{d.encoding ? ` · ${d.encoding}` : ''}{d.delimiter ? ` · ${d.delimiter}-separated` : ''}</dd>
        {d.sheet && <><dt>Sheet</dt><dd>“{d.sheet}”{d.skippedSheets?.length ? ` (skipped: ${d.skippedSheets.map((s) => `“${s}”`).join(', ')})` : ''}</dd></>}
        <dt>Direction</dt><dd>{d.orientation ?? (network.undirected ? 'undirected' : 'source influences target')}</dd>
        {d.headerRow && <><dt>Header</dt><dd>row {d.headerRow}{d.headerRow > 1 ? ` (${d.headerRow - 1} title row(s) above skipped)` : ''}</dd></>}
        {d.columns && Object.entries(d.columns).map(([k, v]) => <Fragment key={k}><dt>{k === 'codes' ? 'Codes in' : `${k} column`}</dt><dd>{v}</dd></Fragment>)}
        <dt>Nodes</dt><dd data-testid="import-nodes">{network.nodes.length}</dd>
        <dt>Links</dt><dd data-testid="import-links">{network.links.length}{network.undirected ? ' (undirected, counted once)' : ''}</dd>
        <dt>Scores</dt><dd>{scores.length ? `${Math.min(...scores)} … ${Math.max(...scores)}${negatives ? ` (${negatives} negative)` : ''}` : '—'}</dd>
        <dt>Unknown codes</dt><dd data-testid="import-unknown">{unknown.length ? `${unknown.length}: ${unknown.slice(0, 12).join(', ')}${unknown.length > 12 ? ', …' : ''}` : 'none — every code is in the SDG catalogue'}</dd>
        {illustrative && <><dt>Links are</dt><dd className="io-mark">{ILLUSTRATIVE_MARK}</dd></>}
      </dl>
      {warnings.length > 0 && (
        <div className="io-warnings" data-testid="import-warnings">
          <strong>{warnings.length} warning(s)</strong>
          <ul>{warnings.slice(0, 100).map((w, i) => <li key={i}>{formatReadError(w)}</li>)}</ul>
        </div>
      )}
      <table>
        <thead><tr><th>Code</th><th>Title</th></tr></thead>
        <tbody data-testid="import-sample">
          {network.nodes.slice(0, 8).map((c) => <tr key={c}><td>{c}</td><td>{titleOf(c)}</td></tr>)}
        </tbody>
      </table>
      <div className="io-actions">
        <button type="button" onClick={onCancel} data-testid="import-cancel">Cancel</button>
        <button type="button" className="primary" onClick={onLoad} disabled={network.nodes.length === 0} data-testid="import-load" autoFocus>Load</button>
      </div>
    </div>
  );
}

export function ImportButton() {
  const t = useT();
  const store = useImportedDatasets();
  const catalogue = useAppState((s) => s.catalogue);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const jobRef = useRef<ImportJob | null>(null);

  const start = useCallback((file: File) => {
    jobRef.current?.cancel();
    const job = parseFile(file, (progress) => setPhase((p) => (p.kind === 'reading' && p.job === job ? { ...p, progress } : p)));
    jobRef.current = job;
    setPhase({ kind: 'reading', file: file.name, progress: `Opening ${file.name}…`, job });
    void job.promise.then((result) => {
      if (jobRef.current !== job) return;
      jobRef.current = null;
      if (!result) { setPhase({ kind: 'idle' }); return; }
      setPhase(result.ok ? { kind: 'preview', file: file.name, result } : { kind: 'failed', file: file.name, message: formatReadError(result.error) });
    });
  }, []);

  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const enter = (e: DragEvent) => { if (!hasFiles(e)) return; e.preventDefault(); depth++; setDragging(true); };
    const over = (e: DragEvent) => { if (hasFiles(e)) e.preventDefault(); };
    const leave = (e: DragEvent) => { if (!hasFiles(e)) return; depth = Math.max(0, depth - 1); if (!depth) setDragging(false); };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) start(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [start]);

  const close = () => setPhase({ kind: 'idle' });
  const cancelReading = () => { jobRef.current?.cancel(); jobRef.current = null; close(); };
  const load = async (p: Extract<Phase, { kind: 'preview' }>) => {
    close();
    await addImportedDataset(store, p.result.network, p.file);
  };

  return (
    <>
      <button type="button" className="io-button" onClick={() => input.current?.click()} data-testid="import-button" title={t('io.importTitle')}>
        {t('io.import')}
      </button>
      <input
        ref={input} type="file" hidden data-testid="import-input" accept={ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(',')}
        onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) start(f); }}
      />
      {dragging && <div className="io-dropzone" data-testid="import-dropzone">Drop a matrix or link list to import it</div>}
      {phase.kind !== 'idle' && (
        <div className="io-overlay" onKeyDown={(e) => { if (e.key === 'Escape') (phase.kind === 'reading' ? cancelReading() : close()); }}>
          {phase.kind === 'reading' && (
            <div className="io-dialog" role="dialog" aria-modal="true" aria-label="Reading file" data-testid="import-progress">
              <h2>Reading “{phase.file}”</h2>
              <p role="status">{phase.progress}</p>
              <div className="io-actions"><button type="button" onClick={cancelReading} data-testid="import-cancel" autoFocus>Cancel</button></div>
            </div>
          )}
          {phase.kind === 'preview' && <Preview file={phase.file} result={phase.result} catalogue={catalogue} onLoad={() => void load(phase)} onCancel={close} />}
          {phase.kind === 'failed' && (
            <div className="io-dialog" role="alertdialog" aria-modal="true" aria-label="Import failed" data-testid="import-error">
              <h2>“{phase.file}” could not be imported</h2>
              <p className="io-error">{phase.message}</p>
              <p>Nothing was changed: the dataset on screen stays as it was.</p>
              <div className="io-actions"><button type="button" onClick={close} autoFocus>Close</button></div>
            </div>
          )}
        </div>
      )}
    </>
  );
}
