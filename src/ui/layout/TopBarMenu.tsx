import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n.ts';

/**
 * The top bar's folded controls (language, Import, Export, Session) behind one button, for narrow
 * screens. Closed, the panel is only invisible, never removed or a closed <details>: the import
 * dialog and drop zone live inside ImportButton and must still show (CSS makes them visible again).
 */
export function TopBarMenu({ children }: { children: ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => { if (!root.current?.contains(e.target as Node)) setOpen(false); };
    const escape = (e: KeyboardEvent) => { if (e.key === 'Escape') setOpen(false); };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);
  return (
    <div className="io-menu topbar-menu" data-testid="topbar-menu" ref={root}>
      <button
        type="button" className="io-button" aria-expanded={open} aria-controls="topbar-menu-panel" data-testid="topbar-menu-button"
        title={t('top.menuTitle')} aria-label={t('top.menuTitle')} onClick={() => setOpen(!open)}
      >☰ {t('top.menu')}</button>
      <div className="io-menu-panel topbar-menu-panel" id="topbar-menu-panel" data-open={open ? 'true' : 'false'}>{children}</div>
    </div>
  );
}
