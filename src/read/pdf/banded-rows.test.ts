import { describe, expect, it } from 'vitest';
import { run } from '../../../test/support/pdf-runs.js';
import { splitBandedRow } from './banded-rows.js';
import { buildLines } from './lines.js';

const cell = (...runs: ReturnType<typeof run>[]) => buildLines(runs);

describe('splitBandedRow', () => {
  it('finds the printed rows from numbers stacked in one cell; wrapped labels stay with their row', () => {
    const split = splitBandedRow([
      cell(run('社会保障和就', 0, 93), run('业支出', 0, 107), run('卫生健康支出', 0, 130), run('节能环保支出', 0, 160)),
      cell(run('10.00', 100, 100), run('20.00', 100, 130)),
    ]);
    expect(split?.texts).toEqual([
      ['社会保障和就业支出', '10.00'],
      ['卫生健康支出', '20.00'],
      ['节能环保支出', ''],
    ]);
  });

  it('keeps a row of wrapped header cells whole', () => {
    expect(splitBandedRow([cell(run('经济分类', 0, 100), run('科目编码', 0, 113)), cell(run('决算数', 100, 106))])).toBeUndefined();
    expect(splitBandedRow([cell(run('合计', 0, 100)), cell(run('1.00', 100, 100))])).toBeUndefined();
  });
});
