/**
 * Resource caps of XLSX workbooks, checked while unzipping and before the spreadsheet library builds
 * anything: a 1 MB zip bomb that unpacks to 1 GB, or a small workbook with a million rows, would
 * otherwise take a gigabyte of memory before failing. Each entry of the ZIP is inflated as a stream
 * (DecompressionStream, in browsers, workers and Node) and only counted, never kept; the walk stops at
 * the first cap crossed. The sizes in the ZIP headers are not trusted: the bytes are counted.
 */
import { readFailure, type ReadResult } from './result.ts';

const MB = 1024 * 1024;
/** Unpacked bytes of the whole workbook. */
const MAX_UNZIPPED_BYTES = 200 * MB;
/** Rows of one worksheet: beyond this exceljs needs gigabytes. */
export const MAX_SHEET_ROWS = 500_000;

interface Entry { name: string; method: number; offset: number; compressed: number }

/** The central directory's entries, or null when the bytes are not a ZIP we can walk. */
function entriesOf(bytes: Uint8Array): Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return null;
    const method = view.getUint16(p + 10, true);
    const compressed = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const offset = view.getUint32(p + 42, true);
    entries.push({ name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)), method, offset, compressed });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The entry's stored data (after its local header). */
function dataOf(bytes: Uint8Array, e: Entry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== 0x04034b50) return null;
  const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
  return bytes.subarray(start, Math.min(bytes.length, start + e.compressed));
}

/** Counts "<row " / "<row>" (worksheet rows) across chunk boundaries. */
function rowCounter() {
  let carry = 0; // how many bytes of "<row" matched at the end of the previous chunk
  const pat = [0x3c, 0x72, 0x6f, 0x77];
  return (chunk: Uint8Array): number => {
    let n = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (carry === 4) { if (b === 0x20 || b === 0x3e || b === 0x09 || b === 0x0a || b === 0x0d) n++; carry = 0; }
      if (b === pat[carry]) carry++;
      else carry = b === pat[0] ? 1 : 0;
    }
    return n;
  };
}

type Cap = { kind: 'bytes' } | { kind: 'rows' } | null;

async function inflateCounting(data: Uint8Array, isSheet: boolean, budget: { bytes: number }): Promise<Cap> {
  const count = rowCounter();
  let rows = 0;
  // Written without awaiting: the write settles only as the output is read (backpressure).
  const inflate = new DecompressionStream('deflate-raw');
  const writer = inflate.writable.getWriter();
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = inflate.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || !value) return null;
      budget.bytes += value.byteLength;
      if (budget.bytes > MAX_UNZIPPED_BYTES) return { kind: 'bytes' };
      if (isSheet && (rows += count(value)) > MAX_SHEET_ROWS) return { kind: 'rows' };
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

/**
 * Null when the workbook is within the caps (or is not a ZIP this walk understands: the library
 * then says what is wrong), else the refusal.
 */
export async function checkXlsxCaps(file: string, bytes: Uint8Array): Promise<Extract<ReadResult, { ok: false }> | null> {
  const entries = entriesOf(bytes);
  if (!entries || typeof DecompressionStream === 'undefined') return null;
  const budget = { bytes: 0 };
  for (const e of entries) {
    const data = dataOf(bytes, e);
    if (!data) return null;
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name);
    let cap: Cap = null;
    if (e.method === 0) {
      budget.bytes += data.byteLength;
      if (budget.bytes > MAX_UNZIPPED_BYTES) cap = { kind: 'bytes' };
      else if (isSheet && rowCounter()(data) > MAX_SHEET_ROWS) cap = { kind: 'rows' };
    } else if (e.method === 8) {
      try {
        cap = await inflateCounting(data, isSheet, budget);
      } catch {
        return null; // damaged deflate data: the library's reading gives the message
      }
    }
    if (cap?.kind === 'bytes') return readFailure(file, null, null, 'xlsxTooBig', { limit: MAX_UNZIPPED_BYTES / MB });
    if (cap?.kind === 'rows') return readFailure(file, null, null, 'xlsxTooManyRows', { limit: MAX_SHEET_ROWS });
  }
  return null;
}
