/**
 * `sdg-graph comove [--min-years 8] [--threshold 0.6] [--q 0.05] [--json]`: the co-movement layer of the
 * bundled national series, computed by the same core as `npm run data`.
 */
import { comoveTable } from '../../core/stats/comove.ts';
import { comoveLinks, COMOVE_DEFAULTS, COMOVE_METHOD } from '../../core/stats/comove-links.ts';
import { COMOVE_NOTICE, numberOption, type EvidenceCommandContext } from './evidence-context.ts';

export function comoveCommand(ctx: EvidenceCommandContext): number {
  const w = ctx.words, stat = w.stat;
  const minYears = numberOption(ctx, 'min-years', COMOVE_DEFAULTS.minYears, (n) => Number.isInteger(n) && n >= 3, ['cli.usage.integerAtLeast', { min: 3 }]);
  const threshold = numberOption(ctx, 'threshold', COMOVE_DEFAULTS.threshold, (n) => n >= 0 && n < 1, ['cli.usage.numberIn', { range: '[0, 1)' }]);
  const qMax = numberOption(ctx, 'q', COMOVE_DEFAULTS.q, (n) => n > 0 && n <= 1, ['cli.usage.numberIn', { range: '(0, 1]' }]);
  if (!ctx.catalogue) throw ctx.input(w.text('cli.input.noCatalogue'));
  const table = comoveTable(ctx.catalogue, minYears);
  const links = comoveLinks(table, threshold, qMax);
  const synergies = links.filter((l) => l.score > 0).length;
  const surviving = links.filter((l) => l.comove!.survivesDetrending).length;
  const result = {
    notice: COMOVE_NOTICE, method: COMOVE_METHOD, minYears, threshold, q: qMax,
    pairsTested: table.pairsTested, detrendTested: table.detrendTested,
    synergies, tradeOffs: links.length - synergies, survivingDetrending: surviving,
    links: links.map((l) => ({ a: l.source, b: l.target, kind: l.score > 0 ? 'synergy' : 'trade-off', ...l.comove })),
  };
  ctx.print(result, () => [
    w.text('cli.comove.notice'),
    w.text('cli.comove.tested', { pairs: table.pairsTested, minYears, threshold: stat(threshold), synergies, tradeOffs: result.tradeOffs }),
    w.text('cli.comove.surviving', { surviving, q: stat(qMax), tested: table.detrendTested }),
    ctx.table([['A', 'B', w.text('cli.comove.kind'), w.text('cli.comove.rho'), 'n', w.text('cli.comove.detrendedRho'), 'p', 'q'],
      ...result.links.map((l) => [l.a, l.b, w.text(`cli.comove.${l.kind}`), stat(l.rho), stat(l.n), stat(l.detrendedRho), stat(l.p), stat(l.q)])]),
  ].join('\n'));
  return 0;
}
