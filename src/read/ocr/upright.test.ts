import { describe, expect, it } from 'vitest';
import { parseOsd, type OcrWord } from './tesseract.js';
import { looksUpright } from './upright.js';

const word = (confidence: number): OcrWord => ({ image: 1, line: '1.1.1', text: '字', left: 0, top: 0, width: 10, height: 10, confidence });

describe('telling a turned page', () => {
  it('takes a read that is mostly sure for upright, and one mostly unsure for turned', () => {
    expect(looksUpright([])).toBe(true);
    expect(looksUpright([word(0.93), word(0.95), word(0.4)])).toBe(true);
    // Text read sideways or upside down: most words well under 0.8.
    expect(looksUpright([word(0), word(0.31), word(0.85), word(0.2)])).toBe(false);
  });

  it('parses tesseract’s orientation detection', () => {
    const osd = 'Page number: 0\nOrientation in degrees: 90\nRotate: 270\nOrientation confidence: 6.10\nScript: Han\nScript confidence: 2.67\n';
    expect(parseOsd(osd)).toEqual({ rotate: 270, confidence: 6.1 });
    expect(parseOsd('Too few characters. Skipping this page\n')).toBeUndefined();
  });
});
