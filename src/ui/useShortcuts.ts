import { useEffect } from 'react';
import { useContext } from 'react';
import { StoreContext } from '../state/store-context.tsx';
import { useAppState } from '../state/store-context.tsx';
import type { Core } from 'cytoscape';
import type { AppState } from '../state/store.ts';
import { enterPresentation, exitPresentation } from './present/fullscreen.ts';
import { captureSnapshot } from './present/snapshot.ts';
import { CLICKER_KEYS, clickerKey } from './present/keys.ts';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
}

/** Where text is being written; a checkbox, select or button is not, so clicker keys pass it while presenting. */
function writing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'range', 'color'].includes(el.type);
  return el.tagName === 'TEXTAREA' || el.isContentEditable;
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
      const mod = e.ctrlKey || e.metaKey;
      const s = store?.getState();
      // While presenting the clicker must never stop: a focused control (checkbox, select, button) in
      // the bar does not take its keys, and preventDefault keeps Space from toggling the checkbox.
      if (s?.presenting && !mod && !e.altKey && CLICKER_KEYS.has(e.key) && !writing(e.target) && clickerKey(e.key, s)) {
        e.preventDefault();
        e.stopPropagation();
        return;
      }
      if (typing(e.target)) return;
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
    // Capture phase: a control's own handler must not see a clicker key first.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [undo, redo, requestFit, store, cy]);
}

/** Handles a presentation / help / scene key; true when the key was used. */
function presentKey(e: KeyboardEvent, s: AppState, cy: Core | null): boolean {
  const k = e.key;
  if (!s.helpOpen && (k === 'p' || k === 'P')) {
    if (s.presenting) exitPresentation(s.setPresenting); else enterPresentation(s.setPresenting);
    return true;
  }
  if (!s.helpOpen && (k === 's' || k === 'S') && s.status === 'ready') { s.saveScene(captureSnapshot(cy)); return true; }
  return clickerKey(k, s);
}
