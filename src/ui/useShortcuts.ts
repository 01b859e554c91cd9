import { useEffect } from 'react';
import { useAppState } from '../state/store-context.tsx';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
}

/** Enter fits the view to the highlight; Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo view changes. */
export function useShortcuts(): void {
  const undo = useAppState((s) => s.undo);
  const redo = useAppState((s) => s.redo);
  const requestFit = useAppState((s) => s.requestFit);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        if (e.shiftKey) redo(); else undo();
      } else if (mod && e.key.toLowerCase() === 'y') {
        e.preventDefault();
        redo();
      } else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) {
        requestFit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo, requestFit]);
}
