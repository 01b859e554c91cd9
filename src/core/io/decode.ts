/**
 * Bytes → text for the text formats. UTF-8 with or without BOM, UTF-16 with a BOM, and Windows-1251
 * (Russian/Kazakh Excel "CSV" on Windows), detected when UTF-8 decoding yields U+FFFD.
 */
type TextEncodingName = 'utf-8' | 'utf-16' | 'windows-1251';

export interface Decoded {
  text: string;
  encoding: TextEncodingName;
  /** set when the encoding was guessed, to show in the preview (a message code) */
  note?: 'encodingGuessed1251' | 'encodingLossy';
}

export function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

export function decodeText(data: ArrayBuffer | Uint8Array): Decoded {
  const bytes = toBytes(data);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf8 = new TextDecoder('utf-8').decode(hasBom ? bytes.subarray(3) : bytes);
  if (hasBom || !utf8.includes('\uFFFD')) return { text: utf8, encoding: 'utf-8' };
  try {
    const text = new TextDecoder('windows-1251').decode(bytes);
    return { text, encoding: 'windows-1251', note: 'encodingGuessed1251' };
  } catch {
    return { text: utf8, encoding: 'utf-8', note: 'encodingLossy' };
  }
}

/** A ZIP container (XLSX, or a renamed one): "PK\x03\x04". */
export const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
/** The old binary Excel format (OLE2 compound document). */
export const isOle2 = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** NUL bytes in the first KiB of a file that is not UTF-16: not a text file. */
export function looksBinary(text: string): boolean {
  return text.slice(0, 1024).includes('\u0000');
}
