import { describe, expect, it } from 'vitest';
import { tableSpec } from '../../catalog/kinds/index.js';
import type { GridRow } from '../../read/layout.js';
import { FactSink } from '../fact-sink.js';
import { readCodedTable } from './coded-table.js';
import { findSplitCodeHeader, SplitCodeReader } from './split-codes.js';

/** Codes a reader gives for rows of [类, 款, 项] parts, in order. */
const rebuild = (rows: [string, string, string][]) => {
  const reader = new SplitCodeReader();
  return rows.map((parts) => reader.next(parts));
};

describe('SplitCodeReader', () => {
  it('carries the 类 and 款 of the rows above down to rows that omit them', () => {
    expect(
      rebuild([
        ['201', '', ''],
        ['', '01', ''],
        ['', '', '01'],
        ['', '', '02'],
        ['', '03', ''],
        ['', '', '01'],
        ['208', '', ''],
        ['', '05', ''],
        ['', '', '05'],
      ]),
    ).toEqual(['201', '20101', '2010101', '2010102', '20103', '2010301', '208', '20805', '2080505']);
  });

  it('reads rows that print all their parts, and 款 rows that repeat the 类', () => {
    expect(
      rebuild([
        ['210', '', ''],
        ['210', '15', ''],
        ['210', '15', '01'],
        ['210', '15', '02'],
        ['221', '02', ''],
        ['221', '02', '01'],
      ]),
    ).toEqual(['210', '21015', '2101501', '2101502', '22102', '2210201']);
  });

  it('reads a 项 printed with all parts as the context of the 项 rows below it', () => {
    // a page that starts on a 项 row: its full parts set the context for the rows that follow
    expect(rebuild([['208', '05', '05'], ['', '', '06'], ['', '99', ''], ['', '', '99']])).toEqual(['2080505', '2080506', '20899', '2089999']);
  });

  it('ignores whitespace inside parts and leaves rows without parts (wrapped names) out without losing context', () => {
    expect(rebuild([[' 201 ', '', ''], ['', '0 1', ''], ['', '', ''], ['', '', '\u300001']])).toEqual(['201', '20101', undefined, '2010101']);
  });

  it('does not invent a code from a 项 or 款 without context', () => {
    expect(rebuild([['', '', '01'], ['', '01', ''], ['', '', '01']])).toEqual([undefined, undefined, undefined]);
  });

  it('does not attach a 项 to the 款 of another 类', () => {
    // 210 restarts the context: a 项 printed with its 类 but without its 款 has no known 款
    expect(rebuild([['208', '05', ''], ['210', '', '01'], ['', '15', ''], ['', '', '01']])).toEqual(['20805', undefined, '21015', '2101501']);
  });

  it('leaves malformed parts out and clears the context below them', () => {
    expect(
      rebuild([
        ['201', '', ''],
        ['', '1', ''], // 款 of one digit
        ['', '', '01'], // its 项: the 款 is unknown
        ['', '02', ''],
        ['', '', '001'], // 项 of three digits
        ['', '', '01'], // the 款 context is intact
        ['2O1', '', ''], // OCR letter O in a 类
        ['', '01', ''], // no 类 context any more
        ['20101', '', ''], // a whole code in the 类 column is not a 类 part
        ['', '', '01'],
        ['208', '', ''],
        ['', '05', ''],
      ]),
    ).toEqual(['201', undefined, undefined, '20102', undefined, '2010201', undefined, undefined, undefined, undefined, '208', '20805']);
  });
});

const grid = (lines: string[]): GridRow[] =>
  lines.map((line, i) => ({ source: { line: i + 1 }, cells: line.split('|').map((text, c) => ({ text, source: { line: i + 1, column: c + 1 } })) }));

describe('findSplitCodeHeader', () => {
  it('finds 类 | 款 | 项 under 科目编码, or standing alone, wherever the columns start', () => {
    expect(findSplitCodeHeader(grid(['项目||||本年支出合计', '科目编码|||科目名称|', '类|款|项||', '合计||||1.00']))).toEqual({ row: 2, at: 0, parts: 3 });
    expect(findSplitCodeHeader(grid(['行次|类|款|项|科目名称|合计']))).toEqual({ row: 0, at: 1, parts: 3 });
    // economic codes print 类 | 款 only
    expect(findSplitCodeHeader(grid(['部门预算经济分类科目编码||经济分类科目名称|合计', '类|款|||']))).toEqual({ row: 1, at: 0, parts: 2 });
    expect(findSplitCodeHeader(grid(['科目编码|科目名称|本年支出合计', '201|一般公共服务支出|1.00']))).toBeUndefined();
  });

  it('finds the words a text copy ran together into one cell: 类款项, or 款项 after 类', () => {
    expect(findSplitCodeHeader(grid(['科目编码|||科目名称', '类款项||||']))).toMatchObject({ row: 1, at: 0 });
    expect(findSplitCodeHeader(grid(['科目编码|||科目名称', '类|款项|||']))).toMatchObject({ row: 1, at: 0 });
    expect(findSplitCodeHeader(grid(['科目编码|||科目名称', '类|款项|项||']))).toBeUndefined();
    expect(findSplitCodeHeader(grid(['科目编码|||科目名称', '款项|类|||']))).toBeUndefined();
  });
});

describe('readCodedTable with split code columns', () => {
  const read = (lines: string[], id: 'T03' | 'T05' = 'T05') => {
    const sink = new FactSink(id, '万元');
    readCodedTable(grid(lines), tableSpec(id), sink);
    return sink;
  };
  const values = (sink: FactSink) => Object.fromEntries(sink.facts.map((f) => [`${f.row} ${f.column}`, f.value]));

  it('gives each amount under the rebuilt code, with the amount cell as provenance', () => {
    const sink = read([
      '项目||||本年支出||',
      '科目编码|||科目名称|小计|基本支出|项目支出',
      '类|款|项||||',
      '栏次||||1|2|3',
      '合计||||100.00|70.00|30.00',
      '210|||卫生健康支出|100.00|70.00|30.00',
      '|15||医疗保障管理事务|100.00|70.00|30.00',
      '||01|行政运行|70.00|70.00|',
      '||02|一般行政管理事务|30.00||30.00',
    ]);
    expect(values(sink)).toEqual({
      '合计 小计': '100.00',
      '合计 基本支出': '70.00',
      '合计 项目支出': '30.00',
      '210 小计': '100.00',
      '210 基本支出': '70.00',
      '210 项目支出': '30.00',
      '21015 小计': '100.00',
      '21015 基本支出': '70.00',
      '21015 项目支出': '30.00',
      '2101501 小计': '70.00',
      '2101501 基本支出': '70.00',
      '2101502 小计': '30.00',
      '2101502 项目支出': '30.00',
    });
    expect(sink.facts.find((f) => f.row === '2101502' && f.column === '项目支出')!.source).toEqual({ line: 9, column: 7 });
    // codes with their printed names; the code's source is the cell of its deepest part
    expect(sink.codes).toEqual([
      { code: '210', name: '卫生健康支出', source: { line: 6, column: 1 } },
      { code: '21015', name: '医疗保障管理事务', source: { line: 7, column: 2 } },
      { code: '2101501', name: '行政运行', source: { line: 8, column: 3 } },
      { code: '2101502', name: '一般行政管理事务', source: { line: 9, column: 3 } },
    ]);
  });

  it('reads headers standing alone, 合计 in the name column and a repeated page header without losing context', () => {
    const sink = read([
      '类|款|项|科目名称|小计|基本支出|项目支出',
      '||| 合 计 |10.00|10.00|',
      '208|||社会保障和就业支出|10.00|10.00|',
      '|05||行政事业单位养老支出|10.00|10.00|',
      '类|款|项|科目名称|小计|基本支出|项目支出',
      '||05|机关事业单位基本养老保险缴费支出|10.00|10.00|',
    ]);
    expect(values(sink)).toEqual({
      '合计 小计': '10.00',
      '合计 基本支出': '10.00',
      '208 小计': '10.00',
      '208 基本支出': '10.00',
      '20805 小计': '10.00',
      '20805 基本支出': '10.00',
      '2080505 小计': '10.00',
      '2080505 基本支出': '10.00',
    });
  });

  it('leaves rows with malformed parts out, and rows under them that lack context', () => {
    const sink = read([
      '科目编码|||科目名称|小计|基本支出|项目支出',
      '类|款|项||||',
      '208|||社会保障和就业支出|10.00|10.00|',
      '|5||其他社会保障事务|10.00|10.00|', // one digit, and the catalog's 20805 is named otherwise
      '||05|机关事业单位基本养老保险缴费支出|10.00|10.00|',
      '21O|||卫生健康支出|5.00|5.00|',
      '|15||医疗保障管理事务|5.00|5.00|',
    ]);
    expect(values(sink)).toEqual({ '208 小计': '10.00', '208 基本支出': '10.00' });
    expect(sink.codes.map((c) => c.code)).toEqual(['208']);
  });

  it('restores a leading zero a spreadsheet dropped only when the catalog names the code as printed', () => {
    const sink = new FactSink('B08', '元');
    readCodedTable(
      grid([
        '部门预算经济分类科目编码||经济分类科目名称|合计|人员经费|公用经费',
        '类|款||||',
        '301||工资福利支出|30|30|0',
        '301|01|基本工资|10|10|0',
        '301|2|津贴补贴|15|15|0', // Excel stored 02 as the number 2
        '301|7|奖金|5|5|0', // 30107 is 绩效工资: not restored
      ]),
      tableSpec('B08'),
      sink,
    );
    expect(sink.codes.map((c) => c.code)).toEqual(['301', '30101', '30102']);
    expect(values(sink)['30102 合计']).toBe('15');
  });

  it('maps amounts by the template order after the name column when the header names no amount', () => {
    const sink = read(['类|款|项||||', '201|||一般公共服务支出|1.00|2.00|3.00'], 'T03');
    expect(values(sink)).toEqual({ '201 本年支出合计': '1.00', '201 基本支出': '2.00', '201 项目支出': '3.00' });
  });

  it('reads a table without a name column whose header names the amounts', () => {
    const sink = read(['类|款|项|小计|基本支出|项目支出', '201|||3.00|1.00|2.00', '|01||3.00|1.00|2.00']);
    expect(values(sink)).toEqual({
      '201 小计': '3.00',
      '201 基本支出': '1.00',
      '201 项目支出': '2.00',
      '20101 小计': '3.00',
      '20101 基本支出': '1.00',
      '20101 项目支出': '2.00',
    });
  });
});
