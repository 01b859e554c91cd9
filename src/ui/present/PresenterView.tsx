import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../core/model/types.ts';
import { formatDate, formatNumber, formatTime, tFor } from '../i18n.ts';
import { openChannel, type PresentMessage } from './channel.ts';
import { CLICKER_KEYS } from './keys.ts';

type StateMsg = Extract<PresentMessage, { type: 'state' }>;

/** Thumbnails are sized here, not in app.css: only this window shows them. */
const THUMB_STYLE = { display: 'block', width: 360, maxWidth: '100%', aspectRatio: '16 / 9', objectFit: 'contain', border: '1px solid #8c96a3', borderRadius: 4 } as const;

function Thumb({ url, label, empty }: { url: string | undefined; label: string; empty: string }) {
  return url
    ? <img className="presenter-thumb" style={THUMB_STYLE} src={url} alt={label} data-testid="presenter-thumb" />
    : <div className="presenter-thumb presenter-thumb-empty" style={{ ...THUMB_STYLE, display: 'grid', placeItems: 'center' }} role="img" aria-label={label}>{empty}</div>;
}

/**
 * The presenter's own window (`?presenter=1`): pictures of the current and next scene, the notes and a
 * clock; follows the main window, and the clicker keys pressed here are played there.
 */
export function PresenterView() {
  const [state, setState] = useState<StateMsg | null>(null);
  const [thumbs, setThumbs] = useState<ReadonlyMap<string, string>>(() => new Map());
  const [now, setNow] = useState(() => new Date());
  // A ref, not state: the channel is never rendered, only used by the buttons' handlers.
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    const ch = openChannel();
    if (!ch) return;
    ch.onmessage = (e: MessageEvent<PresentMessage>) => {
      const m = e.data;
      if (m?.type === 'state') setState(m);
      else if (m?.type === 'thumb') setThumbs((old) => new Map(old).set(m.sceneId, m.url));
    };
    ch.postMessage({ type: 'hello' } satisfies PresentMessage);
    channel.current = ch;
    // The presenter window usually has the focus (it is on the laptop): every clicker key goes on to the main window.
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || !CLICKER_KEYS.has(e.key)) return;
      e.preventDefault();
      ch.postMessage({ type: 'key', key: e.key } satisfies PresentMessage);
    };
    window.addEventListener('keydown', onKey, true);
    return () => { window.removeEventListener('keydown', onKey, true); channel.current = null; ch.close(); };
  }, []);
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  const lang: Lang = state?.lang ?? 'en';
  const t = tFor(lang);
  useEffect(() => { document.documentElement.lang = lang; document.title = t('presenter.title'); }, [lang, t]);
  const nav = (to: 'next' | 'prev' | 'blank') => {
    channel.current?.postMessage({ type: 'nav', to } satisfies PresentMessage);
    // A focused button would take the next Space as a click of its own.
    (document.activeElement as HTMLElement | null)?.blur?.();
  };
  const i = state?.sceneIndex ?? -1;
  const current = state && i >= 0 ? state.scenes[i] : undefined;
  const next = state ? state.scenes[i + 1] : undefined;
  return (
    <main className="presenter" data-testid="presenter">
      <header className="presenter-head">
        <h1>{t('presenter.title')}</h1>
        <p className="presenter-clock" aria-label={t('presenter.clock')} data-testid="presenter-clock">
          {formatTime(lang, now)} <span className="muted">{formatDate(lang, now)}</span>
        </p>
      </header>
      {!state ? <p>{t('presenter.waiting')}</p> : (
        <>
          <section>
            <h2>{t('presenter.current')} {i >= 0 && `· ${t('scenes.sceneOf', { i: formatNumber(lang, i + 1), n: formatNumber(lang, state.scenes.length) })}`}</h2>
            <p className="presenter-caption" data-testid="presenter-caption">{current?.caption ?? '—'}</p>
            <Thumb url={current && thumbs.get(current.id)} label={t('presenter.thumbCurrent')} empty={t('presenter.noThumb')} />
            <h2>{t('presenter.notes')}</h2>
            <p className="presenter-notes" data-testid="presenter-notes">{current?.notes || t('presenter.noNotes')}</p>
          </section>
          <section>
            <h2>{t('presenter.next')}</h2>
            <p data-testid="presenter-next">{next?.caption ?? t('presenter.end')}</p>
            {next && <Thumb url={thumbs.get(next.id)} label={t('presenter.thumbNext')} empty={t('presenter.noThumb')} />}
          </section>
          <div className="control-row">
            <button type="button" onClick={() => nav('prev')}>← {t('present.prev')}</button>
            <button type="button" onClick={() => nav('next')}>{t('present.next')} →</button>
            <button type="button" onClick={() => nav('blank')} aria-label={t('presenter.blankButton')} title={t('presenter.blankButton')} aria-keyshortcuts="B">B</button>
          </div>
          <p className="muted">{t('presenter.keysHint')}</p>
        </>
      )}
    </main>
  );
}
