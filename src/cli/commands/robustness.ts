/** `sdg-graph robustness FILE [--metric M] [--runs N] [--drop P] [--jitter Q] [--seed S] [--top K] [--json]`. */
import { robustness, ROBUST_METRICS, type RobustMetric } from '../../core/analysis/robustness.ts';
import { columns, emit, intOpt, need, numberOpt, textOpt, type CommandContext } from './context.ts';

export async function robustnessCommand(ctx: CommandContext): Promise<number> {
  need(ctx, 'robustness', 1);
  const metric = (textOpt(ctx, 'metric') ?? 'out') as RobustMetric;
  const w = ctx.words;
  if (!ROBUST_METRICS.includes(metric)) throw ctx.usageError(w.text('cli.usage.oneOf', { name: 'metric', values: ROBUST_METRICS.join(', ') }));
  const runs = intOpt(ctx, 'runs', 1000, 1);
  const drop = numberOpt(ctx, 'drop', 0.1, 0, 1)!;
  const jitter = numberOpt(ctx, 'jitter', 0, 0, 1)!;
  const seed = textOpt(ctx, 'seed') ?? '1';
  const top = intOpt(ctx, 'top', 20, 1);
  const l = await ctx.load(ctx.args[0]);
  const r = robustness(l.graph, { metric, runs, drop, jitter, seed, top });
  const rows = r.rows.map(({ code, rank, medianRank, rankLow, rankHigh, topShare, robust }) => ({ code, rank, medianRank, rankLow, rankHigh, topShare, robust }));
  emit(ctx, l.illustrative, { metric, runs, seed, rows }, () => [
    w.text('cli.robustness.summary', { metric: w.text(`system.robustness.metrics.${metric}`), runs, seed, drop: w.stat(drop), jitter: w.stat(jitter), top }),
    ...columns([
      [w.text('cli.rank.rank'), w.text('table.code'), w.text('cli.robustness.median'), w.text('system.robustness.interval'), w.text('system.robustness.inTop', { k: top }), w.text('cli.robustness.robust')],
      ...rows.slice(0, Math.max(top, 20)).map((x) => [w.num(x.rank), x.code, w.num(x.medianRank), `${w.num(x.rankLow)}–${w.num(x.rankHigh)}`, `${w.num(Math.round(100 * x.topShare))} %`, x.robust ? w.text('system.robust') : '']),
    ]),
  ]);
  return 0;
}
