import { useEffect } from 'react';
import { useAppState } from '../../../state/store-context.tsx';

/** Opens the evidence tab when a link is clicked (the tab choice lives in the right panel, not the store). */
export function useEvidenceTab(openTab: (id: string) => void): void {
  const seq = useAppState((s) => s.linkSeq);
  useEffect(() => {
    if (seq > 0) openTab('evidence');
  }, [seq, openTab]);
}
