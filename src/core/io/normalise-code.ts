/**
 * Codes as people type them in spreadsheets: "16-6-1", "16.6.1.", " 16.6.1 ", "16_6_1", "SDG 16.6.1",
 * "Indicator 16.6.1", "16.A.1". SDG-shaped codes become the dotted lower-case form the catalogue uses;
 * anything else (free-text node names) is only trimmed, so it still round-trips.
 */
import { parseFiniteNumber } from './finite-number.ts';

const SDG_SHAPED = /^(\d{1,2})(?:[.\-_ ]+([0-9a-z]{1,2}))?(?:[.\-_ ]+(\d{1,2}))?(?:[.\-_ ]+(\d{1,2}))?$/i;

/** "16.6.1 Republican budget…", "16.6.1: Budget", "16.6.1 – Budget": a code followed by its title. */
const CODE_THEN_TITLE = /^(\d{1,2}(?:[.\-_][0-9a-z]{1,2})(?:[.\-_]\d{1,2}){0,2})\.?\s*[:)\u2013\u2014-]?\s+(\S.*)$/i;
const GOAL_THEN_TITLE = /^(\d{1,2})\.?\s*[:)\u2013\u2014-]?\s+(\p{L}.*)$/iu;
const PREFIX = /^(?:sdg|goal|target|indicator|цур|цель|задача|индикатор|индикаторы|көрсеткіш|мақсат|міндет)\s*(?:(?:№|no\.?)\s*)?/i;

/**
 * Every pattern here sees user text, so each runs in linear time: anchored, bounded repeats, and
 * no end-anchored `[.\s]+$` (which backtracks quadratically on "a. . . . x"); that one is a loop.
 * An SDG code is short, so the SDG pattern only looks at cells of at most MAX_CODE characters.
 */
const MAX_CODE = 40;

/** `s` without trailing dots and whitespace, by a loop instead of `/[.\s]+$/`. */
function trimDotsEnd(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === '.' || /\s/.test(s[end - 1]))) end--;
  return s.slice(0, end);
}

const sdgShaped = (s: string) => (s.length <= MAX_CODE ? SDG_SHAPED.exec(s) : null);

/**
 * A header cell as code and, when the cell also carries it, the title: "16.6.1 Republican budget" →
 * { code: "16.6.1", title: "Republican budget" }. "Индикатор 16.6.1" and "16-6-1" give only the code.
 */
export function splitCodeTitle(raw: string): { code: string; title?: string } {
  let s = raw.replace(/\s+/g, ' ').trim().replace(/^["']|["']$/g, '').trim();
  const prefixed = PREFIX.test(s);
  s = s.replace(PREFIX, '');
  const bare = trimDotsEnd(s);
  const m = sdgShaped(bare);
  if (m) return { code: m.slice(1).filter((p) => p !== undefined).map((p) => p.toLowerCase()).join('.') };
  const t = CODE_THEN_TITLE.exec(s) ?? (prefixed ? GOAL_THEN_TITLE.exec(s) : null);
  if (t) {
    const code = splitCodeTitle(t[1]).code;
    const title = t[2].trim();
    return title ? { code, title } : { code };
  }
  return { code: prefixed ? trimDotsEnd(raw.replace(/\s+/g, ' ').trim()) : bare };
}

export function normaliseCode(raw: string): string {
  return splitCodeTitle(raw).code;
}

/** True when a cell looks like an SDG code after normalisation. */
export function isSdgCode(raw: string): boolean {
  return sdgShaped(normaliseCode(raw)) !== null && raw.trim() !== '';
}

/** A score cell as a number, NaN when it is not one (see finite-number.ts for the full answer). */
export function parseScore(raw: string): number {
  const r = parseFiniteNumber(raw);
  return r.ok ? r.value : NaN;
}
