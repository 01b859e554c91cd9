import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../core/model/types.ts';
import { formatDate, formatNumber, formatTime, tFor } from '../i18n.ts';
import { openChannel, type PresentMessage } from './channel.ts';

type StateMsg = Extract<PresentMessage, { type: 'state' }>;

/** The presenter's own window (`?presenter=1`): notes, the next scene and a clock; follows the main window. */
export function PresenterView() {
  const [state, setState] = useState<StateMsg | null>(null);
  const [now, setNow] = useState(() => new Date());
  // A ref, not state: the channel is never rendered, only used by the buttons' handlers.
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    const ch = openChannel();
    if (!ch) return;
    ch.onmessage = (e: MessageEvent<PresentMessage>) => { if (e.data?.type === 'state') setState(e.data); };
    ch.postMessage({ type: 'hello' } satisfies PresentMessage);
    channel.current = ch;
    return () => { channel.current = null; ch.close(); };
  }, []);
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  const lang: Lang = state?.lang ?? 'en';
  const t = tFor(lang);
  useEffect(() => { document.documentElement.lang = lang; document.title = t('presenter.title'); }, [lang, t]);
  const nav = (to: 'next' | 'prev' | 'blank') => channel.current?.postMessage({ type: 'nav', to } satisfies PresentMessage);
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
            <h2>{t('presenter.notes')}</h2>
            <p className="presenter-notes" data-testid="presenter-notes">{current?.notes || t('presenter.noNotes')}</p>
          </section>
          <section>
            <h2>{t('presenter.next')}</h2>
            <p data-testid="presenter-next">{next?.caption ?? t('presenter.end')}</p>
          </section>
          <div className="control-row">
            <button type="button" onClick={() => nav('prev')}>← {t('present.prev')}</button>
            <button type="button" onClick={() => nav('next')}>{t('present.next')} →</button>
            <button type="button" onClick={() => nav('blank')}>B</button>
          </div>
        </>
      )}
    </main>
  );
}
