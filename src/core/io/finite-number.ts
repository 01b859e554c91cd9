/**
 * The one number parser of every reader (CSV/XLSX edge lists and matrices, GraphML, GEXF, Cytoscape
 * JSON): "−2", "+1", "1,5" (decimal comma), "3e-1"; a number that overflows to ±Infinity ("1e309") is
 * refused as `notFinite`, so a score is always finite. A hand-written scanner, not a regular
 * expression: `\d+\.?\d*` backtracks quadratically on a long run of digits.
 */
export type FiniteNumber = { ok: true; value: number } | { ok: false; reason: 'notNumber' | 'notFinite' };

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function digitsFrom(s: string, i: number): number {
  while (isDigit(s[i])) i++;
  return i;
}

/** `-?(\d+\.?\d*|\.\d+)(e-?\d+)?` or `-?\d+,\d+`, after "+" and Unicode minus signs are read. */
function numberText(raw: string): string | null {
  let s = raw.trim().replace(/[\u2212\u2013]/g, '-');
  if (s.startsWith('+')) s = s.slice(1);
  let i = s.startsWith('-') ? 1 : 0;
  const intEnd = digitsFrom(s, i);
  const hasInt = intEnd > i;
  i = intEnd;
  if (hasInt && s[i] === ',') {
    const fracEnd = digitsFrom(s, i + 1);
    return fracEnd > i + 1 && fracEnd === s.length ? `${s.slice(0, i)}.${s.slice(i + 1)}` : null;
  }
  if (s[i] === '.') {
    const fracEnd = digitsFrom(s, i + 1);
    if (!hasInt && fracEnd === i + 1) return null;
    i = fracEnd;
  } else if (!hasInt) return null;
  if (s[i] === 'e' || s[i] === 'E') {
    let j = i + 1;
    if (s[j] === '-') j++;
    const expEnd = digitsFrom(s, j);
    if (expEnd === j) return null;
    i = expEnd;
  }
  return i === s.length ? s : null;
}

export function parseFiniteNumber(raw: unknown): FiniteNumber {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, reason: Number.isNaN(raw) ? 'notNumber' : 'notFinite' };
  if (typeof raw !== 'string') return { ok: false, reason: 'notNumber' };
  const text = numberText(raw);
  if (text === null) return { ok: false, reason: 'notNumber' };
  const value = Number(text);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'notFinite' };
}
