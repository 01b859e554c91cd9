/** What the state layer uses of the exports: file names, marks, the SVG picture, the words. Each export kind's writer is in kinds/. */
export * from './common.ts';
export { graphToSvg, type LabelPlanner, type SvgOptions } from './svg.ts';
export { englishExportWords } from './words.ts';
