import { useAppState } from '../state/store-context.tsx';
import { graphHasFileSizes, isGenericNetwork, sizedByFile } from '../state/network.ts';
import { LAYOUT_DESCRIPTORS, metricLabelKey } from '../state/registries.ts';
import { METRIC_NAMES, type MetricName } from '../state/selectors.ts';
import { useT } from './i18n.ts';
import { DIRECTIONS, MAX_DEPTH, type Direction, type LayoutName } from '../state/view.ts';
import { RendererControl } from './graph/RendererControl.tsx';

/** The size list's entry for the file's own sizes (not a metric name, so never in the URL's size=). */
const FILE_SIZES = 'file';

export function ViewControls() {
  const depth = useAppState((s) => s.view.depth);
  const direction = useAppState((s) => s.view.direction);
  const layout = useAppState((s) => s.view.layout);
  const goalLevel = useAppState((s) => s.view.goalLevel);
  const canAggregate = useAppState((s) => s.baseGraph?.getAttribute('level') === 'indicator');
  const sizeMetric = useAppState((s) => s.sizeMetric);
  const locked = useAppState((s) => s.layoutLocked);
  const hasSelection = useAppState((s) => s.view.select.length > 0);
  const setView = useAppState((s) => s.setView);
  const setSizeMetric = useAppState((s) => s.setSizeMetric);
  const setFileStyle = useAppState((s) => s.setFileStyle);
  const byFileSizes = useAppState(sizedByFile);
  const hasFileSizes = useAppState(graphHasFileSizes);
  const setLocked = useAppState((s) => s.setLayoutLocked);
  const clearSelection = useAppState((s) => s.clearSelection);
  const requestFit = useAppState((s) => s.requestFit);
  const generic = useAppState(isGenericNetwork);
  const t = useT();
  // The goal layout means nothing for a network of characters; the chosen one stays listed so the select shows it.
  const layouts = LAYOUT_DESCRIPTORS.filter((l) => !generic || l.id !== 'goals' || l.id === layout);

  return (
    <section className="controls" aria-label={t('view.section')}>
      <h2>{t('view.heading')}</h2>
      <div className="control-row">
        <span className="control-label">{t('view.depth')}</span>
        <div className="segmented" role="group" aria-label={t('view.depth')}>
          {Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map((d) => (
            <button key={d} type="button" aria-pressed={depth === d} data-testid={`depth-${d}`} onClick={() => setView({ depth: d })}>{d}</button>
          ))}
        </div>
      </div>
      <label className="control-row">
        <span className="control-label">{t('view.direction')}</span>
        <select value={direction} data-testid="direction" onChange={(e) => setView({ direction: e.target.value as Direction })}>
          {DIRECTIONS.map((d) => <option key={d} value={d}>{t(`view.directions.${d}`)}</option>)}
        </select>
      </label>
      <div className="control-row">
        <button type="button" onClick={requestFit} title={t('view.fitTitle')} aria-keyshortcuts="Enter">{t('view.fit')}</button>
        <button type="button" onClick={clearSelection} disabled={!hasSelection}>{t('view.clear')}</button>
      </div>
      <h2>{t('view.layoutHeading')}</h2>
      <label className="control-row">
        <span className="control-label">{t('view.layout')}</span>
        <select value={layout} data-testid="layout" onChange={(e) => setView({ layout: e.target.value as LayoutName })}>
          {layouts.map((l) => <option key={l.id} value={l.id}>{t(l.labelKey)}</option>)}
        </select>
      </label>
      <label className="control-row">
        <span className="control-label">{t('view.sizeBy')}</span>
        <select value={byFileSizes ? FILE_SIZES : sizeMetric} data-testid="size-metric" onChange={(e) => {
          // "As in the file" is the legend's box; choosing a metric means sizing by it, so the box steps aside.
          if (e.target.value === FILE_SIZES) { setFileStyle({ sizes: true }); return; }
          if (byFileSizes) setFileStyle({ sizes: false });
          setSizeMetric(e.target.value as MetricName);
        }}>
          {hasFileSizes && <option value={FILE_SIZES}>{t('view.sizeFile')}</option>}
          {METRIC_NAMES.map((m) => <option key={m} value={m}>{t(metricLabelKey(m))}</option>)}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={locked} onChange={(e) => setLocked(e.target.checked)} data-testid="lock-layout" /> {t('view.lock')}
      </label>
      {!generic && <label className="check">
        <input type="checkbox" checked={goalLevel} disabled={!canAggregate} onChange={(e) => setView({ goalLevel: e.target.checked })} data-testid="goal-level" /> {t('view.goalLevel')}
      </label>}
      <RendererControl />
    </section>
  );
}
