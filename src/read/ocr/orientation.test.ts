import { describe, expect, it } from 'vitest';
import type { GrayImage } from './gray-image.js';
import { displayedBox, estimateSkew, rotateQuarter, rotateSmall, type QuarterTurns } from './orientation.js';

const image = (width: number, height: number, pixel: (x: number, y: number) => number): GrayImage => {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = pixel(x, y);
  return { width, height, data };
};
const at = (img: GrayImage, x: number, y: number) => img.data[y * img.width + x];

/**
 * A page of "text" at 75 dpi: lines of character-sized blocks (9 px, gaps of 2 px, 20 px apart) and a long rule
 * that the skew estimate must ignore.
 */
const textPage = () =>
  image(600, 800, (x, y) => {
    if (y === 700 && x > 20 && x < 580) return 0;
    const [line, inLine] = [Math.floor((y - 40) / 20), (y - 40) % 20];
    if (y < 40 || line >= 30 || inLine >= 9 || x < 50 || x >= 550) return 255;
    return x % 11 < 9 && (x * 7 + line * 13) % 5 !== 0 ? 30 : 255;
  });

describe('turning and straightening page images', () => {
  it('turns by quarter turns clockwise, and four turns give the image back', () => {
    const img = image(3, 2, (x, y) => 10 * y + x); // 0 1 2 / 10 11 12
    const once = rotateQuarter(img, 1);
    expect([once.width, once.height, [...once.data]]).toEqual([2, 3, [10, 0, 11, 1, 12, 2]]);
    expect([...rotateQuarter(img, 2).data]).toEqual([12, 11, 10, 2, 1, 0]);
    expect([...rotateQuarter(img, 3).data]).toEqual([2, 12, 1, 11, 0, 10]);
    expect(rotateQuarter(rotateQuarter(rotateQuarter(once, 1), 1), 1)).toEqual(img);
  });

  it('rotates by a small angle about the centre, corners white', () => {
    const img = image(101, 101, (x, y) => (y === 50 ? 0 : 255));
    const tilted = rotateSmall(img, 10);
    // A horizontal line turned clockwise (y grows downwards) runs down to the right.
    expect(at(tilted, 50, 50)).toBeLessThan(128);
    expect(at(tilted, 90, 50 + Math.round(40 * Math.tan(Math.PI / 18)))).toBeLessThan(160);
    expect(at(tilted, 90, 50)).toBe(255);
    expect(at(rotateSmall(image(50, 50, () => 0), 30), 0, 0)).toBe(255);
  });

  it('measures the tilt of lines of text to about a tenth of a degree, rules left out', () => {
    const page = textPage();
    expect(Math.abs(estimateSkew(page, 75))).toBeLessThan(0.1);
    for (const deg of [2, -1.5, 3]) expect(Math.abs(estimateSkew(rotateSmall(page, deg), 75) - deg)).toBeLessThan(0.15);
    expect(estimateSkew(image(300, 300, () => 255), 75)).toBe(0);
  });

  it('maps boxes of the upright reading back onto the page as displayed', () => {
    const displayed = { width: 842, height: 595 };
    // A box near the top-left corner of the upright page (595 × 842 after a clockwise quarter turn of the sheet).
    expect(displayedBox([10, 20, 110, 40], 1, 0, displayed)).toEqual([20, 485, 40, 585]);
    expect(displayedBox([10, 20, 110, 40], 2, 0, displayed)).toEqual([732, 555, 832, 575]);
    expect(displayedBox([10, 20, 110, 40], 3, 0, { width: 595, height: 842 })).toEqual([555, 10, 575, 110]);
    // Straightening by −2° is undone by rotating the box's corners +2° about the centre.
    const [x0, y0, x1, y1] = displayedBox([411, 287.5, 431, 307.5], 0, 2, displayed);
    expect((x0 + x1) / 2).toBeCloseTo(421, 0);
    expect((y0 + y1) / 2).toBeCloseTo(297.5, 0);
    const far = displayedBox([800, 290, 810, 300], 0, 2, displayed);
    expect((far[1] + far[3]) / 2).toBeCloseTo(295 + 384 * Math.sin(Math.PI / 90), 0);
    // Mapping agrees with turning the pixels: a pixel's place after the turn maps back to where it was.
    const img = image(40, 30, (x, y) => (x === 5 && y === 7 ? 0 : 255));
    for (const turns of [1, 2, 3] as QuarterTurns[]) {
      const turned = rotateQuarter(img, turns);
      const k = turned.data.indexOf(0);
      const [x, y] = [k % turned.width, Math.floor(k / turned.width)];
      expect(displayedBox([x, y, x + 1, y + 1], turns, 0, { width: 40, height: 30 })).toEqual([5, 7, 6, 8]);
    }
  });
});
