import { describe, expect, it } from 'vitest';
import type { Block } from '../layout.js';
import { readPageCopy } from './page-copy.js';
import { chooseMeasure } from './text-lines.js';

/** A line with its cells at the given character columns. */
const at = (...cells: [number, string][]) => cells.reduce((line, [x, t]) => line.padEnd(x) + t, '');
const grids = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'grid' ? [b.rows.map((r) => r.cells.map((c) => c.text))] : []));
const lines = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'line' ? [b.text] : []));

const CODED_HEADER = [
  at([19, '项目'], [44, '本年支出合计'], [58, '基本支出'], [70, '项目支出'], [82, '上缴上级支出']),
  at([0, '科目编码'], [19, '科目名称']),
  at([19, '栏次'], [49, '1'], [62, '2'], [73, '3'], [87, '4']),
];

describe('readPageCopy', () => {
  it('drops a running footer that stands at the same line from the bottom of pages of any length, and keeps 公开NN表', () => {
    const page = (n: number, body: string[]) => [...body, at([20, 'XX局2024年度部门决算']), at([30, `- ${n} -`])].join('\n');
    const copy = [
      page(1, [at([20, '收入决算表']), at([40, '公开02表']), '正文一']),
      page(2, [at([20, '支出决算表']), at([40, '公开03表']), '正文二', '正文三', '正文四']),
      page(3, [at([20, '财政拨款收入支出决算总表']), at([40, '公开04表'])]),
      page(4, [at([20, '一般公共预算财政拨款支出决算表']), at([40, '公开05表']), '正文五', '正文六']),
    ].join('\f');
    const read = lines(readPageCopy('copy.txt', copy).blocks);
    expect(read.some((t) => t.includes('部门决算') || /^- \d -$/.test(t))).toBe(false);
    expect(read.join('\n').match(/公开0\d表/g)).toEqual(['公开02表', '公开03表', '公开04表', '公开05表']);
  });

  it('continues a coded table on a page without its header in the columns of the first page, a 栏次 row notwithstanding', () => {
    const first = [
      at([50, '支出决算表']),
      ...CODED_HEADER,
      at([0, '合计'], [48, '373.64'], [61, '99.70'], [71, '273.94']),
      at([0, '208'], [10, '社会保障和就业支出'], [50, '8.96'], [62, '8.96']),
      at([0, '20805'], [10, '行政事业单位养老支出'], [50, '8.62'], [62, '8.62']),
      at([0, '210'], [10, '卫生健康支出'], [48, '364.69'], [61, '90.74'], [71, '273.94']),
    ];
    const next = [
      at([0, '21011'], [10, '行政事业单位医疗'], [48, '100.00'], [71, '100.00']),
      at([0, '2101103'], [10, '公务员医疗补助'], [49, '60.00'], [72, '60.00']),
      at([0, '21013'], [10, '医疗救助'], [48, '155.00'], [71, '155.00']),
    ];
    const [table] = grids(readPageCopy('copy.txt', [first.join('\n'), next.join('\n')].join('\f')).blocks);
    expect(table!.slice(-3).map((row) => row.slice(0, 5))).toEqual([
      ['21011', '行政事业单位医疗', '100.00', '', '100.00'],
      ['2101103', '公务员医疗补助', '60.00', '', '60.00'],
      ['21013', '医疗救助', '155.00', '', '155.00'],
    ]);
  });

  it('reads a table whose rows print their labels on the line above their numbers', () => {
    const copy = [
      at([20, '收入支出决算总表']),
      at([0, '项目'], [16, '行次'], [24, '金额'], [32, '项目'], [49, '行次'], [56, '金额']),
      at([0, '一、财政拨款收入'], [32, '一、一般公共服务支出']),
      at([17, '1'], [23, '100.00'], [50, '32']),
      at([0, '二、上级补助收入'], [32, '二、国防支出']),
      at([17, '2'], [50, '33'], [55, '25.00']),
      at([0, '总计'], [32, '总计']),
      at([17, '3'], [23, '100.00'], [50, '34'], [55, '100.00']),
    ].join('\n');
    expect(grids(readPageCopy('copy.txt', copy).blocks)[0]).toEqual([
      ['项目', '行次', '金额', '项目', '行次', '金额'],
      ['一、财政拨款收入', '1', '100.00', '一、一般公共服务支出', '32', ''],
      ['二、上级补助收入', '2', '', '二、国防支出', '33', '25.00'],
      ['总计', '3', '100.00', '总计', '34', '100.00'],
    ]);
  });
});

describe('chooseMeasure', () => {
  // laid out for display: a Chinese character takes two columns
  const display = (...cells: [number, string][]) => cells.reduce((line, [x, t]) => line + ' '.repeat(Math.max(1, x - [...line].reduce((w, ch) => w + (/[\u4e00-\u9fff、]/.test(ch) ? 2 : 1), 0))) + t, '');

  it('counts display columns when labels after Chinese text start where the other labels start', () => {
    const page = [
      display([0, '一、财政拨款收入'], [48, '一、一般公共服务支出']),
      display([34, '1'], [40, '100.00'], [80, '32']),
      display([0, '二、政府性基金预算财政拨款收入'], [48, '二、国防支出']),
      display([34, '2'], [80, '33']),
      display([0, '三、事业收入'], [48, '三、国防支出']),
      display([34, '3'], [80, '34']),
    ];
    expect(chooseMeasure([page])).toBe('display');
  });

  it('counts characters for a copy that places each character in one column, and lets the pages vote together', () => {
    const page = [at([0, '一、财政拨款收入'], [30, '一、一般公共服务支出']), at([0, '二、政府性基金预算财政拨款收入'], [30, '二、国防支出']), at([0, '三、事业收入'], [30, '三、国防支出'])];
    expect(chooseMeasure([page, page])).toBe('characters');
  });
});
