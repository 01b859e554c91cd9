import { useAppState } from '../../state/store-context.tsx';
import { currentEntry } from '../../state/store.ts';
import { nodeTitle } from '../../state/selectors.ts';
import { LANGS, type Lang } from '../../core/model/types.ts';
import { formatNumber, useT } from '../i18n.ts';
import { datasetTitle } from '../messages.ts';
import { exitPresentation } from './fullscreen.ts';

/**
 * After a control in the bar is used, focus goes back to the page so the clicker keys reach the
 * presentation (a focused checkbox would take Space; a focused select, the arrows). A select is let go
 * on change, not on click, so its list can open.
 */
function releaseFocus(e: { target: EventTarget }, on: 'change' | 'click'): void {
  const el = e.target as HTMLElement;
  if (on === 'click' && !(el instanceof HTMLButtonElement)) return;
  requestAnimationFrame(() => { if (document.activeElement === el) el.blur(); });
}

/** B blanks the whole screen: the bar goes black with the canvas instead of staying lit. */
const BLANK_STYLE = { background: '#000', borderColor: '#000', visibility: 'visible' } as const;

const LANG_NAMES: Record<Lang, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

/** Presentation mode's one line: what is shown (caption, selected indicators' titles), the data mark, and a few controls. */
export function PresentBar() {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const setLang = useAppState((s) => s.setLang);
  const entry = useAppState(currentEntry);
  const graph = useAppState((s) => s.graph);
  const select = useAppState((s) => s.view.select);
  const scenes = useAppState((s) => s.scenes);
  const index = useAppState((s) => s.sceneIndex);
  const theme = useAppState((s) => s.presentTheme);
  const setTheme = useAppState((s) => s.setPresentTheme);
  const colourSafe = useAppState((s) => s.colourSafe);
  const setColourSafe = useAppState((s) => s.setColourSafe);
  const setPresenting = useAppState((s) => s.setPresenting);
  const next = useAppState((s) => s.nextScene);
  const prev = useAppState((s) => s.prevScene);
  const blank = useAppState((s) => s.blank);
  const scene = index >= 0 ? scenes[index] : undefined;
  const titles = graph ? select.slice(0, 3).map((c) => `${c} ${nodeTitle(graph, c, lang)}`) : [];
  return (
    <header
      className="present-bar" data-testid="present-bar" data-blank={blank ? 'true' : 'false'} style={blank ? BLANK_STYLE : undefined}
      onChange={(e) => releaseFocus(e, 'change')} onClick={(e) => releaseFocus(e, 'click')}
    >
      <div className="present-heading" style={blank ? { visibility: 'hidden' } : undefined}>
        <h1 className="present-caption" data-testid="present-caption">{scene?.caption ?? (entry ? datasetTitle(t, entry) : t('app.title'))}</h1>
        <p className="present-titles" data-testid="present-titles">{titles.join(' · ') || (entry && datasetTitle(t, entry))}</p>
      </div>
      {entry?.illustrative && !blank && <span className="badge badge-illustrative present-mark" data-testid="present-illustrative">{t('badge.illustrativeShort')}</span>}
      <nav className="present-controls" aria-label={t('present.controls')} style={blank ? { visibility: 'hidden' } : undefined}>
        {scenes.length > 0 ? (
          <>
            <button type="button" onClick={() => void prev()} disabled={index <= 0} aria-label={t('present.prev')} aria-keyshortcuts="ArrowLeft">←</button>
            <span className="present-count" data-testid="present-count">
              {t('scenes.sceneOf', { i: formatNumber(lang, Math.max(1, index + 1)), n: formatNumber(lang, scenes.length) })}
            </span>
            <button type="button" onClick={() => void next()} disabled={index >= scenes.length - 1} aria-label={t('present.next')} aria-keyshortcuts="ArrowRight">→</button>
          </>
        ) : <span className="present-count">{t('present.noScenes')}</span>}
        <label className="field">
          <span>{t('present.theme')}</span>
          <select value={theme} onChange={(e) => setTheme(e.target.value as 'light' | 'dark')} data-testid="present-theme" aria-label={t('present.theme')}>
            <option value="light">{t('present.light')}</option>
            <option value="dark">{t('present.dark')}</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={colourSafe} onChange={(e) => setColourSafe(e.target.checked)} data-testid="present-colour-safe" /> {t('present.colourSafe')}
        </label>
        <label className="field">
          <span className="sr-only">{t('top.language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="present-lang" aria-label={t('top.language')}>
            {LANGS.map((l) => <option key={l} value={l}>{LANG_NAMES[l]}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => exitPresentation(setPresenting)} data-testid="present-exit">{t('present.exit')}</button>
      </nav>
    </header>
  );
}
