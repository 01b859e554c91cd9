/**
 * The main window and the presenter window (same app, `?presenter=1`) talk over a BroadcastChannel:
 * the main window publishes what is on screen; the presenter window asks for it when it opens and
 * may send navigation commands back.
 */
import type { Lang } from '../../core/model/types.ts';

const CHANNEL = 'sdg-present';

interface PresenterScene { id: string; caption: string; notes: string }

export type PresentMessage =
  | { type: 'state'; scenes: PresenterScene[]; sceneIndex: number; lang: Lang; presenting: boolean; blank: boolean }
  | { type: 'hello' }
  | { type: 'nav'; to: 'next' | 'prev' | 'blank' }
  /** a key pressed in the presenter window, played in the main window as if pressed there */
  | { type: 'key'; key: string }
  /** a small PNG of how a scene looks in the main window (data: URL) */
  | { type: 'thumb'; sceneId: string; url: string };

export function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
}

export function presenterUrl(): string {
  const u = new URL(window.location.href);
  u.search = '?presenter=1';
  u.hash = '';
  return u.toString();
}
