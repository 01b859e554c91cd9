/**
 * Graph keys of codes. graphology keeps each node's neighbours in plain objects keyed by node key, so a
 * node named after an Object.prototype member ("constructor", "__proto__", "valueOf"…) breaks edge
 * building (an inherited function looks like an existing edge; "__proto__" rewires the prototype).
 * Such codes get a key with a trailing zero-width space: it looks the same on screen and in exports,
 * and every plain-object map keyed by node key downstream (metrics, classes, positions) is safe too.
 * The mapping is injective: a code that already ends in the mark gets one more.
 */
const MARK = '\u200B';
// Read before any input is seen, so a polluted prototype cannot widen the set.
const PROTO_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

function needsMark(code: string): boolean {
  // Every Object.prototype name starts with a letter or "_": a code starting with a digit (every SDG
  // code) is never one, whatever marks follow. Most keys take this way (10k nodes / 100k links: 4 calls
  // a link, 55 → ~5 ms of the build in a CPU profile).
  const first = code.charCodeAt(0);
  if (first >= 48 && first <= 57) return false;
  let end = code.length;
  while (end > 0 && code[end - 1] === MARK) end--;
  return PROTO_NAMES.has(end === code.length ? code : code.slice(0, end));
}

/** The graph key of a code: the code itself, except for Object.prototype names (see above). */
export function graphKey(code: string): string {
  return needsMark(code) ? code + MARK : code;
}

/** The code a graph key stands for (the inverse of graphKey). */
export function codeOfKey(key: string): string {
  return key.endsWith(MARK) && needsMark(key.slice(0, -1)) ? key.slice(0, -1) : key;
}
