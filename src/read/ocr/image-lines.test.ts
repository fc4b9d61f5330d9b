import { describe, expect, it } from 'vitest';
import type { GrayImage } from './gray-image.js';
import { detectLines, eraseLines } from './image-lines.js';

/** A white page with black rectangles drawn on it. */
function page(width: number, height: number, rects: [x: number, y: number, w: number, h: number][]): GrayImage {
  const data = new Uint8Array(width * height).fill(250);
  for (const [x0, y0, w, h] of rects) for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) data[y * width + x] = 20;
  return { width, height, data };
}

const options = { threshold: 128, minLength: 60, maxThickness: 8, maxGap: 2 };

describe('detectLines', () => {
  it('finds the rulings of a table, not the strokes of its text nor a filled block', () => {
    const img = page(400, 300, [
      // a 2-row, 2-column table: borders 2 px thick
      [50, 50, 301, 2],
      [50, 100, 301, 2],
      [50, 150, 301, 2],
      [50, 50, 2, 102],
      [200, 50, 2, 102],
      [349, 50, 2, 102],
      // "text": short strokes inside the cells
      [70, 70, 30, 3],
      [110, 65, 3, 25],
      // a filled block (a photo, a black bar) and a broken line (a scan's dropout: gap of 2 px)
      [60, 200, 200, 40],
      [50, 260, 100, 1],
      [152, 260, 100, 1],
    ]);
    const { horizontal, vertical } = detectLines(img, options);
    expect(horizontal.map((l) => [l.at, l.from, l.to])).toEqual([
      [50.5, 50, 350],
      [100.5, 50, 350],
      [150.5, 50, 350],
      [260, 50, 251],
    ]);
    expect(horizontal[0]!.thickness).toBeCloseTo(2);
    expect(vertical.map((l) => [l.at, l.from, l.to])).toEqual([
      [50.5, 50, 151],
      [200.5, 50, 151],
      [349.5, 50, 151],
    ]);
  });

  it('follows a slightly skewed line from row to row', () => {
    // 300 px long, dropping one row every 100 px (about 0.6°)
    const img = page(400, 100, [
      [10, 40, 100, 2],
      [110, 41, 100, 2],
      [210, 42, 100, 2],
    ]);
    const { horizontal } = detectLines(img, options);
    expect(horizontal).toHaveLength(1);
    expect(horizontal[0]).toMatchObject({ from: 10, to: 309 });
    expect(horizontal[0]!.at).toBeCloseTo(41.5, 0);
  });

  it('erases the given lines and the pixel around them, leaving the text', () => {
    const img = page(200, 100, [
      [10, 20, 150, 2],
      [60, 40, 20, 10],
    ]);
    const lines = detectLines(img, options);
    const clean = eraseLines(img, lines, 128);
    expect(clean.data.slice(20 * 200 + 10, 20 * 200 + 160).every((v) => v === 250 || v === 255)).toBe(true);
    expect(clean.data[45 * 200 + 70]).toBe(20);
    expect(img.data[20 * 200 + 50]).toBe(20); // the input is left as it was
  });
});
