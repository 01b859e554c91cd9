import { useRef } from 'react';
import { useAppState } from '../state/store-context.tsx';
import { currentEntry } from '../state/store.ts';
import { LANGS, type Lang } from '../core/model/types.ts';
import { IllustrativeBadge } from './IllustrativeBadge.tsx';
import { NodeCounter } from './NodeCounter.tsx';
import { ExportMenu, ImportButton, SessionMenu } from './io/index.ts';
import { useT } from './i18n.ts';
import { datasetTitle } from './messages.ts';
import { enterPresentation } from './present/fullscreen.ts';
import { useFoldWhenCrowded } from './layout/useFoldWhenCrowded.ts';
import { TopBarMenu } from './layout/TopBarMenu.tsx';
import { AboutButton } from './AboutDialog.tsx';

const LANG_NAMES: Record<Lang, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

export function TopBar() {
  const datasets = useAppState((s) => s.datasets);
  const datasetId = useAppState((s) => s.datasetId);
  const entry = useAppState(currentEntry);
  const openDataset = useAppState((s) => s.openDataset);
  const lang = useAppState((s) => s.lang);
  const setLang = useAppState((s) => s.setLang);
  const t = useT();
  const setPresenting = useAppState((s) => s.setPresenting);
  const openHelp = useAppState((s) => s.setHelpOpen);
  const bar = useRef<HTMLElement>(null);
  // Below the width the whole row needs (measured, per language) the file and language controls fold into one menu.
  const folded = useFoldWhenCrowded(bar, lang);
  const open = datasets.find((d) => d.id === datasetId);
  const datasetName = open ? datasetTitle(t, open) : undefined;

  const language = (
    <label className="field">
      <span>{t('top.language')}</span>
      <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="lang-select" aria-label={t('top.language')}>
        {LANGS.map((l) => (
          <option key={l} value={l}>{LANG_NAMES[l]}</option>
        ))}
      </select>
    </label>
  );
  const fileControls = (<><ImportButton /><ExportMenu /><SessionMenu /><AboutButton /></>);

  return (
    <header className="topbar" ref={bar} data-folded={folded ? 'true' : 'false'}>
      <h1 className="app-title">{t('app.title')}</h1>
      <label className="field topbar-dataset">
        <span>{t('top.dataset')}</span>
        <select value={datasetId ?? ''} onChange={(e) => void openDataset(e.target.value)} data-testid="dataset-select" aria-label={t('top.dataset')} title={datasetName}>
          {datasets.map((d) => (
            <option key={d.id} value={d.id}>{datasetTitle(t, d)}</option>
          ))}
        </select>
      </label>
      <NodeCounter />
      {entry && <IllustrativeBadge entry={entry} />}
      <span className="spacer" />
      <button type="button" onClick={() => enterPresentation(setPresenting)} title={t('top.presentTitle')} aria-keyshortcuts="P" data-testid="present">{t('top.present')}</button>
      <button type="button" onClick={() => openHelp(true)} title={t('top.help')} aria-label={t('top.help')} aria-keyshortcuts="?" data-testid="help-button">?</button>
      {folded ? <TopBarMenu>{language}{fileControls}</TopBarMenu> : <>{language}{fileControls}</>}
    </header>
  );
}
