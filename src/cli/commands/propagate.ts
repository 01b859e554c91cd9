/** `sdg-graph propagate FILE CODE [--alpha A] [--json]`: what moves if CODE improves. */
import { propagate } from '../../core/analysis/propagation.ts';
import { columns, emit, need, nodeCode, nodeTitle, numberOpt, type CommandContext } from './context.ts';

export async function propagateCommand(ctx: CommandContext): Promise<number> {
  need(ctx, 'propagate', 2);
  const alpha = numberOpt(ctx, 'alpha', undefined, Number.MIN_VALUE, Number.MAX_VALUE);
  const l = await ctx.load(ctx.args[0]);
  const code = nodeCode(ctx, l.graph, l.file, ctx.args[1], 'CODE');
  let r;
  try {
    r = propagate(l.graph, code, { alpha });
  } catch (e) {
    if (e instanceof RangeError) throw ctx.usageError(`--${e.message}`);
    throw e;
  }
  const effects = r.effects.map(({ code: c, total, direct }) => ({ code: c, total, direct }));
  const w = ctx.words, num = w.num;
  emit(ctx, l.illustrative, { code, alpha: r.alpha, effects }, () => [
    w.text('cli.propagate.summary', { code, alpha: num(r.alpha), rho: num(r.spectralRadius) }),
    ...columns([
      [w.text('table.code'), w.text('cli.propagate.total'), w.text('cli.propagate.direct'), w.text('table.title')],
      ...effects.map((e) => [e.code, num(e.total), num(e.direct), nodeTitle(l.graph, e.code, ctx.lang)]),
    ]),
  ]);
  return 0;
}
