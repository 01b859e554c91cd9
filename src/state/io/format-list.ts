/**
 * The readable formats as the import button lists them (picker `accept`, tooltip, format names in
 * the preview). Loaded on demand: the collection holds every reader, and the XML and CSV parsers
 * behind them (~45 KB gzipped) are not needed to draw the first frame.
 */
export { ACCEPT_ATTRIBUTE, ACCEPTED_EXTENSIONS, NETWORK_FORMATS } from '../../core/io/formats/index.ts';
