/**
 * A cap on warnings. A million-row file with the same problem on every row must not carry a million
 * messages (a 118 MB `info --json`, a preview that cannot scroll): the first few of each kind are
 * kept as they are and the rest collapse into one `moreWarnings` message with the count, carrying the
 * first of its kind as cause ("… and 999,990 more like this: row 3: duplicate link …").
 */
import { readProblem, type ReadWarning } from './result.ts';

/** @internal exported for its unit test */
export const WARNINGS_PER_CODE = 10;

/** Collects warnings as a reader goes, holding at most WARNINGS_PER_CODE of each code in memory. */
export class WarningList {
  private readonly kept: ReadWarning[] = [];
  private readonly extra = new Map<string, { first: ReadWarning; n: number }>();
  private readonly perCode = new Map<string, number>();

  push(w: ReadWarning): void {
    if (w.code === 'moreWarnings') { this.addMore(w); return; }
    const n = this.perCode.get(w.code) ?? 0;
    if (n < WARNINGS_PER_CODE) { this.perCode.set(w.code, n + 1); this.kept.push(w); return; }
    const more = this.extra.get(w.code);
    if (more) more.n++;
    else this.extra.set(w.code, { first: w, n: 1 });
  }

  /** A loop, not `push(...all)`: a spread of a million warnings overflows the stack. */
  pushAll(warnings: Iterable<ReadWarning>): void {
    for (const w of warnings) this.push(w);
  }

  /** An already collapsed warning merges with this list's count for the same code. */
  private addMore(w: ReadWarning): void {
    const code = w.cause?.code;
    const n = typeof w.params?.n === 'number' ? w.params.n : 0;
    if (!code || !w.cause) { this.kept.push(w); return; }
    const more = this.extra.get(code);
    if (more) more.n += n;
    else this.extra.set(code, { first: w.cause as ReadWarning, n });
  }

  list(): ReadWarning[] {
    const out = [...this.kept];
    for (const { first, n } of this.extra.values()) out.push({ ...readProblem(first.file, null, null, 'moreWarnings', { n }, first.sheet), cause: first });
    return out;
  }
}
