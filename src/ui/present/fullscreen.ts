/**
 * Presentation mode takes the whole screen when the browser allows it (Fullscreen API needs a user
 * gesture and may be refused, e.g. in an iframe); otherwise the app simply fills the window.
 */
export function enterPresentation(setPresenting: (on: boolean) => void): void {
  setPresenting(true);
  const el = document.documentElement;
  if (!document.fullscreenElement && typeof el.requestFullscreen === 'function') {
    el.requestFullscreen().catch(() => { /* refused: fill the window instead */ });
  }
}

export function exitPresentation(setPresenting: (on: boolean) => void): void {
  setPresenting(false);
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    document.exitFullscreen().catch(() => { /* already left */ });
  }
}
