/**
 * The ILLUSTRATIVE mark in the CLI's stdout, not only on stderr: `sdg-graph rank … > file` and piped
 * `--json` must carry it too. Text gets a first line; JSON objects get `illustrative` and `notice`,
 * and each row of a JSON list gets `notice`, so a list stays a list and a row cut out of it still says so.
 * JSON keeps this English notice whatever `--lang` says (machine-readable); text gets the locale's
 * `cli.illustrativeNotice`, whose English is this same sentence (tests/cli/lang-output.test.ts checks).
 */
/** @internal exported for the tests that compare it with the locale's */
export const ILLUSTRATIVE_NOTICE = 'NOTE: ILLUSTRATIVE links (generated to match published totals; not ERI data)';

export function markedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((row) => (row && typeof row === 'object' && !Array.isArray(row) ? { ...row, notice: ILLUSTRATIVE_NOTICE } : row));
  if (value && typeof value === 'object') return { illustrative: true, notice: ILLUSTRATIVE_NOTICE, ...value };
  return value;
}

export const markedText = (text: string, notice: string): string => `${notice}\n${text}`;
