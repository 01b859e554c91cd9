/** Data labels in the interface language, for the UI (which may not import core values directly). */
export { categoryLabel, datasetName, realDataNoteOf, unitLabelOf } from '../core/model/labels.ts';
