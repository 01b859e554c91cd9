/** `sdg-graph micmac FILE [--json]`: Godet's structural analysis, rows by indirect influence. */
import { micmac } from '../../core/analysis/micmac.ts';
import { columns, emit, need, nodeTitle, type CommandContext } from './context.ts';

export async function micmacCommand(ctx: CommandContext): Promise<number> {
  need(ctx, 'micmac', 1);
  const l = await ctx.load(ctx.args[0]);
  const r = micmac(l.graph);
  const rows = r.rows.map((x) => ({
    code: x.code, directInfluence: x.directInfluence, directDependence: x.directDependence,
    indirectInfluence: x.indirectInfluence, indirectDependence: x.indirectDependence, sector: x.sector,
  }));
  const w = ctx.words, num = w.num;
  emit(ctx, l.illustrative, { power: r.power, rows }, () => [
    w.text('cli.micmac.summary', { power: r.power }),
    ...columns([
      [w.text('table.code'), w.text('cli.micmac.influence'), w.text('cli.micmac.dependence'), w.text('cli.micmac.indirectInfluence'), w.text('cli.micmac.indirectDependence'), w.text('cli.micmac.sector'), w.text('table.title')],
      ...rows.map((x) => [x.code, num(x.directInfluence), num(x.directDependence), num(x.indirectInfluence), num(x.indirectDependence), w.text(`system.sector.${x.sector}`), nodeTitle(l.graph, x.code, ctx.lang)]),
    ]),
  ]);
  return 0;
}
