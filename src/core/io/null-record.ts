/**
 * Records keyed by text from a file (codes, titles, attribute names) have no prototype: a code
 * "constructor" must not find Object's constructor, and "__proto__" must be an ordinary key instead of
 * rewiring the object (or, through `info[code] ??= {}`, writing into Object.prototype itself).
 */
export function nullRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The same record, copied into a prototype-free object (entries with a `__proto__` key included). */
export function nullRecordOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = nullRecord<T>();
  for (const [k, v] of entries) out[k] = v;
  return out;
}
