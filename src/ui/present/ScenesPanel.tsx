import { useContext, useState } from 'react';
import { useAppState } from '../../state/store-context.tsx';
import { StoreContext } from '../../state/store-context.tsx';
import { formatNumber, useT } from '../i18n.ts';
import { captureSnapshot } from './snapshot.ts';
import { enterPresentation } from './fullscreen.ts';
import { presenterUrl } from './channel.ts';
import { useCy } from '../canvas/cy-context.tsx';

/** Scenes: save the current view, then rename, annotate, reorder, duplicate, delete and play them. */
export default function ScenesPanel() {
  const t = useT();
  const store = useContext(StoreContext);
  const lang = useAppState((s) => s.lang);
  const scenes = useAppState((s) => s.scenes);
  const saved = useAppState((s) => s.presentSaved);
  const sceneIndex = useAppState((s) => s.sceneIndex);
  const saveScene = useAppState((s) => s.saveScene);
  const renameScene = useAppState((s) => s.renameScene);
  const setNotes = useAppState((s) => s.setSceneNotes);
  const moveScene = useAppState((s) => s.moveScene);
  const deleteScene = useAppState((s) => s.deleteScene);
  const duplicateScene = useAppState((s) => s.duplicateScene);
  const goToScene = useAppState((s) => s.goToScene);
  const setPresenting = useAppState((s) => s.setPresenting);
  const cy = useCy();
  const [busy, setBusy] = useState(false);

  const handout = async () => {
    if (!store) return;
    setBusy(true);
    try {
      const { makeHandout } = await import('./handout.ts');
      await makeHandout(store, cy);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="scenes" data-testid="scenes-panel">
      <p className="muted">{t('scenes.intro')}</p>
      <div className="control-row">
        <button type="button" onClick={() => saveScene(captureSnapshot(cy), store?.getState().view.select.length ? undefined : t('scenes.default', { n: formatNumber(lang, scenes.length + 1) }))} data-testid="scene-save" aria-keyshortcuts="S">{t('scenes.save')}</button>
      </div>
      <p className="muted" data-testid="scene-count">{t('scenes.count', { count: formatNumber(lang, scenes.length) })}
        {saved && <span data-testid="scenes-saved" data-state={saved} role="status">{' · '}{t(saved === 'saving' ? 'scenes.saving' : saved === 'saved' ? 'scenes.saved' : 'scenes.notSaved')}</span>}
      </p>
      {scenes.length === 0 ? <p>{t('scenes.empty')}</p> : (
        <ol className="scene-list" data-testid="scene-list">
          {scenes.map((sc, i) => (
            <li key={sc.id} className={i === sceneIndex ? 'scene is-current' : 'scene'} data-testid="scene">
              <label className="control-row">
                <span className="control-label">{formatNumber(lang, i + 1)}.</span>
                <input value={sc.caption} onChange={(e) => renameScene(sc.id, e.target.value)} aria-label={`${t('scenes.caption')} ${i + 1}`} data-testid="scene-caption" />
              </label>
              <textarea value={sc.notes} rows={2} placeholder={t('scenes.notes')} aria-label={`${t('scenes.notes')} ${i + 1}`} onChange={(e) => setNotes(sc.id, e.target.value)} data-testid="scene-notes" />
              <div className="scene-actions">
                <button type="button" onClick={() => void goToScene(i)} data-testid="scene-go">{t('scenes.go')}</button>
                <button type="button" onClick={() => moveScene(sc.id, -1)} disabled={i === 0} aria-label={`${t('scenes.up')}: ${sc.caption}`} data-testid="scene-up">↑</button>
                <button type="button" onClick={() => moveScene(sc.id, 1)} disabled={i === scenes.length - 1} aria-label={`${t('scenes.down')}: ${sc.caption}`} data-testid="scene-down">↓</button>
                <button type="button" onClick={() => duplicateScene(sc.id)} data-testid="scene-duplicate">{t('scenes.duplicate')}</button>
                <button type="button" onClick={() => deleteScene(sc.id)} data-testid="scene-delete">{t('scenes.delete')}</button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div className="control-row">
        <button type="button" disabled={!scenes.length} data-testid="scene-play"
          onClick={() => { enterPresentation(setPresenting); void goToScene(0); }}>{t('scenes.play')}</button>
        <button type="button" onClick={() => window.open(presenterUrl(), 'sdg-presenter', 'popup,width=900,height=700')} data-testid="presenter-open">{t('scenes.presenter')}</button>
        <button type="button" disabled={!scenes.length || busy} onClick={() => void handout()} data-testid="handout">{busy ? t('scenes.handoutBusy') : t('scenes.handout')}</button>
      </div>
    </div>
  );
}
