import { useAppState } from '../state/store-context.tsx';
import { isGenericNetwork } from '../state/network.ts';
import { useT } from './i18n.ts';

/**
 * An empty canvas always says why and how to get back: filters that leave nothing (or a class filter at
 * goal level, where goals have no class), or a network with no nodes. Laid over the canvas, centred.
 */
export function EmptyCanvasNotice() {
  const graph = useAppState((s) => s.graph);
  const visible = useAppState((s) => s.visible);
  const filters = useAppState((s) => s.filters);
  const setFilters = useAppState((s) => s.setFilters);
  const generic = useAppState(isGenericNetwork);
  const t = useT();
  if (!graph) return null;
  const goalLevel = graph.getAttribute('level') === 'goal';
  // "no indicators": the plural form for zero (ru «индикаторов», en "indicators").
  const what = generic ? t('panels.nodes', { count: 0 }) : goalLevel ? t('top.goals', { count: 0 }) : t('top.indicators', { count: 0 });
  if (graph.order === 0) {
    return <div className="empty-canvas" role="status" data-testid="empty-canvas">{t('panels.emptyNoNodes', { what })}</div>;
  }
  if (!visible || visible.size > 0) return null;
  const named = [
    ...filters.goals.map((g) => `${t('details.goal')} ${g}`),
    ...filters.classes.map((c) => t(`classes.${c}`)),
  ].join(', ');
  return (
    <div className="empty-canvas" role="status" data-testid="empty-canvas">
      <p>{goalLevel && filters.classes.length > 0
        ? t('panels.classesNotApplicable', { classes: filters.classes.map((c) => t(`classes.${c}`)).join(', ') })
        : t('panels.emptyFiltered', { what, filters: named })}</p>
      <button type="button" onClick={() => setFilters({ goals: [], classes: [] })} data-testid="empty-canvas-reset">{t('panels.resetFilters')}</button>
    </div>
  );
}
