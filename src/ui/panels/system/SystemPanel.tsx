/**
 * The System view: feedback loops, the MICMAC plane, robustness of a ranking, propagation of one
 * node's effect and the diff against another network, one section at a time. Every result is of the
 * graph on screen; on illustrative links the panel says they are generated.
 */
import { useState } from 'react';
import { useAppState } from '../../../state/store-context.tsx';
import { useT } from '../../i18n.ts';
import { LoopsSection } from './LoopsSection.tsx';
import { MicmacSection } from './MicmacSection.tsx';
import { RobustnessSection } from './RobustnessSection.tsx';
import { PropagationSection } from './PropagationSection.tsx';
import { DiffSection } from './DiffSection.tsx';
import './system.css';

const SECTIONS = { loops: LoopsSection, micmac: MicmacSection, robustness: RobustnessSection, propagation: PropagationSection, diff: DiffSection } as const;
type Section = keyof typeof SECTIONS;

export default function SystemPanel() {
  const t = useT();
  const graph = useAppState((s) => s.graph);
  const [section, setSection] = useState<Section>('loops');
  if (!graph) return null;
  const Body = SECTIONS[section];
  return (
    <div className="system-panel" data-testid="system-panel">
      {graph.getAttribute('illustrative') === true && <p className="system-illustrative" role="note" data-testid="system-illustrative">{t('system.illustrative')}</p>}
      <div className="system-sections" role="group" aria-label={t('system.sectionsLabel')}>
        {(Object.keys(SECTIONS) as Section[]).map((id) => (
          <button key={id} type="button" aria-pressed={section === id} data-testid={`system-section-${id}`} onClick={() => setSection(id)}>{t(`system.section.${id}`)}</button>
        ))}
      </div>
      <Body />
    </div>
  );
}
