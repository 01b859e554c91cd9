/** `sdg-graph loops FILE [--max-length L] [--through CODE] [--limit N] [--json]`: feedback loops. */
import { DEFAULT_LOOP_COUNT, DEFAULT_LOOP_LENGTH, findLoops } from '../../core/analysis/loops.ts';
import { emit, intOpt, need, nodeCode, textOpt, type CommandContext } from './context.ts';

export async function loopsCommand(ctx: CommandContext): Promise<number> {
  need(ctx, 'loops', 1);
  const maxLength = intOpt(ctx, 'max-length', DEFAULT_LOOP_LENGTH, 2);
  const limit = intOpt(ctx, 'limit', DEFAULT_LOOP_COUNT, 1);
  const l = await ctx.load(ctx.args[0]);
  const rawThrough = textOpt(ctx, 'through');
  const through = rawThrough === undefined ? undefined : nodeCode(ctx, l.graph, l.file, rawThrough, '--through CODE');
  const r = findLoops(l.graph, { maxLength, maxCount: limit, through });
  const w = ctx.words;
  emit(ctx, l.illustrative, { count: r.count, truncated: r.truncated, loops: r.loops }, () => {
    const reinforcing = r.loops.filter((x) => x.polarity === 'reinforcing').length;
    return [
      w.text('cli.loops.summary', {
        max: maxLength, through: through ? w.text('cli.loops.through', { code: through }) : '', count: r.count,
        more: r.truncated ? `+${w.text('cli.loops.stopped')}` : '', reinforcing, balancing: r.count - reinforcing,
      }),
      // R and B are the loop letters of system dynamics in every language.
      ...r.loops.map((x) => `  ${x.polarity === 'reinforcing' ? 'R' : 'B'} ${w.num(x.length)}: ${[...x.nodes, x.nodes[0]].join(' → ')}`),
    ];
  });
  return 0;
}
