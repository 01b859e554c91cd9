/**
 * The DOMParser the GraphML/GEXF readers use. Imports are parsed in a Web Worker, which has no
 * DOMParser, and by the CLI in Node, which has none either, so the same pure-JS @xmldom/xmldom is used
 * everywhere; its errors become located read errors instead of console noise.
 */
import { DOMParser, type Document } from '@xmldom/xmldom';

export interface XmlParseError { message: string; line: number | null; column: number | null }

export function parseXml(text: string): { ok: true; doc: Document } | { ok: false; error: XmlParseError } {
  let fatal: XmlParseError | null = null;
  const parser = new DOMParser({
    onError: (level, message, context) => {
      if (level === 'fatalError' || (level === 'error' && !fatal)) {
        const loc = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator;
        fatal ??= { message: String(message).replace(/\s*\n[\s\S]*$/, ''), line: loc?.lineNumber ?? null, column: loc?.columnNumber ?? null };
      }
    },
  });
  try {
    const doc = parser.parseFromString(text, 'text/xml');
    if (fatal) return { ok: false, error: fatal };
    if (!doc.documentElement) return { ok: false, error: { message: 'no XML root element', line: null, column: null } };
    return { ok: true, doc };
  } catch (e) {
    const err = e as Error & { locator?: { lineNumber?: number; columnNumber?: number } };
    return { ok: false, error: fatal ?? { message: err.message.split('\n')[0], line: err.locator?.lineNumber ?? null, column: err.locator?.columnNumber ?? null } };
  }
}

export { DOMParser };
