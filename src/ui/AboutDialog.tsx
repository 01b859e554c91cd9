/**
 * About and sources: every dataset with its provenance, method and licence, the method of the
 * co-movement layer, this project's own thresholds, and the kazstat MIT notice. Opened from the top
 * bar (its button is in the file controls, so it folds into the menu on a narrow screen).
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useAppState } from '../state/store-context.tsx';
import { formatNumber, useT } from './i18n.ts';
import kazstatLicence from '../../data/sources/kazstat/LICENSE?raw';
import './about.css';

function AboutContent({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const datasets = useAppState((s) => s.datasets);
  const source = useAppState((s) => s.catalogue?.source);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const escape = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    document.addEventListener('keydown', escape);
    return () => document.removeEventListener('keydown', escape);
  }, [onClose]);
  return (
    <div className="about-backdrop" onClick={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div className="about-dialog" role="dialog" aria-modal="true" aria-labelledby="about-title" data-testid="about-dialog">
        <header className="about-head">
          <h2 id="about-title">{t('about.title')}</h2>
          <button type="button" ref={close} onClick={onClose} data-testid="about-close">{t('about.close')}</button>
        </header>
        <p>{t('about.intro')}</p>
        {datasets.map((d) => (
          <section key={d.id} className="about-dataset" data-testid={`about-${d.id}`}>
            <h3>{d.name}</h3>
            {d.illustrative && <p className="about-warning">{t('about.illustrative')}</p>}
            <p>{d.description}</p>
            <dl>
              <dt>{t('about.provenance')}</dt><dd>{d.provenance}</dd>
              {d.id === 'kz-national-comovement' && <><dt>{t('about.method')}</dt><dd>{t('about.comoveMethod')}</dd></>}
              <dt>{t('about.licence')}</dt><dd>{d.licence}</dd>
              <dt>{t('about.nodes')} · {t('about.links')}</dt><dd>{formatNumber(lang, d.nodes)} · {formatNumber(lang, d.links)}</dd>
            </dl>
            {d.realDataNote && <p className="muted">{d.realDataNote}</p>}
          </section>
        ))}
        <section>
          <p>{t('about.thresholds')}</p>
          <p>{t('about.count')}</p>
        </section>
        <section data-testid="about-kazstat">
          <h3>{t('about.kazstatTitle')}</h3>
          {source && <p>{source}</p>}
          <p>{t('about.kazstat')}</p>
          <pre className="about-licence">{kazstatLicence}</pre>
          <p className="muted">{t('about.licenceFiles')}</p>
        </section>
      </div>
    </div>
  );
}

export function AboutButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="io-button" onClick={() => setOpen(true)} data-testid="about-button" title={t('about.open')}>{t('about.button')}</button>
      {/* On the body, not in the top bar: the bar's no-wrap and folded-menu styles must not reach the dialog. */}
      {open && createPortal(<AboutContent onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
