/**
 * Smallest and largest of a list in one pass. `Math.min(...xs)` passes every value as an argument, and
 * engines overflow the call stack somewhere above ~125,000 of them — a big but legal import.
 */
export function minMax(values: Iterable<number>): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  let any = false;
  for (const v of values) {
    any = true;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return any ? { min, max } : null;
}
