/**
 * Every file format the app reads, in the order content sniffing tries them. Add a format here (one
 * line) after writing its descriptor (types.ts says what one holds).
 */
import { csvFormat } from './csv.ts';
import { cyjsFormat } from './cyjs.ts';
import { gexfFormat } from './gexf.ts';
import { graphmlFormat } from './graphml.ts';
import { jsonFormat } from './json.ts';
import { xlsxFormat } from './xlsx.ts';
import { xmlFormat } from './xml.ts';
import type { FormatDescriptor } from './types.ts';

export type { FormatDescriptor } from './types.ts';

export const FORMATS: readonly FormatDescriptor[] = [csvFormat, xlsxFormat, jsonFormat, cyjsFormat, graphmlFormat, gexfFormat, xmlFormat];

/** What the file picker accepts, and what the "unsupported file type" message lists. */
export const ACCEPTED_EXTENSIONS: readonly string[] = FORMATS.flatMap((f) => f.extensions);

const byExtension = new Map(FORMATS.flatMap((f) => f.extensions.map((e) => [e, f] as const)));
export const formatOfExtension = (ext: string): FormatDescriptor | undefined => byExtension.get(ext);

/** `ImportedNetwork.format` values the readers produce: each has a name `io.format.<value>`. */
export const NETWORK_FORMATS: readonly string[] = [...new Set(FORMATS.flatMap((f) => f.produces))];

/** The file picker's `accept` attribute. */
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(',');
