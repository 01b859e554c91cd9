import { useEffect } from 'react';
import { useAppState } from '../state/store-context.tsx';

/**
 * Opens the Paths tab when a path is shown — from a shared link (`?path=A,B`), a session or a scene —
 * so the chain drawn on the canvas is also listed; asked from the Paths tab itself, it is already open.
 */
export function usePathsTab(openTab: (id: string) => void): void {
  const path = useAppState((s) => s.pathResult);
  useEffect(() => {
    if (path) openTab('paths');
  }, [path, openTab]);
}
