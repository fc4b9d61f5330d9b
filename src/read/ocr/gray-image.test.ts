import { describe, expect, it } from 'vitest';
import { crop, downscale, encodePgm, inkShare, otsuThreshold, parsePgm, upscale, type GrayImage } from './gray-image.js';

const image = (width: number, height: number, pixel: (x: number, y: number) => number): GrayImage => {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = pixel(x, y);
  return { width, height, data };
};

describe('gray images', () => {
  it('reads and writes binary PGM, comments and smaller maxval included', () => {
    const img = image(3, 2, (x, y) => x * 100 + y);
    const back = parsePgm(encodePgm(img));
    expect([back.width, back.height, [...back.data]]).toEqual([3, 2, [...img.data]]);
    const header = new TextEncoder().encode('P5\n# pdftoppm\n2 1\n15\n');
    expect([...parsePgm(new Uint8Array([...header, 0, 15])).data]).toEqual([0, 255]);
    expect(() => parsePgm(new TextEncoder().encode('P6\n1 1\n255\n\0\0\0'))).toThrow(/PGM/);
    expect(() => parsePgm(new TextEncoder().encode('P5\n4 4\n255\n\0'))).toThrow(/truncated/);
  });

  it('crops with a white margin, clipped to the image', () => {
    const img = image(4, 4, (x, y) => 10 * y + x);
    const out = crop(img, 2, 2, 9, 9, 1);
    expect(out).toMatchObject({ width: 4, height: 4 });
    expect([...out.data]).toEqual([255, 255, 255, 255, 255, 22, 23, 255, 255, 32, 33, 255, 255, 255, 255, 255]);
  });

  it('separates ink from gray paper (Otsu) and measures ink in a box', () => {
    const img = image(10, 10, (x) => (x < 3 ? 40 : 200)); // faded ink on gray paper
    const t = otsuThreshold(img);
    expect(t).toBeGreaterThanOrEqual(40);
    expect(t).toBeLessThan(200);
    expect(inkShare(img, 0, 0, 10, 10, t)).toBeCloseTo(0.3);
    expect(inkShare(img, 5, 0, 10, 10, t)).toBe(0);
    expect(otsuThreshold(image(2, 2, () => 255))).toBe(127);
  });

  it('shrinks an image, each pixel the mean of those it covers', () => {
    // 4 × 2: a black left half, a white right half, a gray column in the middle of each
    const img = image(4, 2, (x) => [0, 100, 200, 255][x]!);
    const half = downscale(img, 0.5);
    expect([half.width, half.height, [...half.data]]).toEqual([2, 1, [50, 228]]);
    expect(downscale(img, 1).data).toEqual(img.data);
    expect(() => downscale(img, 2)).toThrow(RangeError);
    // a large image to a third: sizes rounded, every pixel covered
    const big = downscale(image(301, 150, () => 90), 1 / 3);
    expect([big.width, big.height, Math.min(...big.data), Math.max(...big.data)]).toEqual([100, 50, 90, 90]);
  });

  it('enlarges an image, blending neighbours', () => {
    const img = image(2, 1, (x) => [0, 200][x]!);
    const twice = upscale(img, 2);
    expect([twice.width, twice.height]).toEqual([4, 2]);
    expect([...twice.data.subarray(0, 4)]).toEqual([0, 50, 150, 200]);
    expect(upscale(img, 1).data).toEqual(img.data);
    expect(() => upscale(img, 0.5)).toThrow(RangeError);
  });
});
