import { useState } from 'react';
import type { DatasetEntry } from '../core/model/types.ts';
import { useT } from './i18n.ts';
import { datasetNote } from './messages.ts';

/** Always visible while illustrative links are on screen: they are generated, not ERI's. */
export function IllustrativeBadge({ entry }: { entry: DatasetEntry }) {
  const [open, setOpen] = useState(false);
  const t = useT();
  if (entry.kind === 'co-movement') {
    return <span className="badge badge-comove" data-testid="comove-badge" title={t('evidence.badge')}>{t('evidence.badge')}</span>;
  }
  if (!entry.illustrative) {
    return <span className="badge badge-real" data-testid="real-badge" title={t('badge.real')}>{t('badge.real')}</span>;
  }
  return (
    <span className="badge-wrap">
      <button
        type="button"
        className="badge badge-illustrative"
        data-testid="illustrative-badge"
        aria-expanded={open}
        // The top bar may shorten the badge with "…" on a small projector: the full words stay on hover.
        title={t('badge.illustrative')}
        onClick={() => setOpen((o) => !o)}
      >
        {t('badge.illustrative')}
      </button>
      {open && (
        <span className="badge-note" role="note">
          {t('badge.note')} {datasetNote(t, entry)}
        </span>
      )}
    </span>
  );
}
