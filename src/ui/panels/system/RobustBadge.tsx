/** "Robust" next to a node in Details and Rankings once a robustness run found it an accelerator in ≥ 90 % of runs. */
import { useAppState } from '../../../state/store-context.tsx';
import { systemOf } from '../../../state/slices/system.ts';
import { useT } from '../../i18n.ts';

export function RobustBadge({ code }: { code: string }) {
  const t = useT();
  const robust = useAppState((s) => systemOf(s).robustness?.rows.some((r) => r.code === code && r.robust) ?? false);
  return robust ? <span className="badge robust-badge" data-testid="robust-badge" title={t('system.robustTitle')}>{t('system.robust')}</span> : null;
}
