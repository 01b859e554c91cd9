/**
 * The core's registries as the UI sees them: the UI lists layouts, metrics, file formats and export
 * kinds from these collections (pure data), and takes them through the state layer so that ui → state
 * → core stays the only direction (eslint.config.js's layer rule). Adding an entry to a registry needs
 * no change here.
 */
export { LAYOUT_DESCRIPTORS } from '../core/layout/registry.ts';
export {  metricLabelKey, metricShortLabelKey } from '../core/metrics/index.ts';
// The readable formats load on demand, from state/io/format-list.ts (they bring every reader).
export { EXPORTS, exportOf } from '../core/io/export/kinds/index.ts';
