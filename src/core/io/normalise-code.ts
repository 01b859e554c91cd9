/**
 * Codes as people type them in spreadsheets: "16-6-1", "16.6.1.", " 16.6.1 ", "16_6_1", "SDG 16.6.1",
 * "Indicator 16.6.1", "16.A.1". SDG-shaped codes become the dotted lower-case form the catalogue uses;
 * anything else (free-text node names) is only trimmed, so it still round-trips.
 */
const SDG_SHAPED = /^(\d{1,2})(?:[.\-_ ]+([0-9a-z]{1,2}))?(?:[.\-_ ]+(\d{1,2}))?(?:[.\-_ ]+(\d{1,2}))?$/i;

export function normaliseCode(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').trim().replace(/^["']|["']$/g, '').trim();
  s = s.replace(/^(?:sdg|goal|target|indicator|цур|цель|задача|индикатор)\s*/i, '');
  s = s.replace(/[.\s]+$/, '');
  const m = SDG_SHAPED.exec(s);
  if (!m) return s;
  return m.slice(1).filter((p) => p !== undefined).map((p) => p.toLowerCase()).join('.');
}

/** True when a cell looks like an SDG code after normalisation. */
export function isSdgCode(raw: string): boolean {
  return SDG_SHAPED.test(normaliseCode(raw)) && raw.trim() !== '';
}

/** "−2", "+1", "1,5" (decimal comma), "" → NaN for blanks is the caller's decision. */
export function parseScore(raw: string): number {
  const s = raw.trim().replace(/[\u2212\u2013]/g, '-').replace(/^\+/, '').replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (s === '' || !/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(s)) return NaN;
  return Number(s);
}
