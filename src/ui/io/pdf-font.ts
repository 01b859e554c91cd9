/**
 * DejaVu Sans for PDF exports: jsPDF's built-in fonts have no Cyrillic, so Russian and Kazakh titles
 * would print as gibberish. The 740 KB font is an asset fetched only when a PDF is made (Vite's `?url`
 * import: a file in dist/, so it works offline and stays out of the initial bundle). Its licence ships
 * in dist/licences/DejaVu-fonts-LICENSE.txt (from public/).
 */
import type { jsPDF as JsPdf } from 'jspdf';
import fontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';

export const PDF_FONT = 'DejaVuSans';

let fontData: Promise<string> | null = null;

function base64(bytes: Uint8Array): string {
  let s = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Registers DejaVu Sans with this document and makes it the current font. */
export async function embedPdfFont(pdf: JsPdf): Promise<void> {
  fontData ??= fetch(fontUrl).then(async (r) => {
    if (!r.ok) throw new Error(`font ${fontUrl}: HTTP ${r.status}`);
    return base64(new Uint8Array(await r.arrayBuffer()));
  });
  fontData.catch(() => { fontData = null; });
  pdf.addFileToVFS('DejaVuSans.ttf', await fontData);
  pdf.addFont('DejaVuSans.ttf', PDF_FONT, 'normal');
  pdf.setFont(PDF_FONT, 'normal');
}
