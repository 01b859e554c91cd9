/**
 * Time of the last node tap, to measure click-to-highlight (`__sdgLastHighlightMs`). The tap handler
 * sets it; whichever paints the highlight first (the tap's fast path or the highlight controller)
 * takes it, so one click is measured once. The clock starts at the pointer's release (the event's own
 * time stamp), not at the tap: the renderer's hit test and anything queued before it are part of what
 * the person waits for.
 */
let tapAt: number | null = null;

export function noteTap(released?: number): void {
  const now = performance.now();
  // An event's timeStamp is on performance.now()'s clock; a synthetic or missing one falls back to now.
  tapAt = released !== undefined && released > 0 && released <= now ? released : now;
}

export function takeTap(): number | null {
  const t = tapAt;
  tapAt = null;
  return t;
}
