import type { LinkComove } from '../../../core/model/types.ts';
import { useAppState } from '../../../state/store-context.tsx';
import { indicatorOf } from '../../../state/selectors.ts';
import { formatNumber, useT } from '../../i18n.ts';
import { SeriesPairChart } from './SeriesPairChart.tsx';

type Stats = Pick<LinkComove, 'rho' | 'n' | 'detrendedRho' | 'q'> & Partial<Pick<LinkComove, 'years' | 'p' | 'survivesDetrending'>>;

/** Level and detrended statistics of a pair in the national series, with their source; never called causal. */
export function ComoveStats({ stats, source, target, testId = 'evidence-comove' }: { stats: Stats; source: string; target: string; testId?: string }) {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const catalogue = useAppState((s) => s.catalogue);
  const num = (v: number | null | undefined, digits = 3) => (v === null || v === undefined ? t('evidence.comove.untested') : formatNumber(lang, v, { maximumFractionDigits: digits }));
  const a = indicatorOf(catalogue, source)?.series, b = indicatorOf(catalogue, target)?.series;
  const survives = stats.q !== null && stats.q <= 0.05;
  return (
    <div data-testid={testId}>
      <dl className="evidence-facts">
        <dt>{t('evidence.comove.rho')}</dt><dd data-testid="comove-rho">{num(stats.rho)}</dd>
        <dt>{t('evidence.comove.n')}</dt><dd>{stats.n}</dd>
        {stats.years && <><dt>{t('evidence.comove.years')}</dt><dd>{stats.years[0]}–{stats.years[stats.years.length - 1]}</dd></>}
        <dt>{t('evidence.comove.detrended')}</dt><dd>{num(stats.detrendedRho)}</dd>
        {stats.p !== undefined && <><dt>{t('evidence.comove.p')}</dt><dd>{num(stats.p, 4)}</dd></>}
        <dt>{t('evidence.comove.q')}</dt><dd>{num(stats.q, 4)}</dd>
      </dl>
      <p className={survives ? 'evidence-ok' : 'muted'}>{survives ? t('evidence.comove.survives') : t('evidence.comove.notSurvive')}</p>
      {a && b && <SeriesPairChart a={{ code: source, points: a.points }} b={{ code: target, points: b.points }} years={stats.years} />}
      <p className="muted evidence-source">{t('evidence.comove.notCausal')} {t('evidence.comove.source')}</p>
    </div>
  );
}
