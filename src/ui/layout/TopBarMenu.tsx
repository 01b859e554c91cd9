import type { ReactNode } from 'react';
import { useT } from '../i18n.ts';

/** The top bar's folded controls (language, Import, Export, Session) behind one button, for narrow screens. */
export function TopBarMenu({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <details className="io-menu topbar-menu" data-testid="topbar-menu">
      <summary className="io-button" title={t('top.menuTitle')} aria-label={t('top.menuTitle')}>☰ {t('top.menu')}</summary>
      <div className="io-menu-panel topbar-menu-panel">{children}</div>
    </details>
  );
}
