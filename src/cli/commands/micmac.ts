/** `sdg-graph micmac FILE [--json]`: Godet's structural analysis, rows by indirect influence. */
import { micmac } from '../../core/analysis/micmac.ts';
import { columns, emit, need, nodeTitle, num, type CommandContext } from './context.ts';

export async function micmacCommand(ctx: CommandContext): Promise<number> {
  need(ctx, 'micmac', 1);
  const l = await ctx.load(ctx.args[0]);
  const r = micmac(l.graph);
  const rows = r.rows.map((x) => ({
    code: x.code, directInfluence: x.directInfluence, directDependence: x.directDependence,
    indirectInfluence: x.indirectInfluence, indirectDependence: x.indirectDependence, sector: x.sector,
  }));
  emit(ctx, l.illustrative, { power: r.power, rows }, () => [
    `MICMAC: indirect sums of M^${r.power} (M = |score|), rescaled to the direct total; sectors split at the means`,
    ...columns([
      ['code', 'influence', 'dependence', 'indirect infl.', 'indirect dep.', 'sector', 'title'],
      ...rows.map((x) => [x.code, num(x.directInfluence), num(x.directDependence), num(x.indirectInfluence), num(x.indirectDependence), x.sector, nodeTitle(l.graph, x.code, ctx.lang)]),
    ]),
  ]);
  return 0;
}
