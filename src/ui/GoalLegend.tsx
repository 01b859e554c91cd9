import { useAppState } from '../state/store-context.tsx';

export function GoalLegend() {
  const goals = useAppState((s) => s.catalogue?.goals);
  const lang = useAppState((s) => s.lang);
  if (!goals) return null;
  return (
    <ul className="legend" aria-label="Goal colours">
      {goals.map((g) => (
        <li key={g.code} title={g.title[lang]}>
          <span className="swatch" style={{ background: g.color }} aria-hidden="true" />
          <span className="legend-num">{g.code}</span> {g.short[lang]}
        </li>
      ))}
    </ul>
  );
}
