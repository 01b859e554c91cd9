/**
 * A scene's glide stays inside the transition budget (600 ms from key to last frame, issue 12). It was
 * once measured at 648 ms at 1280×720 in software rendering: when frames are slow the same 450-ms glide
 * takes longer. So the next glide is shortened by how far the last one ran over, dropped when that
 * leaves too little to read as motion, and skipped outright on large graphs (every frame moves and
 * restyles every node and its links).
  * @internal also used by its unit test
 */
export const TRANSITION_BUDGET_MS = 600;
/** Below this a glide reads as a jump anyway: make it one. */
const MIN_GLIDE_MS = 150;
/** Nodes plus links above which a glide is not attempted.
 * @internal also used by its unit test */
export const LARGE_GRAPH_ELEMENTS = 4000;

export interface GlideHistory {
  /** what the last glide was asked to take and what it really took, ms */
  planned: number;
  took: number;
}

/** How long the next glide may take, given the one asked for, the graph's size and the last glide. */
export function glideMs(requested: number, elements: number, last: GlideHistory | null): number {
  if (requested <= 0 || elements > LARGE_GRAPH_ELEMENTS) return 0;
  if (!last || last.took <= 0 || last.planned <= 0) return requested;
  // The slack the key handling and the last frame take is what the budget leaves beyond the glide.
  const overhead = Math.max(0, last.took - last.planned);
  const room = TRANSITION_BUDGET_MS - overhead;
  // Frames ran slow by took/planned; a glide of d then takes about d × that.
  const slowdown = Math.max(1, last.took / last.planned);
  const fits = Math.min(requested, room / slowdown);
  return fits >= MIN_GLIDE_MS ? Math.round(fits) : 0;
}
