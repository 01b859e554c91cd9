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
import { afterFirstDraw } from '../after-first-draw.ts';
import { addImportedDataset, installImportedDatasets } from '../../state/io/imported-datasets.ts';
import { indexedDbPersistence } from '../../state/io/persistence.ts';
import { previewTitle, scoreRange, unknownCodes } from '../../state/io/import-preview.ts';
import type { ReadError, ReadResult } from '../../core/io/result.ts';
import type { AppMessage } from '../../core/model/message.ts';
import type { Catalogue } from '../../core/model/types.ts';
import './io.css';
import { useT } from '../i18n.ts';
import { ErrorBoundary } from '../ErrorBoundary.tsx';
import { formatMessage, formatReadError } from '../messages.ts';

const FIELDS = ['codes', 'source', 'target', 'score', 'note', 'evidence', 'sourceTitle', 'targetTitle', 'undirected', 'links', 'nodes'];
const DELIMITERS = ['comma', 'semicolon', 'tab', 'bar'];

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string; progress: AppMessage; job: ImportJob }
  | { kind: 'preview'; file: string; result: Extract<ReadResult, { ok: true }> }
  | { kind: 'failed'; file: string; error: ReadError };

/** Installs imported-dataset support on the store once (idempotent). */
type FormatList = typeof import('../../state/io/format-list.ts');

/**
 * The readable formats (see state/io/format-list.ts), null until loaded: after the first frame is
 * drawn — a mount effect ran before Cytoscape's first draw and put every reader's parsing and
 * compiling in its way — or as soon as the pointer or the keyboard reaches the button (`want`). A
 * file read before then waits for it too, so its preview names the format.
 */
function useFormatList(): [FormatList | null, () => Promise<FormatList>] {
  const [list, setList] = useState<FormatList | null>(null);
  const want = useCallback(() => {
    const loading = import('../../state/io/format-list.ts');
    void loading.then(setList);
    return loading;
  }, []);
  useEffect(() => afterFirstDraw(() => { void want(); }), [want]);
  return [list, want];
}

export function useImportedDatasets(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('ImportButton outside <StoreContext.Provider>');
  useEffect(() => { installImportedDatasets(store, indexedDbPersistence()); }, [store]);
  return store;
}

function Preview({ file, result, catalogue, formats, onLoad, onCancel }: { file: string; result: Extract<ReadResult, { ok: true }>; catalogue: Catalogue | null; formats: readonly string[]; onLoad(): void; onCancel(): void }) {
  const t = useT();
  const { network, warnings } = result;
  const d = network.details ?? {};
  const range = scoreRange(network);
  const negatives = network.links.reduce((n, l) => n + (l.score < 0 ? 1 : 0), 0);
  const unknown = unknownCodes(network, catalogue);
  const lang = useAppState((s) => s.lang);
  const titleOf = (c: string) => previewTitle(network, catalogue, c, lang);
  const illustrative = network.illustrative || network.dataset?.illustrative;
  return (
    <div className="io-dialog" role="dialog" aria-modal="true" aria-labelledby="io-preview-title" data-testid="import-preview">
      <h2 id="io-preview-title">{t('io.preview.title', { file })}</h2>
      <dl>
        <dt>{t('io.preview.format')}</dt><dd data-testid="import-format">{formats.includes(network.format) ? t(`io.format.${network.format}`) : network.format}{d.encoding ? ` · ${d.encoding}` : ''}{d.delimiter ? ` · ${t('io.preview.separated', { delimiter: DELIMITERS.includes(d.delimiter) ? t(`io.delimiter.${d.delimiter}`) : d.delimiter })}` : ''}</dd>
        {d.sheet && <><dt>{t('io.preview.sheet')}</dt><dd>“{d.sheet}”{d.skippedSheets?.length ? ` (${t('io.preview.skipped', { sheets: d.skippedSheets.map((s) => `“${s}”`).join(', ') })})` : ''}</dd></>}
        <dt>{t('io.preview.direction')}</dt><dd>{formatMessage(t, d.orientation ?? { code: network.undirected ? 'orientationUndirected' : 'orientationSourceToTarget' })}</dd>
        {d.headerRow && <><dt>{t('io.preview.header')}</dt><dd>{t('io.preview.headerRow', { row: d.headerRow })}{d.headerRow > 1 ? ` (${t('io.preview.titleRowsSkipped', { n: d.headerRow - 1 })})` : ''}</dd></>}
        {d.columns && Object.entries(d.columns).map(([k, v]) => <Fragment key={k}><dt>{FIELDS.includes(k) ? t(`io.field.${k}`) : t('io.field.other', { name: k })}</dt><dd>{formatMessage(t, v)}</dd></Fragment>)}
        <dt>{t('io.preview.nodes')}</dt><dd data-testid="import-nodes">{network.nodes.length}</dd>
        <dt>{t('io.preview.links')}</dt><dd data-testid="import-links">{network.links.length}{network.undirected ? ` (${t('io.preview.undirectedOnce')})` : ''}</dd>
        <dt>{t('io.preview.scores')}</dt><dd>{range ? `${range.min} … ${range.max}${negatives ? ` (${t('io.preview.negative', { n: negatives })})` : ''}` : '—'}</dd>
        <dt>{t('io.preview.unknown')}</dt><dd data-testid="import-unknown">{unknown.length ? `${unknown.length}: ${unknown.slice(0, 12).join(', ')}${unknown.length > 12 ? ', …' : ''}` : t('io.preview.noUnknown')}</dd>
        {illustrative && <><dt>{t('io.preview.linksAre')}</dt><dd className="io-mark">{t('badge.illustrative')}</dd></>}
      </dl>
      {warnings.length > 0 && (
        <div className="io-warnings" data-testid="import-warnings">
          <strong>{t('io.preview.warnings', { n: warnings.length })}</strong>
          <ul>{warnings.slice(0, 100).map((w, i) => <li key={i}>{formatReadError(t, w)}</li>)}</ul>
        </div>
      )}
      <table>
        <thead><tr><th>{t('io.preview.code')}</th><th>{t('io.preview.titleColumn')}</th></tr></thead>
        <tbody data-testid="import-sample">
          {network.nodes.slice(0, 8).map((c) => <tr key={c}><td>{c}</td><td>{titleOf(c)}</td></tr>)}
        </tbody>
      </table>
      <div className="io-actions">
        <button type="button" onClick={onCancel} data-testid="import-cancel">{t('io.preview.cancel')}</button>
        <button type="button" className="primary" onClick={onLoad} disabled={network.nodes.length === 0} data-testid="import-load" autoFocus>{t('io.preview.load')}</button>
      </div>
    </div>
  );
}

export function ImportButton() {
  const t = useT();
  const store = useImportedDatasets();
  const catalogue = useAppState((s) => s.catalogue);
  const [formats, wantFormats] = useFormatList();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const jobRef = useRef<ImportJob | null>(null);

  // Two files chosen together: a links CSV and its nodes CSV, read as one network (core/io/read-pair.ts).
  const start = useCallback((first: File, pair?: File) => {
    jobRef.current?.cancel();
    const job = parseFile(first, (progress) => setPhase((p) => (p.kind === 'reading' && p.job === job ? { ...p, progress } : p)), pair);
    jobRef.current = job;
    const file = pair ? { name: `${first.name} + ${pair.name}` } : first;
    setPhase({ kind: 'reading', file: file.name, progress: { code: 'importOpening', params: { file: file.name } }, job });
    void Promise.all([job.promise, wantFormats()]).then(([result]) => {
      if (jobRef.current !== job) return;
      jobRef.current = null;
      if (!result) { setPhase({ kind: 'idle' }); return; }
      setPhase(result.ok ? { kind: 'preview', file: file.name, result } : { kind: 'failed', file: file.name, error: result.error });
    });
  }, [wantFormats]);

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
      if (file) start(file, e.dataTransfer?.files[1]);
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
      <button type="button" className="io-button" onClick={() => input.current?.click()} onPointerEnter={wantFormats} onFocus={wantFormats} data-testid="import-button" title={formats ? t('io.importTitle', { extensions: formats.ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(', ') }) : undefined}>
        {t('io.import')}
      </button>
      <input
        ref={input} type="file" hidden multiple data-testid="import-input" accept={formats?.ACCEPT_ATTRIBUTE}
        onChange={(e) => { const [f, pair] = [...(e.target.files ?? [])]; e.target.value = ''; if (f) start(f, pair); }}
      />
      {dragging && <div className="io-dropzone" data-testid="import-dropzone">{t('io.dropzone')}</div>}
      {phase.kind !== 'idle' && (
        <div className="io-overlay" onKeyDown={(e) => { if (e.key !== 'Escape') return; if (phase.kind === 'reading') cancelReading(); else close(); }}>
          {phase.kind === 'reading' && (
            <div className="io-dialog" role="dialog" aria-modal="true" aria-label={t('io.reading.label')} data-testid="import-progress">
              <h2>{t('io.reading.title', { file: phase.file })}</h2>
              <p role="status">{formatMessage(t, phase.progress)}</p>
              <div className="io-actions"><button type="button" onClick={cancelReading} data-testid="import-cancel" autoFocus>{t('io.reading.cancel')}</button></div>
            </div>
          )}
          {phase.kind === 'preview' && <ErrorBoundary className="io-dialog" onDismiss={close}><Preview file={phase.file} result={phase.result} catalogue={catalogue} formats={formats?.NETWORK_FORMATS ?? []} onLoad={() => void load(phase)} onCancel={close} /></ErrorBoundary>}
          {phase.kind === 'failed' && <ErrorBoundary className="io-dialog" onDismiss={close}>{(
            <div className="io-dialog" role="alertdialog" aria-modal="true" aria-label={t('io.error.label')} data-testid="import-error">
              <h2>{t('io.error.title', { file: phase.file })}</h2>
              <p className="io-error">{formatReadError(t, phase.error)}</p>
              <p>{t('io.error.unchanged')}</p>
              <div className="io-actions"><button type="button" onClick={close} autoFocus>{t('io.error.close')}</button></div>
            </div>
          )}</ErrorBoundary>}
        </div>
      )}
    </>
  );
}
