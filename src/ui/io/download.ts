/** Browser-only helpers: save a Blob under a file name; the graph's on-screen positions; SVG → PNG. */
import type { Positions } from '../../core/io/export/index.ts';

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Where the canvas has drawn the nodes (after a force layout or dragging), when a canvas is mounted. */
export function livePositions(): Positions | null {
  const cy = (window as unknown as { __sdgCy?: { nodes(): { forEach(f: (n: { id(): string; position(): { x: number; y: number } }) => void): void } } }).__sdgCy;
  if (!cy) return null;
  const out: Positions = {};
  cy.nodes().forEach((n) => { const p = n.position(); out[n.id()] = { x: p.x, y: p.y }; });
  return Object.keys(out).length ? out : null;
}

/** Draws the SVG onto a canvas at `scale` (1, 2, 4) and returns a PNG. */
export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const width = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 1200);
  const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 900);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((ok, fail) => { img.onload = () => ok(); img.onerror = () => fail(new Error('the SVG could not be drawn')); img.src = url; });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
