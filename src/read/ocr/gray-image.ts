/**
 * 8-bit grayscale images as the OCR reader handles them: one byte per pixel, row by row, 0 black, 255 white.
 * Pages are rendered to binary PGM (P5), which needs no decoder: poppler writes it, tesseract (leptonica) reads it.
 */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Parses a binary PGM (P5, maxval ≤ 255). Throws on anything else. */
export function parsePgm(bytes: Uint8Array): GrayImage {
  let pos = 0;
  const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
  const token = (): string => {
    for (;;) {
      while (pos < bytes.length && isSpace(bytes[pos]!)) pos++;
      if (bytes[pos] !== 0x23) break; // # comment to the end of the line
      while (pos < bytes.length && bytes[pos] !== 0x0a) pos++;
    }
    const start = pos;
    while (pos < bytes.length && !isSpace(bytes[pos]!)) pos++;
    return Buffer.from(bytes.subarray(start, pos)).toString('latin1');
  };
  const magic = token();
  const [width, height, maxval] = [Number(token()), Number(token()), Number(token())];
  pos++; // the single whitespace byte before the pixels
  if (magic !== 'P5' || !(width > 0 && height > 0) || !(maxval > 0 && maxval <= 255)) throw new Error(`not an 8-bit binary PGM (${magic} ${width}×${height} max ${maxval})`);
  const data = bytes.subarray(pos, pos + width * height);
  if (data.length !== width * height) throw new Error(`PGM truncated: ${data.length} of ${width * height} pixels`);
  if (maxval === 255) return { width, height, data };
  return { width, height, data: data.map((v) => Math.round((v * 255) / maxval)) };
}

export function encodePgm(image: GrayImage): Uint8Array {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1');
  return Buffer.concat([header, image.data]);
}

/** A rectangle of pixels [x0, y0, x1, y1) (clipped to the image), with a white margin of `margin` pixels around it. */
export function crop(image: GrayImage, x0: number, y0: number, x1: number, y1: number, margin = 0): GrayImage {
  const [cx0, cy0] = [Math.max(0, Math.floor(x0)), Math.max(0, Math.floor(y0))];
  const [cx1, cy1] = [Math.min(image.width, Math.ceil(x1)), Math.min(image.height, Math.ceil(y1))];
  const [w, h] = [Math.max(0, cx1 - cx0), Math.max(0, cy1 - cy0)];
  const out: GrayImage = { width: w + 2 * margin, height: h + 2 * margin, data: new Uint8Array((w + 2 * margin) * (h + 2 * margin)).fill(255) };
  for (let y = 0; y < h; y++) {
    const from = (cy0 + y) * image.width + cx0;
    out.data.set(image.data.subarray(from, from + w), (y + margin) * out.width + margin);
  }
  return out;
}

/**
 * Otsu's threshold: the gray level that best separates ink from paper (pixels at or below it are ink). Scans
 * have gray paper and faded ink, so a fixed level would not do. A blank image gives 127.
 */
export function otsuThreshold(image: GrayImage): number {
  const histogram = new Float64Array(256);
  for (const v of image.data) histogram[v]!++;
  const total = image.data.length;
  let sum = 0;
  for (let v = 0; v < 256; v++) sum += v * histogram[v]!;
  let [below, sumBelow, best, threshold] = [0, 0, -1, 127];
  for (let t = 0; t < 255; t++) {
    below += histogram[t]!;
    sumBelow += t * histogram[t]!;
    const above = total - below;
    if (below === 0 || above === 0) continue;
    const between = below * above * (sumBelow / below - (sum - sumBelow) / above) ** 2;
    if (between > best) [best, threshold] = [between, t];
  }
  return threshold;
}

/** Share of ink pixels (at or below `threshold`) in a rectangle of the image. */
export function inkShare(image: GrayImage, x0: number, y0: number, x1: number, y1: number, threshold: number): number {
  const [cx0, cy0] = [Math.max(0, Math.floor(x0)), Math.max(0, Math.floor(y0))];
  const [cx1, cy1] = [Math.min(image.width, Math.ceil(x1)), Math.min(image.height, Math.ceil(y1))];
  if (cx1 <= cx0 || cy1 <= cy0) return 0;
  let ink = 0;
  for (let y = cy0; y < cy1; y++) {
    const row = y * image.width;
    for (let x = cx0; x < cx1; x++) if (image.data[row + x]! <= threshold) ink++;
  }
  return ink / ((cx1 - cx0) * (cy1 - cy0));
}

/** The image shrunk by `factor` (0 < factor ≤ 1), each new pixel the mean of the pixels it covers. */
export function downscale(image: GrayImage, factor: number): GrayImage {
  if (!(factor > 0 && factor <= 1)) throw new RangeError(`downscale factor ${factor} not in (0, 1]`);
  const [width, height] = [Math.max(1, Math.round(image.width * factor)), Math.max(1, Math.round(image.height * factor))];
  const data = new Uint8Array(width * height);
  const [sx, sy] = [image.width / width, image.height / height];
  for (let y = 0; y < height; y++) {
    const [y0, y1] = [Math.floor(y * sy), Math.max(Math.floor(y * sy) + 1, Math.floor((y + 1) * sy))];
    for (let x = 0; x < width; x++) {
      const [x0, x1] = [Math.floor(x * sx), Math.max(Math.floor(x * sx) + 1, Math.floor((x + 1) * sx))];
      let sum = 0;
      for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) sum += image.data[yy * image.width + xx]!;
      data[y * width + x] = Math.round(sum / ((y1 - y0) * (x1 - x0)));
    }
  }
  return { width, height, data };
}

/** A copy `factor` (> 1) times larger, bilinear: a small cell's digits enlarged to the size tesseract reads best. */
export function upscale(image: GrayImage, factor: number): GrayImage {
  if (!(factor >= 1)) throw new RangeError(`upscale factor ${factor} below 1`);
  const [width, height] = [Math.max(1, Math.round(image.width * factor)), Math.max(1, Math.round(image.height * factor))];
  const data = new Uint8Array(width * height);
  const at = (x: number, y: number) => image.data[Math.min(image.height - 1, y) * image.width + Math.min(image.width - 1, x)]!;
  for (let y = 0; y < height; y++) {
    const fy = Math.max(0, (y + 0.5) / factor - 0.5);
    const [y0, wy] = [Math.floor(fy), fy - Math.floor(fy)];
    for (let x = 0; x < width; x++) {
      const fx = Math.max(0, (x + 0.5) / factor - 0.5);
      const [x0, wx] = [Math.floor(fx), fx - Math.floor(fx)];
      const top = at(x0, y0) * (1 - wx) + at(x0 + 1, y0) * wx;
      const bottom = at(x0, y0 + 1) * (1 - wx) + at(x0 + 1, y0 + 1) * wx;
      data[y * width + x] = Math.round(top * (1 - wy) + bottom * wy);
    }
  }
  return { width, height, data };
}
