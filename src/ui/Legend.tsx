import { useEffect, useState } from 'react';
import { useAppState } from '../state/store-context.tsx';
import { graphHasFileColours, graphHasFileSizes, isGenericNetwork } from '../state/network.ts';
import { useCy } from './canvas/cy-context.tsx';
import { NODE_CLASSES } from '../state/selectors.ts';
import { useT } from './i18n.ts';
import { metricLabelKey } from '../state/registries.ts';
import { MARK_STYLES } from './graph/stylesheet.ts';
import { ClassShape } from './ClassShape.tsx';

/** Black or white, whichever reads better on the goal colour (WCAG contrast). */
function inkOn(hex: string): string {
  const c = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(c.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const L = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (L + 0.05) / 0.05 >= 1.05 / (L + 0.05) ? '#000000' : '#ffffff';
}

/**
 * What colour, shape and size mean. It is a strip below the canvas, not drawn over it, so it never
 * hides a node and the canvas (and every fit) is exactly the free area. Collapsed, only the goal
 * colours stay: one short row for a small projector.
 */
export function Legend() {
  const goals = useAppState((s) => s.catalogue?.goals);
  const lang = useAppState((s) => s.lang);
  const sizeMetric = useAppState((s) => s.sizeMetric);
  const goalLevel = useAppState((s) => s.graph?.getAttribute('level') === 'goal');
  const hasMarks = useAppState((s) => Object.keys(s.marks).length > 0);
  const [open, setOpen] = useState(true);
  const generic = useAppState(isGenericNetwork);
  const graph = useAppState((s) => s.graph);
  const fileColours = useAppState(graphHasFileColours);
  const fileSizes = useAppState(graphHasFileSizes);
  // In the store, not here: the pictures export the colours and sizes the screen shows.
  const useFileColours = useAppState((s) => s.fileStyle.colours);
  const useFileSizes = useAppState((s) => s.fileStyle.sizes);
  const setFileStyle = useAppState((s) => s.setFileStyle);
  const byFileSizes = fileSizes && useFileSizes;
  const cy = useCy();
  const t = useT();
  // Recolour in place: the elements carry both the file's colour and the app's, so no redraw is needed.
  useEffect(() => {
    if (!cy || cy.destroyed() || !fileColours) return;
    cy.batch(() => cy.nodes().forEach((n) => {
      const next = (useFileColours && n.data('fileColor')) || n.data('appColor');
      if (next && n.data('color') !== next) n.data('color', next);
    }));
  }, [cy, graph, fileColours, useFileColours]);
  const sizeNote = byFileSizes ? t('legend.sizeFile') : t('legend.size', { metric: t(metricLabelKey(sizeMetric)).toLowerCase() });
  return (
    <div className={open ? 'canvas-legend' : 'canvas-legend is-collapsed'} data-testid="legend" role="group" aria-label={t('legend.label')}>
      <button
        type="button" className="legend-toggle" aria-expanded={open} data-testid="legend-toggle"
        title={open ? t('legend.collapse') : t('legend.expand')} aria-label={open ? t('legend.collapse') : t('legend.expand')}
        onClick={() => setOpen(!open)}
      >{open ? '▾' : '▸'}</button>
      {!generic && (
        <div className="legend-row legend-goals" data-testid="legend-goals">
          {goals?.map((g) => (
            <span key={g.code} className="legend-goal" style={{ background: g.color, color: inkOn(g.color), textShadow: 'none' }} title={`${g.code}. ${g.short[lang]}`}>{g.code}</span>
          ))}
        </div>
      )}
      {fileColours && (
        <label className="check legend-row">
          <input type="checkbox" checked={useFileColours} onChange={(e) => setFileStyle({ colours: e.target.checked })} data-testid="file-colours" />
          {' '}{t('panels.fileColours')}
        </label>
      )}
      {fileSizes && (
        <label className="check legend-row">
          <input type="checkbox" checked={useFileSizes} onChange={(e) => setFileStyle({ sizes: e.target.checked })} data-testid="file-sizes" />
          {' '}{t('panels.fileSizes')}
        </label>
      )}
      {open && !goalLevel && (
        <div className="legend-row">
          {NODE_CLASSES.map((c) => (
            <span key={c} className="legend-class"><ClassShape cls={c} /> {t(`classes.${c}`)}</span>
          ))}
        </div>
      )}
      {open && (
        <div className="legend-row legend-size">
          <svg width="30" height="14" aria-hidden="true"><circle cx="4" cy="7" r="3" fill="#8a8f98" /><circle cx="20" cy="7" r="7" fill="#8a8f98" /></svg>
          <span title={sizeNote}>{sizeNote}</span>
        </div>
      )}
      {open && hasMarks && (
        <div className="legend-row" data-testid="legend-marks">
          {Object.entries(MARK_STYLES).map(([kind, m]) => (
            <span key={kind} className="legend-class">
              <svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="6" fill="none" stroke={m.color} strokeWidth="3" strokeDasharray={m.style === 'dashed' ? '3 2' : undefined} /></svg>
              {t(`legend.${kind}`)}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
