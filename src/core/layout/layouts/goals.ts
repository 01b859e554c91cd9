import type { PresetLayout } from '../registry.ts';

/** "Grouped by goal": the precomputed goal clusters (core/layout/goal-clusters.ts). */
export const goals = { id: 'goals', labelKey: 'view.layouts.goals', engine: 'preset' } as const satisfies PresetLayout<'goals'>;
