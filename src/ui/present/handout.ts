/**
 * The handout: per scene, a page with the scene's picture (the same vector picture as the PDF export:
 * highlight, shapes, labels, legend, ILLUSTRATIVE box, source and date), the facilitator's notes, the
 * marks and the full list of the scene's indicators with their titles — continued on further pages,
 * never cut. All text is real text in DejaVu Sans, so it can be searched and copied in ru and kk.
 * Loaded lazily (jsPDF and the font are large).
 */
import type { Core } from 'cytoscape';
import type { jsPDF as JsPdf } from 'jspdf';
import type { AppStore } from '../../state/store.ts';
import { compareCodes, nodeTitle } from '../../state/selectors.ts';
import { exportScope, exportsAreMarked, svgOf, type ExportWords } from '../../state/io/exports.ts';
import { downloadBlob, liveExtent, livePositions } from '../io/download.ts';
import { drawSvg, svgSize } from '../io/svg-pdf.ts';
import { embedPdfFont, PDF_FONT } from '../io/pdf-font.ts';
import { formatDate, tFor } from '../i18n.ts';

const PAGE = { w: 297, h: 210 }; // A4 landscape, mm
const M = 10;
const COLUMN = { x: 192, w: PAGE.w - 192 - M };

const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok())));

/** Writes lines downwards from y; a new page (with `onNewPage`'s heading) when the page is full. Returns the new y. */
class Flow {
  constructor(private pdf: JsPdf, public x: number, public y: number, public w: number, private onNewPage: () => number) {}
  write(text: string, size: number, color: [number, number, number] = [20, 20, 20], gap = 0.4): void {
    this.pdf.setFontSize(size);
    this.pdf.setTextColor(...color);
    const line = size * 0.3528 * 1.25;
    for (const l of this.pdf.splitTextToSize(text, this.w) as string[]) {
      if (this.y + line > PAGE.h - M) { this.y = this.onNewPage(); }
      this.pdf.text(l, this.x, this.y + line * 0.8);
      this.y += line;
    }
    this.y += gap;
  }
}

async function handoutBlob(store: AppStore, cy: Core | null): Promise<{ blob: Blob; pages: number }> {
  const { jsPDF } = await import('jspdf');
  const s0 = store.getState();
  const t = tFor(s0.lang);
  const words: ExportWords = { lang: s0.lang, t: (key, params) => String(t(key, params ?? {})) };
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  await embedPdfFont(pdf);
  const entry = s0.datasets.find((d) => d.id === s0.datasetId);
  const marked = s0.graph ? exportsAreMarked(s0.graph) : entry?.illustrative === true;
  pdf.setProperties({
    title: `${entry?.name ?? ''} — ${words.t('export.handout.subject')}`, subject: `${words.t('export.handout.subject')}${marked ? ` — ${words.t('export.mark')}` : ''}`,
    creator: 'SDG interlinkage graph explorer', keywords: ['SDG', s0.datasetId ?? '', marked ? 'illustrative' : ''].filter(Boolean).join(', '),
  });
  const before = s0.sceneIndex;
  const scenes = s0.scenes;
  for (let i = 0; i < scenes.length; i++) {
    await store.getState().goToScene(i, { animate: false });
    await frame();
    await new Promise((ok) => setTimeout(ok, 60));
    await frame();
    const s = store.getState();
    const scene = scenes[i];
    if (i > 0) pdf.addPage('a4', 'landscape');
    pdf.setFont(PDF_FONT, 'normal');
    const heading = (text: string) => {
      pdf.setFontSize(15);
      pdf.setTextColor(10, 10, 10);
      pdf.text(pdf.splitTextToSize(text, PAGE.w - 2 * M)[0] as string, M, M + 5);
      pdf.setFontSize(8);
      pdf.setTextColor(80, 80, 80);
      pdf.text(`${entry?.name ?? ''} · ${formatDate(s.lang, new Date())}${marked ? ` · ${words.t('export.mark')}` : ''}`, M, M + 10);
      return M + 14;
    };
    const title = `${i + 1}. ${scene.caption}`;
    const top = heading(title);
    // The picture of the scene, as the audience saw it, with its legend and the ILLUSTRATIVE box.
    const sc = exportScope(s, false, livePositions(cy), liveExtent(cy));
    if (sc) {
      const svg = svgOf(s, sc, words, 'view');
      const size = svgSize(svg);
      const box = { w: COLUMN.x - M - 4, h: PAGE.h - top - M };
      const k = Math.min(box.w / size.width, box.h / size.height);
      drawSvg(pdf, svg, { x: M, y: top, scale: k });
      pdf.setDrawColor(200, 200, 200);
      pdf.setLineWidth(0.2);
      pdf.rect(M, top, size.width * k, size.height * k, 'S');
    }
    // Right column, then full-width continuation pages: notes, marks, the scene's indicators.
    const flow = new Flow(pdf, COLUMN.x, top, COLUMN.w, () => {
      pdf.addPage('a4', 'landscape');
      pdf.setFont(PDF_FONT, 'normal');
      flow.x = M;
      flow.w = PAGE.w - 2 * M;
      return heading(words.t('export.handout.continued', { title }));
    });
    flow.write(words.t('export.handout.notes'), 11, [0, 0, 0], 1);
    flow.write(scene.notes || '—', 9, [30, 30, 30], 3);
    const codes = s.highlight
      ? Object.entries(s.highlight.distance).sort((a, b) => a[1] - b[1] || compareCodes(a[0], b[0])).map(([c]) => c)
      : [...(s.view?.select ?? [])];
    const markedCodes = Object.keys(s.marks).filter((c) => !codes.length || codes.includes(c));
    if (markedCodes.length) {
      flow.write(words.t('export.handout.marks'), 11, [0, 0, 0], 1);
      for (const c of markedCodes) {
        const m = s.marks[c];
        flow.write(`${c} [${words.t(`export.handout.mark.${m.kind}`)}]${m.note ? ` — ${m.note}` : ''}`, 8.5, m.kind === 'priority' ? [160, 20, 80] : [30, 110, 40]);
      }
      flow.y += 2;
    }
    flow.write(words.t('export.handout.indicators', { n: codes.length }), 11, [0, 0, 0], 1);
    for (const c of codes) {
      const mark = s.marks[c];
      flow.write(`${c}${mark ? ` [${words.t(`export.handout.mark.${mark.kind}`)}]` : ''} — ${s.graph ? nodeTitle(s.graph, c, s.lang) : ''}`, 7.5, [25, 25, 25], 0.6);
    }
    if (marked) {
      flow.y += 2;
      flow.write(words.t('export.mark'), 9, [176, 0, 32], 0.5);
      flow.write(words.t('export.markNote'), 7.5, [122, 0, 22]);
    }
  }
  if (before >= 0 && before < scenes.length) await store.getState().goToScene(before, { animate: false });
  return { blob: pdf.output('blob'), pages: pdf.getNumberOfPages() };
}

export async function makeHandout(store: AppStore, cy: Core | null): Promise<void> {
  const { blob } = await handoutBlob(store, cy);
  downloadBlob(blob, `sdg-handout-${(store.getState().datasetId ?? 'scenes').replace(/[^A-Za-z0-9.-]+/g, '-')}.pdf`);
}
