/**
 * Look-alike and invisible characters in codes and cells. Two codes that look the same on screen must
 * be the same node: text is put in Unicode NFKC form (fullwidth «１.１.１» → "1.1.1", ligatures and
 * compatibility forms folded), and characters nobody can see are removed — zero-width spaces and
 * joiners, bidi controls, soft hyphens, the BOM, NUL and other C0/C1 control bytes (tab, CR and LF
 * become a space). A word mixing Latin and Cyrillic letters (Cyrillic «а» inside "Data") cannot be
 * fixed safely, so it is only reported. Every pattern is a single character class: linear time.
 */

// C0 controls except tab/LF/CR, DEL, C1 controls, soft hyphen, Arabic letter mark, Mongolian vowel
// separator, zero-width space/joiners, LRM/RLM, bidi embeddings and isolates, word joiner and the
// invisible operators, the BOM / zero-width no-break space, interlinear annotation marks.
// eslint-disable-next-line no-control-regex -- finding control bytes is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g;
const LINE_BREAKS = /[\t\n\r]/g;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const NOT_LETTER = /[^\p{L}\p{M}]+/u;

export interface CleanText {
  text: string;
  /** how many invisible or control characters were removed */
  removed: number;
  /** a word of the text mixes Latin and Cyrillic letters */
  mixedScripts: boolean;
}

const hasInvisible = (s: string) => { INVISIBLE.lastIndex = 0; return INVISIBLE.test(s); };

/** `raw` as NFKC without invisible characters; `removed` counts what was taken out. */
function cleanText(raw: string): CleanText {
  let text = raw;
  let removed = 0;
  if (hasInvisible(text)) {
    const before = text.length;
    text = text.replace(INVISIBLE, '');
    removed = before - text.length;
  }
  // Plain ASCII is already NFKC: skipping it keeps big files fast.
  // eslint-disable-next-line no-control-regex
  if (!/^[\u0000-\u007F]*$/.test(text)) text = text.normalize('NFKC');
  return { text, removed, mixedScripts: mixesScripts(text) };
}

/** A cell's text: like cleanText, and line breaks and tabs inside the cell become spaces. */
export function cleanCell(raw: string): CleanText {
  const r = cleanText(raw);
  return r.text.includes('\n') || r.text.includes('\r') || r.text.includes('\t') ? { ...r, text: r.text.replace(LINE_BREAKS, ' ') } : r;
}

/** True when one word holds both Latin and Cyrillic letters ("Dаta" with a Cyrillic «а»). */
function mixesScripts(text: string): boolean {
  if (!LATIN.test(text) || !CYRILLIC.test(text)) return false;
  return text.split(NOT_LETTER).some((w) => LATIN.test(w) && CYRILLIC.test(w));
}
