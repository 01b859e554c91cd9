/**
 * Time of the last node tap, to measure click-to-highlight (`__sdgLastHighlightMs`). The tap handler
 * sets it; whichever paints the highlight first (the tap's fast path or the highlight controller)
 * takes it, so one click is measured once.
 */
let tapAt: number | null = null;

export function noteTap(): void {
  tapAt = performance.now();
}

export function takeTap(): number | null {
  const t = tapAt;
  tapAt = null;
  return t;
}
