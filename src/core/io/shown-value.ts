/**
 * A value from a file as a message shows it: text as it is, anything else (an object, a list) as
 * short JSON — `weight {}` rather than `weight ""`. Never throws, even on cyclic values.
 */
export function shownValue(v: unknown, max = 40): string {
  if (typeof v === 'string') return v.slice(0, max);
  try {
    return String(JSON.stringify(v) ?? String(v)).slice(0, max);
  } catch {
    return Object.prototype.toString.call(v).slice(0, max);
  }
}
