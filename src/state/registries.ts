/**
 * The core's registries as the UI sees them: the UI lists layouts, metrics, file formats and export
 * kinds from these collections (pure data), and takes them through the state layer so that ui → state
 * → core stays the only direction (eslint.config.js's layer rule). Adding an entry to a registry needs
 * no change here.
 */
export { LAYOUT_DESCRIPTORS } from '../core/layout/registry.ts';
// From the registry itself, not metrics/index.ts: that one also brings the all-metrics pass (Louvain,
// seedrandom), which runs in the metrics worker, into the page's first chunks.
export { metricLabelKey, metricShortLabelKey } from '../core/metrics/registry.ts';
// The readable formats load on demand, from state/io/format-list.ts (they bring every reader); the
// export kinds too, from state/io/exports.ts, which only the export menu's lazily loaded panel imports.
