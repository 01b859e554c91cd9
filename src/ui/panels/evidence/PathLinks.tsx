import { useAppState } from '../../../state/store-context.tsx';
import { useT } from '../../i18n.ts';

/** Each link of the first shortest path found, to open its evidence one after another. */
export function PathLinks() {
  const t = useT();
  const result = useAppState((s) => s.pathResult);
  const selectLink = useAppState((s) => s.selectLink);
  const selected = useAppState((s) => s.selectedLink);
  const codes = result?.paths[0]?.codes;
  if (!codes || codes.length < 2) return null;
  const links = codes.slice(1).map((to, i) => [codes[i]!, to] as const);
  return (
    <section data-testid="evidence-path">
      <h4>{t('evidence.path.title', { from: result!.from, to: result!.to })}</h4>
      <ol className="evidence-path">
        {links.map(([s, tg]) => (
          <li key={`${s}→${tg}`}>
            <button type="button" className="link" aria-pressed={selected?.source === s && selected.target === tg} onClick={() => selectLink(s, tg)}>{s} → {tg}</button>
          </li>
        ))}
      </ol>
    </section>
  );
}
