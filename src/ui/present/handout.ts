/**
 * The handout: one PDF page per scene with the graph as shown, the caption, the presenter notes and the
 * highlighted indicators with their titles. Loaded lazily (jsPDF is large). Text is drawn onto a canvas
 * with the browser's own fonts, so Russian and Kazakh titles print without embedding a Cyrillic font.
 */
import type { Core } from 'cytoscape';
import type { AppStore } from '../../state/store.ts';
import { nodeTitle } from '../../state/selectors.ts';
import { downloadBlob } from '../io/download.ts';
import { formatDate, tFor } from '../i18n.ts';

const PAGE = { w: 1754, h: 1240 }; // A4 landscape at 150 dpi
const M = 60;

const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok())));

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split(/\n/)) {
    let line = '';
    for (const word of para.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (ctx.measureText(next).width > width && line) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

async function handoutBlob(store: AppStore, cy: Core | null): Promise<{ blob: Blob; pages: number }> {
  const { jsPDF } = await import('jspdf');
  const s0 = store.getState();
  const t = tFor(s0.lang);
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  const before = s0.sceneIndex;
  const canvas = document.createElement('canvas');
  canvas.width = PAGE.w;
  canvas.height = PAGE.h;
  const ctx = canvas.getContext('2d')!;
  const scenes = s0.scenes;
  for (let i = 0; i < scenes.length; i++) {
    await store.getState().goToScene(i, { animate: false });
    await frame();
    await new Promise((ok) => setTimeout(ok, 60));
    await frame();
    const s = store.getState();
    const scene = scenes[i];
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, PAGE.w, PAGE.h);
    ctx.fillStyle = '#000000';
    ctx.font = 'bold 40px system-ui, sans-serif';
    ctx.fillText(`${i + 1}. ${scene.caption}`, M, M + 30);
    ctx.font = '20px system-ui, sans-serif';
    ctx.fillStyle = '#444444';
    const entry = s.datasets.find((d) => d.id === s.datasetId);
    ctx.fillText(`${entry?.name ?? ''}${entry?.illustrative ? ` — ${t('badge.illustrativeShort')}` : ''} · ${formatDate(s.lang, new Date())}`, M, M + 64);
    // The graph as the audience saw it.
    const imgBox = { x: M, y: M + 90, w: 1050, h: PAGE.h - 2 * M - 90 };
    if (cy && !cy.destroyed()) {
      const uri = cy.png({ output: 'base64uri', full: false, bg: '#ffffff', scale: Math.min(2, imgBox.w / Math.max(1, cy.width())) }) as string;
      const img = new Image();
      await new Promise<void>((ok) => { img.onload = () => ok(); img.onerror = () => ok(); img.src = uri; });
      if (img.width) {
        const k = Math.min(imgBox.w / img.width, imgBox.h / img.height);
        ctx.drawImage(img, imgBox.x, imgBox.y, img.width * k, img.height * k);
      }
      ctx.strokeStyle = '#cccccc';
      ctx.strokeRect(imgBox.x, imgBox.y, imgBox.w, imgBox.h);
    }
    // Notes and highlighted indicators on the right.
    const colX = imgBox.x + imgBox.w + 40;
    const colW = PAGE.w - M - colX;
    let y = imgBox.y + 24;
    ctx.fillStyle = '#000000';
    ctx.font = 'bold 24px system-ui, sans-serif';
    ctx.fillText(t('scenes.notes'), colX, y);
    y += 32;
    ctx.font = '20px system-ui, sans-serif';
    for (const line of wrap(ctx, scene.notes || '—', colW).slice(0, 10)) { ctx.fillText(line, colX, y); y += 26; }
    y += 20;
    ctx.font = 'bold 24px system-ui, sans-serif';
    ctx.fillText(t('scenes.highlighted'), colX, y);
    y += 30;
    ctx.font = '17px system-ui, sans-serif';
    const codes = s.highlight ? Object.entries(s.highlight.distance).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0], 'en', { numeric: true })).map(([c]) => c) : [];
    const bottom = PAGE.h - M;
    for (let k = 0; k < codes.length; k++) {
      const c = codes[k];
      const mark = s.marks[c];
      const text = `${c}${mark ? ` [${t(`legend.${mark.kind}`)}]` : ''} ${s.graph ? nodeTitle(s.graph, c, s.lang) : ''}`;
      const line = wrap(ctx, text, colW)[0];
      if (y > bottom - 22 && k < codes.length - 1) { ctx.fillText(`+ ${codes.length - k}`, colX, y); break; }
      ctx.fillText(line === text ? line : `${line}…`, colX, y);
      y += 22;
    }
    if (i > 0) pdf.addPage('a4', 'landscape');
    pdf.addImage(canvas.toDataURL('image/jpeg', 0.88), 'JPEG', 0, 0, 297, 210);
  }
  if (before >= 0 && before < scenes.length) await store.getState().goToScene(before, { animate: false });
  return { blob: pdf.output('blob'), pages: scenes.length };
}

export async function makeHandout(store: AppStore, cy: Core | null): Promise<void> {
  const { blob } = await handoutBlob(store, cy);
  downloadBlob(blob, `sdg-handout-${store.getState().datasetId ?? 'scenes'}.pdf`);
}
