import { useEffect } from 'react';
import { useContext } from 'react';
import { StoreContext } from '../state/store-context.tsx';
import { useAppState } from '../state/store-context.tsx';
import type { Core } from 'cytoscape';
import type { AppState } from '../state/store.ts';
import { enterPresentation, exitPresentation } from './present/fullscreen.ts';
import { captureSnapshot } from './present/snapshot.ts';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
}

/**
 * Enter fits the view to the highlight; Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo view changes.
 * P presents, ? shows the shortcut list, S saves a scene; while presenting → ← PageDown PageUp Space
 * Home End step through scenes, B blanks the screen and Esc leaves.
 */
export function useShortcuts(cy: Core | null): void {
  const undo = useAppState((s) => s.undo);
  const redo = useAppState((s) => s.redo);
  const requestFit = useAppState((s) => s.requestFit);
  const store = useContext(StoreContext);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const s = store?.getState();
      if (s && !mod && !e.altKey && presentKey(e, s, cy)) {
        e.preventDefault();
        return;
      }
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
  }, [undo, redo, requestFit, store, cy]);
}

type State = AppState;

/** Handles a presentation / help / scene key; true when the key was used. */
function presentKey(e: KeyboardEvent, s: State, cy: Core | null): boolean {
  const k = e.key;
  if (s.helpOpen) {
    if (k === 'Escape' || k === '?') { s.setHelpOpen(false); return true; }
    return false;
  }
  if (k === '?') { s.setHelpOpen(true); return true; }
  if (k === 'p' || k === 'P') {
    if (s.presenting) exitPresentation(s.setPresenting); else enterPresentation(s.setPresenting);
    return true;
  }
  if ((k === 's' || k === 'S') && s.status === 'ready') { s.saveScene(captureSnapshot(cy)); return true; }
  if (!s.presenting) return false;
  switch (k) {
    case 'ArrowRight': case 'PageDown': case ' ': case 'Spacebar':
      void (s.sceneIndex < 0 ? s.goToScene(0) : s.nextScene()); return true;
    case 'ArrowLeft': case 'PageUp':
      void s.prevScene(); return true;
    case 'Home': void s.goToScene(0); return true;
    case 'End': void s.goToScene(s.scenes.length - 1); return true;
    case 'b': case 'B': s.toggleBlank(); return true;
    case 'Escape': exitPresentation(s.setPresenting); return true;
    default: return false;
  }
}
