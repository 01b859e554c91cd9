/**
 * `sdg-graph evidence FILE [--json]`: each link of FILE with its evidence and the national-data columns
 * (how the same pair moves in Kazakhstan's series), and the summary of agreement.
 */
import { linkEvidenceFields, nationalData, nationalSummary } from '../../core/analysis/evidence.ts';
import { COMOVE_NOTICE, stat, type EvidenceCommandContext } from './evidence-context.ts';

export async function evidenceCommand(ctx: EvidenceCommandContext): Promise<number> {
  if (ctx.args.length < 1) throw ctx.usage('evidence: expected 1 argument(s)');
  if (!ctx.catalogue) throw ctx.input('data/catalogue.json is missing: run npm run data');
  const catalogue = ctx.catalogue;
  const { file, graph } = await ctx.load(ctx.args[0]!);
  const links = graph.mapEdges((_e, attrs, s, t) => {
    const source = graph.getNodeAttribute(s, 'code'), target = graph.getNodeAttribute(t, 'code');
    const national = nationalData(catalogue, source, target);
    return { source, target, score: attrs.score, ...Object.fromEntries(linkEvidenceFields(attrs, national)) } as Record<string, string | number | boolean | null> & { source: string; target: string; score: number };
  });
  const summary = nationalSummary(catalogue, links);
  ctx.print({ file, notice: `national data: ${COMOVE_NOTICE}`, summary, links }, () => [
    `national data: ${COMOVE_NOTICE}`,
    `of ${summary.links} links: ${summary.agree} agree in sign, ${summary.contradict} contradict, ${summary.weak} tested without co-movement (|rho| ≤ 0.6), ${summary.survive} survive detrending, ${summary.untestable} untestable`,
    ctx.table([['source', 'target', 'score', 'evidence', 'national rho', 'n', 'detrended rho', 'q'],
      ...links.map((l) => [l.source, l.target, String(l.score), String(l.evidence), stat(l.national_rho as number | null), stat(l.national_n as number | null), stat(l.national_detrended_rho as number | null), stat(l.national_q as number | null)])]),
  ].join('\n'));
  return 0;
}
