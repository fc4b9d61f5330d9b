import { describe, expect, it } from 'vitest';
import { parseTsv } from './tesseract.js';

const TSV = [
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
  '1\t1\t0\t0\t0\t0\t0\t0\t2481\t3509\t-1\t',
  '4\t1\t1\t1\t1\t0\t602\t335\t1277\t59\t-1\t',
  '5\t1\t1\t1\t1\t1\t602\t337\t77\t54\t87.116165\t合计',
  '5\t1\t1\t1\t1\t2\t1080\t713\t150\t31\t92.5\t9746.',
  '5\t1\t1\t1\t2\t1\t10\t10\t4\t4\t95\t ',
  '5\t2\t1\t1\t1\t1\t5\t6\t7\t8\t-1\tx',
  '',
].join('\n');

describe('parseTsv', () => {
  it('keeps the words with text, their boxes, lines and confidence in 0–1', () => {
    expect(parseTsv(TSV)).toEqual([
      { image: 1, line: '1.1.1', text: '合计', left: 602, top: 337, width: 77, height: 54, confidence: expect.closeTo(0.871, 3) },
      { image: 1, line: '1.1.1', text: '9746.', left: 1080, top: 713, width: 150, height: 31, confidence: 0.925 },
      { image: 2, line: '1.1.1', text: 'x', left: 5, top: 6, width: 7, height: 8, confidence: 0 },
    ]);
  });
});
