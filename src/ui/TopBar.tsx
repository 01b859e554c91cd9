import { useAppState } from '../state/store-context.tsx';
import { currentEntry } from '../state/store.ts';
import { LANGS, type Lang } from '../core/model/types.ts';
import { IllustrativeBadge } from './IllustrativeBadge.tsx';
import { ExportMenu, ImportButton, SessionMenu } from './io/index.ts';

const LANG_NAMES: Record<Lang, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

export function TopBar() {
  const datasets = useAppState((s) => s.datasets);
  const datasetId = useAppState((s) => s.datasetId);
  const entry = useAppState(currentEntry);
  const openDataset = useAppState((s) => s.openDataset);
  const lang = useAppState((s) => s.lang);
  const setLang = useAppState((s) => s.setLang);
  const graph = useAppState((s) => s.graph);
  const level = graph?.getAttribute('level');

  return (
    <header className="topbar">
      <h1 className="app-title">SDG interlinkages</h1>
      <label className="field">
        <span>Dataset</span>
        <select value={datasetId ?? ''} onChange={(e) => void openDataset(e.target.value)} data-testid="dataset-select">
          {datasets.map((d) => (
            <option key={d.id} value={d.id}>{d.name}</option>
          ))}
        </select>
      </label>
      {graph && (
        <span className="counts" data-testid="counts">
          <strong data-testid="node-count">{graph.order}</strong> {level === 'goal' ? 'goals' : 'indicators'} ·{' '}
          <strong data-testid="link-count">{graph.size}</strong> links
        </span>
      )}
      {entry && <IllustrativeBadge entry={entry} />}
      <span className="spacer" />
      <button type="button" disabled title="coming soon" data-testid="export">Export</button>
      <button type="button" disabled title="coming soon" data-testid="present">Present</button>
      <label className="field">
        <span>Language</span>
        <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="lang-select">
          {LANGS.map((l) => (
            <option key={l} value={l}>{LANG_NAMES[l]}</option>
          ))}
        </select>
      </label>
      <ImportButton />
      <ExportMenu />
      <SessionMenu />
    </header>
  );
}
