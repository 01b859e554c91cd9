/**
 * Save the whole session (datasets incl. imported ones, selection, depth, direction, layout, language)
 * as one JSON file, and open one. A damaged or newer file is refused with a message; the current
 * session stays as it is.
 */
import { useContext, useRef, useState } from 'react';
import { StoreContext, useAppState } from '../../state/store-context.tsx';
import { restoreSession, sessionText } from '../../state/io/session-actions.ts';
import { isImportedId, removeImportedDataset } from '../../state/io/imported-datasets.ts';
import { downloadBlob } from './download.ts';
import { useImportedDatasets } from './ImportButton.tsx';
import { DamagedImports } from './DamagedImports.tsx';
import './io.css';
import { useT } from '../i18n.ts';
import { formatMessage } from '../messages.ts';

export function SessionMenu() {
  const t = useT();
  const store = useContext(StoreContext);
  useImportedDatasets();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // Saved imports stay in this browser until removed; the open one can be removed here.
  const openImport = useAppState((s) => (s.datasetId && isImportedId(s.datasetId) ? s.imports.get(s.datasetId) ?? null : null));
  if (!store) throw new Error('SessionMenu outside <StoreContext.Provider>');

  const save = async () => {
    const s = store.getState();
    // exports.ts comes with every export writer: loaded when saving, not before the first draw.
    const { exportFileNameOf } = await import('../../state/io/exports.ts');
    downloadBlob(new Blob([sessionText(store)], { type: 'application/json' }), exportFileNameOf(s, s.view?.select, 'session.json', 'session'));
    setMessage({ ok: true, text: t('io.sessionSaved') });
  };
  const open = async (file: File) => {
    // A big session (many imported networks) takes seconds to check: say so before the work starts,
    // and give the browser a frame to show it, then follow restoreSession's own steps.
    setBusy(true);
    setMessage({ ok: true, text: t('io.sessionReading', { file: file.name }) });
    const r = await (async () => {
      const text = await file.text();
      await new Promise((done) => setTimeout(done, 0));
      return restoreSession(store, text, file.name, (m) => setMessage({ ok: true, text: formatMessage(t, m) }));
    })().finally(() => setBusy(false));
    setMessage(r.ok ? { ok: true, text: t('io.sessionRestored', { file: file.name }) } : { ok: false, text: t('io.sessionRefused', { message: formatMessage(t, r.error) }) });
  };

  const remove = async (id: string, name: string) => {
    await removeImportedDataset(store, id);
    setMessage({ ok: true, text: t('io.importRemoved', { name }) });
  };

  return (
    <details className="io-menu" data-testid="session-menu">
      <summary className="io-button">{t('io.session')}</summary>
      <div className="io-menu-panel" role="menu">
        <button type="button" role="menuitem" onClick={() => void save()} data-testid="session-save">{t('io.saveSession')}</button>
        <button type="button" role="menuitem" disabled={busy} onClick={() => input.current?.click()} data-testid="session-open">{t('io.openSession')}</button>
        {openImport && (
          <button type="button" role="menuitem" onClick={() => void remove(openImport.id, openImport.name)} data-testid="import-remove">
            {t('io.removeImport', { name: openImport.name })}
          </button>
        )}
        <input
          ref={input} type="file" hidden accept=".json,application/json" data-testid="session-input"
          onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void open(f); }}
        />
        <DamagedImports onDeleted={(key) => setMessage({ ok: true, text: t('io.damagedDeleted', { key }) })} />
        {message && <p className={message.ok ? 'io-note' : 'io-warn'} role={message.ok ? 'status' : 'alert'} data-testid="session-message">{message.text}</p>}
      </div>
    </details>
  );
}
