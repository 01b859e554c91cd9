import { useState } from 'react';
import { useT } from '../i18n.ts';
import { RENDERER_PREFS, savedRendererPref, saveRendererPref, type RendererPref } from './renderer.ts';

/**
 * Chooses the renderer (automatic, canvas, WebGL) and saves the choice. It applies to the next graph
 * drawn, not the one on screen: switching renderers means a new Cytoscape instance, which costs a
 * full draw, so it happens when a graph is drawn anyway (dataset switch, goal level, reload).
 */
export function RendererControl() {
  const t = useT();
  const [pref, setPref] = useState<RendererPref>(savedRendererPref);
  return (
    <label className="control-row" title={t('view.rendererTitle')}>
      <span className="control-label">{t('view.renderer')}</span>
      <select value={pref} data-testid="renderer" onChange={(e) => {
        const next = e.target.value as RendererPref;
        saveRendererPref(next);
        setPref(next);
      }}>
        {RENDERER_PREFS.map((r) => <option key={r} value={r}>{t(`view.renderers.${r}`)}</option>)}
      </select>
    </label>
  );
}
