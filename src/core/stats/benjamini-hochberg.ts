/**
 * Benjamini–Hochberg q-values (step-up FDR): q_(i) = min over j ≥ i of p_(j)·m/j, capped at 1, returned
 * in the input's order. Tied p-values get the same q.
 */
export function benjaminiHochberg(p: readonly number[]): number[] {
  const m = p.length;
  const order = p.map((_, i) => i).sort((a, b) => p[a]! - p[b]!);
  const q = new Array<number>(m);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const i = order[k]!;
    running = Math.min(running, (p[i]! * m) / (k + 1));
    q[i] = running;
  }
  return q;
}
