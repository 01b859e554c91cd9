/** `sdg-graph propagate FILE CODE [--alpha A] [--json]`: what moves if CODE improves. */
import { AlphaOutOfRangeError, propagate } from '../../core/analysis/propagation.ts';
import type { CliWords } from '../render.ts';
import { columns, emit, need, nodeCode, nodeTitle, textOpt, type CommandContext } from './context.ts';

/** 1/ρ to four significant digits, rounded down so that the number shown is itself allowed; ∞ when ρ = 0. */
function upperBound(max: number, words: CliWords): string {
  if (!Number.isFinite(max)) return '∞';
  const step = 10 ** (Math.floor(Math.log10(max)) - 3);
  return words.num(Math.floor(max / step) * step);
}

export async function propagateCommand(ctx: CommandContext): Promise<number> {
  need(ctx, 'propagate', 2);
  // Any value the core refuses (not a number, ≤ 0, ≥ 1/ρ) gets one message with the range of this network.
  const raw = textOpt(ctx, 'alpha');
  const alpha = raw === undefined ? undefined : raw.trim() === '' ? NaN : Number(raw);
  const l = await ctx.load(ctx.args[0]);
  const code = nodeCode(ctx, l.graph, l.file, ctx.args[1], 'CODE');
  let r;
  try {
    r = propagate(l.graph, code, { alpha });
  } catch (e) {
    if (e instanceof AlphaOutOfRangeError) throw ctx.usageError(ctx.words.text('cli.usage.alphaRange', { max: upperBound(e.max, ctx.words), value: raw ?? ctx.words.num(e.alpha) }));
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
