/** Every export, as pure functions returning text or bytes (see each module). */
export * from './common.ts';
export { nodesCsv, linksCsv, toXlsx } from './tables.ts';
export { toGraphml, toGexf, toCytoscapeJson, toDatasetJson } from './graphs.ts';
export { graphToSvg, type SvgOptions } from './svg.ts';
