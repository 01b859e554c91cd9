/**
 * The export menu's panel, loaded when the menu first opens (ExportMenu.tsx): PNG 1×/2×/4×, SVG and
 * PDF pictures of the current view (highlight, marks, shapes, labels, camera) or of the whole network;
 * GraphML, GEXF, Cytoscape JSON, the app's JSON, CSV and Excel tables — of everything, or of the
 * selection and its highlighted neighbourhood. The words inside every file are in the export language
 * (the interface's by default, any of the three on request). Exports of generated links carry the
 * ILLUSTRATIVE mark in every format.
 */
import { useContext, useState } from 'react';
import { StoreContext, useAppState } from '../../state/store-context.tsx';
import {
  EXPORTS, exportFileNameOf, exportOf, exportScope, exportsAreMarked, makeExport, svgOf, type ExportKind, type ExportWords, type PictureScope,
} from '../../state/io/exports.ts';
import { LANGS, type Lang } from '../../core/model/types.ts';
import { downloadBlob, IoError, liveExtent, livePositions, svgToPdf, svgToPng } from './download.ts';
import { useCy } from '../canvas/cy-context.tsx';
import { tFor, useT } from '../i18n.ts';

const DATA_KINDS = EXPORTS.filter((e) => e.group === 'data');
const IMAGE_KINDS = EXPORTS.filter((e) => e.group === 'image');
const LANG_NAMES: Record<Lang, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

/** The words of an export in `lang`: the locale files' texts through i18next. */
function wordsIn(lang: Lang): ExportWords {
  const t = tFor(lang);
  return { lang, t: (key, params) => String(t(key, params ?? {})) };
}

export default function ExportPanel() {
  const t = useT();
  const store = useContext(StoreContext);
  const cy = useCy();
  const graph = useAppState((s) => s.graph);
  const uiLang = useAppState((s) => s.lang);
  // The count only (the label names how many): moving the selection to another node does not re-render the menu.
  const selected = useAppState((s) => s.view?.select.length ?? 0);
  const [onlySelection, setOnlySelection] = useState(false);
  const [exportLang, setExportLang] = useState<Lang | null>(null);
  const [picture, setPicture] = useState<PictureScope>('view');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!store) throw new Error('ExportMenu outside <StoreContext.Provider>');
  const lang = exportLang ?? uiLang;

  const run = async (label: string, task: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try { await task(); } catch (e) { setError(t('io.failed', { label, message: e instanceof IoError ? t(`io.errors.${e.key}`) : (e as Error).message })); } finally { setBusy(null); }
  };
  const scope = () => {
    const sc = exportScope(store.getState(), onlySelection, livePositions(cy), picture === 'view' ? liveExtent(cy) : null);
    if (!sc) throw new Error(t('io.noGraph'));
    return sc;
  };
  const png = (scale: number) => run(`PNG ${scale}×`, async () => {
    const s = store.getState();
    const sc = scope();
    const blob = await svgToPng(svgOf(s, sc, wordsIn(lang), picture), scale);
    downloadBlob(blob, exportFileNameOf(s, sc.selection, scale === 1 ? 'png' : `${scale}x.png`));
  });
  const pdf = () => run('PDF', async () => {
    const s = store.getState();
    const sc = scope();
    const words = wordsIn(lang);
    const name = s.datasets.find((d) => d.id === s.datasetId)?.name ?? String(sc.graph.getAttribute('name') ?? 'graph');
    const marked = exportsAreMarked(sc.graph);
    const blob = await svgToPdf(svgOf(s, sc, words, picture), {
      title: `${name}${sc.selection ? ` — ${words.t('export.around', { codes: sc.selection.join(', ') })}` : ''}`,
      subject: `${words.t('export.pdfSubject')}${marked ? ` — ${words.t('export.mark')}` : ''}`,
      keywords: ['SDG', s.datasetId ?? '', marked ? 'illustrative' : ''].filter(Boolean).join(', '),
    });
    downloadBlob(blob, exportFileNameOf(s, sc.selection, 'pdf'));
  });
  const label = (kind: ExportKind) => t(exportOf(kind)?.labelKey ?? kind);
  const data = (kind: ExportKind) => run(label(kind), async () => {
    const { fileName, blob } = await makeExport(store.getState(), scope(), kind, wordsIn(lang), picture);
    downloadBlob(blob, fileName);
  });
  const illustrative = graph ? exportsAreMarked(graph) : false;

  return (
    <div className="io-menu-panel" role="menu">
      {selected > 0 && (
        <label className="io-note">
          <input type="checkbox" checked={onlySelection} onChange={(e) => setOnlySelection(e.target.checked)} data-testid="export-selection" />{' '}
          {t('io.onlySelection', { n: selected })}
        </label>
      )}
      <label className="io-note">
        {t('export.language')}{' '}
        <select value={lang} onChange={(e) => setExportLang(e.target.value as Lang)} data-testid="export-lang">
          {LANGS.map((l) => <option key={l} value={l}>{LANG_NAMES[l]}</option>)}
        </select>
      </label>
      {illustrative && <p className="io-warn">{t('io.willBeMarked', { mark: wordsIn(lang).t('export.mark') })}</p>}
      <h4>{t('io.image')}</h4>
      <label className="io-note">
        {t('export.scope')}{' '}
        <select value={picture} onChange={(e) => setPicture(e.target.value as PictureScope)} data-testid="export-picture">
          <option value="view">{t('export.currentView')}</option>
          <option value="whole">{t('export.wholeNetwork')}</option>
        </select>
      </label>
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
  );
}
