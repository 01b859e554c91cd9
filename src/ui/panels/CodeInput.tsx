import { useId, useMemo } from 'react';
import { useAppState } from '../../state/store-context.tsx';
import { useT } from '../i18n.ts';

/** A code field with the graph's codes and titles as suggestions. */
export function CodeInput({ label, value, onChange, testId }: { label: string; value: string; onChange: (v: string) => void; testId: string }) {
  const graph = useAppState((s) => s.graph);
  const lang = useAppState((s) => s.lang);
  const id = useId();
  const t = useT();
  const options = useMemo(() => graph?.mapNodes((code, a) => ({ code, title: a.title[lang] })) ?? [], [graph, lang]);
  return (
    <label className="control-row">
      <span className="control-label">{label}</span>
      <input list={id} value={value} onChange={(e) => onChange(e.target.value.trim())} data-testid={testId} placeholder={t('paths.example')} />
      <datalist id={id}>
        {options.map((o) => <option key={o.code} value={o.code}>{o.title}</option>)}
      </datalist>
    </label>
  );
}
