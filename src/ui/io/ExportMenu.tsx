/**
 * The export menu's button. Its panel (ExportPanel.tsx) brings every export writer — the SVG picture,
 * GraphML and GEXF, the CSV and Excel tables (papaparse) — so it is loaded when the menu first opens,
 * or when the pointer or the keyboard reaches the button, instead of before the first draw.
 */
import { lazy, Suspense, useState } from 'react';
import { useAppState } from '../../state/store-context.tsx';
import { ErrorBoundary } from '../ErrorBoundary.tsx';
import { useT } from '../i18n.ts';
import './io.css';

const loadPanel = () => import('./ExportPanel.tsx');
const ExportPanel = lazy(loadPanel);

export function ExportMenu() {
  const t = useT();
  const graph = useAppState((s) => s.graph);
  // Once opened the panel stays mounted, so its choices (language, scope) survive closing the menu.
  const [opened, setOpened] = useState(false);
  return (
    <details className="io-menu" data-testid="export-menu" onToggle={(e) => { if (e.currentTarget.open) setOpened(true); }}>
      <summary className="io-button" aria-disabled={!graph} onPointerEnter={() => void loadPanel()} onFocus={() => void loadPanel()}>{t('io.export')}</summary>
      {opened && (
        <ErrorBoundary className="io-menu-panel">
          <Suspense fallback={<div className="io-menu-panel" role="status">{t('tabs.loading')}</div>}>
            <ExportPanel />
          </Suspense>
        </ErrorBoundary>
      )}
    </details>
  );
}
