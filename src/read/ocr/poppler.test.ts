import { describe, expect, it } from 'vitest';
import { imageCoverage, parseImageList } from './poppler.js';

const LIST = `page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio
--------------------------------------------------------------------------------------------
   1     0 image    1654  2339  gray    1   8  jpeg   no         5  0   200   200  118K 1.0%
   2     1 image     300   200  rgb     3   8  image  no         9  0    72    72  10K  5.0%
   2     2 smask     300   200  gray    1   8  image  no        10  0    72    72  1K   1.0%
`;

describe('pdfimages -list', () => {
  it('parses each picture with its page, pixel size and resolution', () => {
    expect(parseImageList(LIST).slice(0, 2)).toEqual([
      { page: 1, width: 1654, height: 2339, xPpi: 200, yPpi: 200 },
      { page: 2, width: 300, height: 200, xPpi: 72, yPpi: 72 },
    ]);
    expect(parseImageList('')).toEqual([]);
  });

  it('measures the share of the page the pictures cover', () => {
    const [scan, photo] = parseImageList(LIST);
    expect(imageCoverage([scan!], { width: 595.44, height: 842.04 })).toBeCloseTo(1, 2);
    expect(imageCoverage([photo!], { width: 595, height: 842 })).toBeCloseTo((300 * 200) / (595 * 842), 5);
    expect(imageCoverage([], { width: 595, height: 842 })).toBe(0);
  });
});
