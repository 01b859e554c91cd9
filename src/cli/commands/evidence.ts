/**
 * `sdg-graph evidence FILE [--json]`: each link of FILE with its evidence and the national-data columns
 * (how the same pair moves in Kazakhstan's series), and the summary of agreement.
 */
import { linkEvidenceFields, nationalData, nationalSummary } from '../../core/analysis/evidence.ts';
import { COMOVE_NOTICE, type EvidenceCommandContext } from './evidence-context.ts';

export async function evidenceCommand(ctx: EvidenceCommandContext): Promise<number> {
  const w = ctx.words, stat = (v: unknown) => w.stat(v as number | null);
  if (ctx.args.length < 1) throw ctx.usage(w.text('cli.usage.expectedArgs', { command: 'evidence', n: 1 }));
  if (!ctx.catalogue) throw ctx.input(w.text('cli.input.noCatalogue'));
  const catalogue = ctx.catalogue;
  const { file, graph } = await ctx.load(ctx.args[0]!);
  const links = graph.mapEdges((_e, attrs, s, t) => {
    const source = graph.getNodeAttribute(s, 'code'), target = graph.getNodeAttribute(t, 'code');
    const national = nationalData(catalogue, source, target);
    return { source, target, score: attrs.score, ...Object.fromEntries(linkEvidenceFields(attrs, national)) } as Record<string, string | number | boolean | null> & { source: string; target: string; score: number };
  });
  const summary = nationalSummary(catalogue, links);
  // The summary sentence and the evidence kinds are the app's (evidence panel), so both say the same.
  const kind = (e: unknown) => (typeof e === 'string' ? w.text(`evidence.kind.${e}`) : '—');
  ctx.print({ file, notice: `national data: ${COMOVE_NOTICE}`, summary, links }, () => [
    w.text('cli.evidence.notice'),
    w.text('evidence.national.summary', { ...summary }),
    ctx.table([[w.text('cli.evidence.source'), w.text('cli.evidence.target'), w.text('evidence.score'), w.text('evidence.filter.label'), w.text('cli.evidence.nationalRho'), 'n', w.text('cli.comove.detrendedRho'), 'q'],
      ...links.map((l) => [l.source, l.target, w.num(l.score), kind(l.evidence), stat(l.national_rho), stat(l.national_n), stat(l.national_detrended_rho), stat(l.national_q)])]),
  ].join('\n'));
  return 0;
}
