import { memo, useCallback } from 'react';
import { useAppState } from '../state/store-context.tsx';
import type { Goal, Lang } from '../core/model/types.ts';
import { isGenericNetwork } from '../state/network.ts';
import { NODE_CLASSES, type NodeClass } from '../state/selectors.ts';
import { formatNumber, useT } from './i18n.ts';
import { EvidenceFilter } from './panels/evidence/EvidenceFilter.tsx';
import { ClassShape } from './ClassShape.tsx';
import { useQuickFilters } from './panels/useQuickFilters.ts';

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** One goal's box; memo'd so a click re-renders only the box it ticks, inside the click's own task. */
const GoalCheck = memo(function GoalCheck({ goal, lang, checked, onToggle }: { goal: Goal; lang: Lang; checked: boolean; onToggle: (code: string) => void }) {
  return (
    <li title={goal.title[lang]}>
      <label className="check">
        <input type="checkbox" checked={checked} onChange={() => onToggle(goal.code)} data-testid={`goal-${goal.code}`} />
        <span className="swatch" style={{ background: goal.color }} aria-hidden="true" />
        <span className="legend-num">{goal.code}</span> {goal.short[lang]}
      </label>
    </li>
  );
});

/** The link-evidence boxes take no props: memo'd, a goal or class click does not re-render them. */
const Evidence = memo(EvidenceFilter);

/** Filters hide nodes without moving the others. The goal list doubles as the named colour legend. */
export function Filters() {
  const goals = useAppState((s) => s.catalogue?.goals);
  const lang = useAppState((s) => s.lang);
  const [filters, change] = useQuickFilters();
  const visibleCount = useAppState((s) => s.visible?.size ?? null);
  const goalLevel = useAppState((s) => s.graph?.getAttribute('level') === 'goal');
  const generic = useAppState(isGenericNetwork);
  const t = useT();
  const toggleGoal = useCallback((code: string) => change((f) => ({ ...f, goals: toggle(f.goals, code) })), [change]);
  if (!goals) return null;
  // Goals have no class: a class filter left on from the indicator level would hide every goal.
  const idleClasses = goalLevel && filters.classes.length > 0;
  return (
    <section className="filters" aria-label={t('filters.heading')}>
      <h2>
        {t('filters.heading')}
        {visibleCount !== null && <span className="muted" data-testid="visible-count"> · {t('filters.shown', { count: formatNumber(lang, visibleCount) })}</span>}
        {(filters.goals.length > 0 || filters.classes.length > 0) && (
          <button type="button" className="link small" onClick={() => change(() => ({ goals: [], classes: [] }))}>{t('filters.reset')}</button>
        )}
      </h2>
      {idleClasses && (
        <div className="notice not-applicable" role="status" data-testid="classes-not-applicable">
          {t('panels.classesNotApplicable', { classes: filters.classes.map((c) => t(`classes.${c}`)).join(', ') })}{' '}
          <button type="button" className="link" onClick={() => change((f) => ({ ...f, classes: [] }))} data-testid="clear-classes">{t('panels.clearClasses')}</button>
        </div>
      )}
      {generic && <p className="muted small" data-testid="generic-note">{t('panels.genericNote')}</p>}
      {!goalLevel && (
        <div className="class-filter" role="group" aria-label={t('filters.classification')}>
          {NODE_CLASSES.map((c: NodeClass) => (
            <label key={c} className="check">
              <input type="checkbox" checked={filters.classes.includes(c)} onChange={() => change((f) => ({ ...f, classes: toggle(f.classes, c) }))} data-testid={`class-${c}`} />
              <ClassShape cls={c} /> {t(`classes.${c}`)}
            </label>
          ))}
        </div>
      )}
      <Evidence />
      {!generic && <ul className="legend goal-filter" aria-label={t('filters.goals')}>
        {goals.map((g) => <GoalCheck key={g.code} goal={g} lang={lang} checked={filters.goals.includes(g.code)} onToggle={toggleGoal} />)}
      </ul>}
    </section>
  );
}
