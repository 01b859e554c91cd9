/** `sdg-graph robustness FILE [--metric M] [--runs N] [--drop P] [--jitter Q] [--seed S] [--top K] [--json]`. */
import { robustness, ROBUST_METRICS, type RobustMetric } from '../../core/analysis/robustness.ts';
import { columns, emit, intOpt, need, numberOpt, textOpt, type CommandContext } from './context.ts';

export async function robustnessCommand(ctx: CommandContext): Promise<number> {
  need(ctx, 'robustness', 1);
  const metric = (textOpt(ctx, 'metric') ?? 'out') as RobustMetric;
  if (!ROBUST_METRICS.includes(metric)) throw ctx.usageError(`--metric must be one of ${ROBUST_METRICS.join(', ')}`);
  const runs = intOpt(ctx, 'runs', 1000, 1);
  const drop = numberOpt(ctx, 'drop', 0.1, 0, 1)!;
  const jitter = numberOpt(ctx, 'jitter', 0, 0, 1)!;
  const seed = textOpt(ctx, 'seed') ?? '1';
  const top = intOpt(ctx, 'top', 20, 1);
  const l = await ctx.load(ctx.args[0]);
  const r = robustness(l.graph, { metric, runs, drop, jitter, seed, top });
  const rows = r.rows.map(({ code, rank, medianRank, rankLow, rankHigh, topShare, robust }) => ({ code, rank, medianRank, rankLow, rankHigh, topShare, robust }));
  emit(ctx, l.illustrative, { metric, runs, seed, rows }, () => [
    `${metric}: ${runs} runs (seed ${seed}), each link dropped with p = ${drop}, re-scored ±1 with q = ${jitter}; top ${top}; robust = an accelerator in ≥ 90 % of runs`,
    ...columns([
      ['rank', 'code', 'median', '5–95 %', `in top ${top}`, 'robust'],
      ...rows.slice(0, Math.max(top, 20)).map((x) => [String(x.rank), x.code, String(x.medianRank), `${x.rankLow}–${x.rankHigh}`, `${Math.round(100 * x.topShare)} %`, x.robust ? 'robust' : '']),
    ]),
  ]);
  return 0;
}
