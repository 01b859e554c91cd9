/**
 * One descriptor per export kind. The collection (index.ts) is the only list: the export menu's
 * buttons, their labels and the file names (extension, MIME type) come from it. Adding an export =
 * one file here + one line in index.ts + its `io.kind.*` label in the three locale files.
 */
import type { InterlinkageGraph } from '../../../graph/types.ts';
import type { ExportOptions } from '../common.ts';
import type { SvgOptions } from '../svg.ts';

interface ExportInput {
  graph: InterlinkageGraph;
  options: ExportOptions;
  /** title, goal colours and source line of a picture, built by the caller from what is on screen */
  svg: SvgOptions;
}

export interface ExportDescriptor {
  /** also the `data-testid` suffix of the menu button (`export-<id>`) */
  id: string;
  /** menu section */
  group: 'image' | 'data';
  /** file name ending, without the dot ("links.csv") */
  extension: string;
  mime: string;
  /** i18next key of the menu label */
  labelKey: string;
  write(input: ExportInput): string | Uint8Array | Promise<string | Uint8Array>;
}
