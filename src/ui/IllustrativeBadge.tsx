import { useState } from 'react';
import type { DatasetEntry } from '../core/model/types.ts';

/** Always visible while illustrative links are on screen: they are generated, not ERI's. */
export function IllustrativeBadge({ entry }: { entry: DatasetEntry }) {
  const [open, setOpen] = useState(false);
  if (!entry.illustrative) {
    return <span className="badge badge-real" data-testid="real-badge">Links stated in the source</span>;
  }
  return (
    <span className="badge-wrap">
      <button
        type="button"
        className="badge badge-illustrative"
        data-testid="illustrative-badge"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        ILLUSTRATIVE links — not ERI data
      </button>
      {open && (
        <span className="badge-note" role="note">
          These indicator-to-indicator links are generated so that their totals match the figures published in
          Kazakhstan's Voluntary National Review 2025; no single link is real. {entry.realDataNote}
        </span>
      )}
    </span>
  );
}
