import { describe, expect, it } from 'vitest';
import type { Chunk, TextLine } from './lines.js';
import { joinSplitRows } from './split-rows.js';

const EM = 2;
/** Lines of a copy, one em apart: each text's cells start at the column they are printed at, runs of 2+ spaces apart. */
const place = (texts: string[]): TextLine[] =>
  texts.flatMap((text, i) => {
    const y = i * EM;
    const chunks: Chunk[] = [...text.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], box: [m.index, y, m.index + m[0].length, y + EM] }));
    if (chunks.length === 0) return [];
    return [{ text: chunks.map((c) => c.text).join(' '), box: [chunks[0]!.box[0], y, chunks.at(-1)!.box[2], y + EM], baseline: y + EM, size: EM, chunks }];
  });
/** A line with its cells at the given columns. */
const at = (...cells: [number, string][]) => cells.reduce((line, [x, t]) => line.padEnd(x) + t, '');
const texts = (lines: TextLine[]) => lines.map((l) => l.chunks.map((c) => c.text).join(' | '));

const HEADER = at([0, '项目'], [16, '行次'], [24, '金额'], [32, '项目'], [49, '行次'], [56, '金额']);

describe('joinSplitRows', () => {
  it('joins each line of numbers with the labels printed on the line above it', () => {
    const lines = place([
      HEADER,
      at([0, '一、财政拨款收入'], [32, '一、一般公共服务支出']),
      at([17, '1'], [23, '100.00'], [50, '32']),
      at([0, '二、事业收入'], [32, '二、外交支出']),
      at([17, '2'], [50, '33'], [55, '20.00']),
      at([0, '总计'], [32, '总计']),
      at([17, '3'], [23, '100.00'], [50, '34'], [55, '100.00']),
    ]);
    expect(texts(joinSplitRows(lines, EM))).toEqual([
      '项目 | 行次 | 金额 | 项目 | 行次 | 金额',
      '一、财政拨款收入 | 1 | 100.00 | 一、一般公共服务支出 | 32',
      '二、事业收入 | 2 | 二、外交支出 | 33 | 20.00',
      '总计 | 3 | 100.00 | 总计 | 34 | 100.00',
    ]);
  });

  it('joins them with the labels below when the labels follow the numbers, even under a header of labels', () => {
    const lines = place([
      HEADER,
      at([17, '1'], [23, '100.00'], [50, '32']),
      at([0, '一、财政拨款收入'], [32, '一、一般公共服务支出']),
      at([17, '2'], [50, '33'], [55, '20.00']),
      at([0, '二、事业收入'], [32, '二、外交支出']),
    ]);
    const joined = joinSplitRows(lines, EM);
    expect(texts(joined)).toEqual(['项目 | 行次 | 金额 | 项目 | 行次 | 金额', '一、财政拨款收入 | 1 | 100.00 | 一、一般公共服务支出 | 32', '二、事业收入 | 2 | 二、外交支出 | 33 | 20.00']);
    // a joined row stands on its numbers' line and spans both
    expect(joined[1]!.baseline).toBe(lines[1]!.baseline);
    expect(joined[1]!.box[1]).toBe(lines[1]!.box[1]);
    expect(joined[1]!.box[3]).toBe(lines[2]!.box[3]);
  });

  it('leaves a table alone when labels and numbers share their lines, or when labels would cover numbers', () => {
    const whole = place(['项目      金额', '一、财政拨款收入   100.00', '二、事业收入        20.00']);
    expect(joinSplitRows(whole, EM)).toEqual(whole);
    // the "labels" sit over the numbers' columns: a header over its data, not a row's labels
    const header = place(['   本年支出合计   基本支出', '         100.00      70.00', '   本年支出合计   基本支出', '         100.00      70.00']);
    expect(joinSplitRows(header, EM)).toEqual(header);
  });

  it('needs two rows split so before it joins any: one line of numbers under a label may be a total', () => {
    const lines = place(['项目            金额', '合计', '                100.00', '一、财政拨款收入   100.00']);
    expect(joinSplitRows(lines, EM)).toEqual(lines);
  });

  it('joins only lines of the copy next to each other', () => {
    const lines = place(['一、财政拨款收入', '', '                 1     100.00', '二、事业收入', '', '                 2      20.00']);
    expect(joinSplitRows(lines, EM)).toEqual(lines);
  });
});
