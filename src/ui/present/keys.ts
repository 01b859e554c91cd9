/**
 * The presentation keys, one table for the main window and the presenter window (which forwards
 * them over the channel): a clicker sends PageDown / PageUp, and sometimes B, Esc or the arrows.
 */
import type { AppState } from '../../state/store.ts';
import { exitPresentation } from './fullscreen.ts';

/** Keys the presenter window forwards to the main window. */
export const CLICKER_KEYS: ReadonlySet<string> = new Set([
  'PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', ' ', 'Spacebar', 'Home', 'End', 'b', 'B', '?', 'Escape',
]);

/** Handles a presentation or help key; true when the key was used. */
export function clickerKey(k: string, s: AppState): boolean {
  if (s.helpOpen) {
    if (k === 'Escape' || k === '?') { s.setHelpOpen(false); return true; }
    return false;
  }
  if (k === '?') { s.setHelpOpen(true); return true; }
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
