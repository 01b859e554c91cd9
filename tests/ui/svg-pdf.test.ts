// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { drawSvg } from '../../src/ui/io/svg-pdf.ts';

/** The page's content stream, uncompressed, to read the drawing operators. */
function draw(svg: string): string {
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: false });
  drawSvg(pdf, svg, { x: 0, y: 0, scale: 0.25 });
  return pdf.output();
}

describe('the PDF drawing of an export SVG', () => {
  it('draws a label halo first (white outline, text render mode 1), then the letters (mode 0)', () => {
    const out = draw('<svg width="100" height="50"><g data-role="labels" font-size="11" fill="#111" stroke="#fff" stroke-width="3" paint-order="stroke"><text x="10" y="20">16.6.1</text></g></svg>');
    const stroke = out.indexOf('1 Tr');
    const fill = out.indexOf('0 Tr', stroke);
    expect(stroke).toBeGreaterThan(-1);
    expect(fill).toBeGreaterThan(stroke);
    // white outline colour, then the dark letters
    // (jsPDF writes a grey stroke colour as "1. G", a colour as "r g b RG")
    expect(out.slice(0, stroke)).toMatch(/(^|\n)(1\.?0*\s+G|1\.?0*\s+1\.?0*\s+1\.?0*\s+RG)\n/);
    expect(out.match(/\(16\.6\.1\)\s*Tj/g)?.length).toBe(2);
  });

  it('draws text without a halo once', () => {
    const out = draw('<svg width="100" height="50"><text x="10" y="20" font-size="11" fill="#111">Title</text></svg>');
    expect(out).not.toMatch(/1 Tr/);
    expect(out.match(/\(Title\)\s*Tj/g)?.length).toBe(1);
  });

  it("fills a node in a file's own rgb() colour, not black", () => {
    const out = draw('<svg width="100" height="50"><circle cx="20" cy="20" r="5" fill="rgb(200,30,30)" stroke="#fff" stroke-width="1"/></svg>');
    expect(out).toMatch(/0\.78\d*\s+0\.1[12]\d*\s+0\.1[12]\d*\s+rg/);
  });
});
