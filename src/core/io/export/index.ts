/** What the state layer uses of the exports: file names, marks, the SVG picture. Each export kind's writer is in kinds/. */
export * from './common.ts';
export { graphToSvg, type SvgOptions } from './svg.ts';
