/** The systems-analysis commands (one file each) and their lines of `sdg-graph --help`. */
export { loopsCommand } from './loops.ts';
export { micmacCommand } from './micmac.ts';
export { robustnessCommand } from './robustness.ts';
export { propagateCommand } from './propagate.ts';

import type { UsageRow } from './context.ts';

/** Their rows of `sdg-graph --help`; the descriptions are `cli.help.*` in the locale files. */
export const SYSTEM_USAGE: readonly UsageRow[] = [
  ['loops FILE [--max-length L] [--through CODE] [--limit N]', 'cli.help.loops'],
  ['micmac FILE', 'cli.help.micmac'],
  ['robustness FILE [--metric out|total|pagerank] [--runs N] [--drop P] [--jitter Q] [--seed S] [--top K]', 'cli.help.robustness'],
  ['propagate FILE CODE [--alpha A]', 'cli.help.propagate'],
];
