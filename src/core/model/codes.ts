/** SDG code helpers shared by the pipeline, the importers and the app. */

export function dashToDot(code: string): string {
  return code.replace(/-/g, '.');
}

/** Goal of a code ("16.6.1" → "16"); null for free-text nodes. */
export function goalOf(code: string): string | null {
  const m = /^(\d{1,2})(?:\.|$)/.exec(code);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 17 ? String(n) : null;
}

/** Target of a code ("16.6.1" → "16.6"); null when the code has no target part. */
export function targetOf(code: string): string | null {
  const m = /^(\d{1,2})\.([0-9a-z]{1,2})(?:\.|$)/i.exec(code);
  return m && goalOf(code) ? `${m[1]}.${m[2].toLowerCase()}` : null;
}

/**
 * Natural order of SDG codes: numbers compare as numbers and lettered targets (means of
 * implementation, "a".."d") come after numbered ones, as in the UN list.
 */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
    } else if (nx !== ny) {
      return nx ? -1 : 1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
}
