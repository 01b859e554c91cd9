/**
 * Linear-time check for the patterns that see user text (issue 16, class 5): splitCodeTitle,
 * isSdgCode and parseScore on 100,000-character cells of the shapes that made the old regular
 * expressions backtrack, plus a whole CSV of such cells. Standalone: `npx tsx bench/normalise-code.ts`
 * prints the worst time per shape and exits 1 when one exceeds the (generous) bound.
 */
import { isSdgCode, parseScore, splitCodeTitle } from '../src/core/io/normalise-code.ts';
import { readGraphFile } from '../src/core/io/read-graph-file.ts';

const N = 100_000;
const BOUND_MS = 250;
const SHAPES: Record<string, string> = {
  digits: '1'.repeat(N), 'digits then x': `${'1'.repeat(N)}x`, 'digits dot digits then x': `${'1'.repeat(N / 2)}.${'1'.repeat(N / 2)}x`,
  'dots and spaces then x': `a${'. '.repeat(N / 2)}x`, 'separators then x': `1${'.-'.repeat(N / 2)}x`, 'dots at the end': `a${'.'.repeat(N)}`,
  'spaces then !': `16.6.1${' '.repeat(N)}!`, 'code then long title': `16.6.1 ${'word '.repeat(N / 5)}`, 'prefix then digits': `Indicator ${'1'.repeat(N)}`,
};

function time(f: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) { const t = performance.now(); f(); best = Math.min(best, performance.now() - t); }
  return best;
}

let worst = 0;
for (const [name, cell] of Object.entries(SHAPES)) {
  const ms = time(() => { splitCodeTitle(cell); isSdgCode(cell); parseScore(cell); });
  worst = Math.max(worst, ms);
  console.log(`${name.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms`);
}
const csv = `source,target,score\n${Object.values(SHAPES).map((c) => `${c},1.1.1,${c}`).join('\n')}\n`;
const csvMs = time(() => readGraphFile('long.csv', csv));
console.log(`${'CSV of all shapes'.padEnd(28)} ${csvMs.toFixed(1).padStart(8)} ms (${(csv.length / 1e6).toFixed(1)} MB)`);
worst = Math.max(worst, csvMs / Object.keys(SHAPES).length);
if (worst > BOUND_MS) { console.error(`slower than ${BOUND_MS} ms per cell`); process.exitCode = 1; }
