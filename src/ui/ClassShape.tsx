import type { NodeClass } from '../state/selectors.ts';

/** The node shapes of graph/stylesheet.ts (CLASS_SHAPES), drawn small for legends and lists. */
export function ClassShape({ cls, size = 12 }: { cls: NodeClass; size?: number }) {
  const s = size;
  const stroke = cls === 'low' ? '#8a8f98' : cls === 'dependent' ? '#6b7280' : '#1b1f24';
  const common = { fill: '#d6dae0', stroke, strokeWidth: cls === 'low' ? 1 : 2 };
  return (
    <svg width={s} height={s} viewBox="0 0 12 12" aria-hidden="true" className="class-shape">
      {cls === 'accelerator' && <polygon points="6,1 11,11 1,11" {...common} />}
      {cls === 'integrated' && <polygon points="6,1 11,6 6,11 1,6" {...common} />}
      {cls === 'dependent' && <rect x="1.5" y="1.5" width="9" height="9" rx="2" {...common} />}
      {cls === 'low' && <circle cx="6" cy="6" r="4.5" {...common} />}
    </svg>
  );
}
