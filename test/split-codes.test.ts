// A package whose 公开03 and 公开05 print the 科目编码 split into 类 | 款 | 项 (the 财政部 template) reads, through the
// text reader, to the same facts and codes as the same package printed with one 科目编码 column (demo/mini-2024.txt).
import { describe, expect, it } from 'vitest';
import { extractDisclosure } from '../src/extract/index.js';
import type { Disclosure } from '../src/model/disclosure.js';
import { factKey } from '../src/model/fact.js';
import { readText } from '../src/read/text-reader.js';
import { MINI_DISCLOSURE } from './support/mini-disclosure.js';

const tab = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

// 公开03: 类/款/项 under a merged 科目编码, 类 omitted on continuation rows, some rows with all parts, and the header
// repeated on a new page (blank line) between a 款 and its 项 rows.
const T03_HEADER = [
  ['项目', '', '', '', '本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
  ['科目编码', '', '', '科目名称', '', '', '', '', '', ''],
  ['类', '款', '项', '', '', '', '', '', '', ''],
];
const T03_SPLIT = [
  tab(T03_HEADER),
  tab([
    ['栏次', '', '', '', '1', '2', '3', '4', '5', '6'],
    ['合计', '', '', '', '100.00', '70.00', '30.00', '', '', ''],
    ['208', '', '', '社会保障和就业支出', '10.00', '10.00', '', '', '', ''],
    ['', '05', '', '行政事业单位养老支出', '10.00', '10.00', '', '', '', ''],
    ['', '', '05', '机关事业单位基本养老保险缴费支出', '10.00', '10.00', '', '', '', ''],
    ['210', '', '', '卫生健康支出', '90.00', '60.00', '30.00', '', '', ''],
    ['210', '15', '', '医疗保障管理事务', '90.00', '60.00', '30.00', '', '', ''],
  ]),
  '',
  tab(T03_HEADER),
  tab([
    ['210', '15', '01', '行政运行', '60.00', '60.00', '', '', '', ''],
    ['', '', '02', '一般行政管理事务', '30.00', '', '30.00', '', '', ''],
  ]),
].join('\n');

// 公开05: 类 | 款 | 项 standing alone (no 科目编码 above them), under the group header 本年支出.
const T05_SPLIT = tab([
  ['类', '款', '项', '科目名称', '本年支出', '', ''],
  ['', '', '', '', '小计', '基本支出', '项目支出'],
  ['栏次', '', '', '', '1', '2', '3'],
  ['合计', '', '', '', '100.00', '70.00', '30.00'],
  ['208', '', '', '社会保障和就业支出', '10.00', '10.00', ''],
  ['208', '05', '', '行政事业单位养老支出', '10.00', '10.00', ''],
  ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '10.00', '10.00', ''],
  ['210', '', '', '卫生健康支出', '90.00', '60.00', '30.00'],
  ['', '15', '', '医疗保障管理事务', '90.00', '60.00', '30.00'],
  ['', '', '01', '行政运行', '60.00', '60.00', ''],
  ['', '', '02', '一般行政管理事务', '30.00', '', '30.00'],
]);

/** The grid lines of the table under a heading, from its header (a line starting with 项目) to the blank line after. */
function replaceGrid(text: string, heading: string, grid: string): string {
  const lines = text.split('\n');
  const at = lines.indexOf(heading);
  const start = lines.findIndex((l, i) => i > at && l.startsWith('项目\t'));
  const end = lines.findIndex((l, i) => i > start && l.trim() === '');
  if (at < 0 || start < 0 || end < 0) throw new Error(`no grid under ${heading}`);
  return [...lines.slice(0, start), grid, ...lines.slice(end)].join('\n');
}

const SPLIT_PACKAGE = replaceGrid(replaceGrid(MINI_DISCLOSURE, '## 支出决算表', T03_SPLIT), '## 一般公共预算财政拨款支出决算表', T05_SPLIT);

const extract = (text: string) => extractDisclosure(readText('mini.txt', text));
const factsOf = (d: Disclosure, table?: string) => Object.fromEntries(d.facts.filter((f) => !table || f.table === table).map((f) => [factKey(f), f.value]));
const codesOf = (d: Disclosure, table: string) => d.tables.find((t) => t.id === table)!.codes.map((c) => [c.code, c.name]);

describe('coded tables printed with 类 | 款 | 项 code columns (text format)', () => {
  const single = extract(MINI_DISCLOSURE);
  const split = extract(SPLIT_PACKAGE);

  it('the fixture really prints split codes', () => {
    expect(SPLIT_PACKAGE).not.toBe(MINI_DISCLOSURE);
    expect(SPLIT_PACKAGE).toContain('类\t款\t项');
    // 公开02, 03 and 05 print 2101501 in one column in the original; only 公开02 still does
    const whole = (text: string) => text.match(/^2101501\t/gm)?.length ?? 0;
    expect([whole(MINI_DISCLOSURE), whole(SPLIT_PACKAGE)]).toEqual([3, 1]);
  });

  it.each(['T03', 'T05'])('%s reads to the same facts and codes as the single-column table', (table) => {
    expect(Object.keys(factsOf(single, table)).length).toBeGreaterThan(10);
    expect(factsOf(split, table)).toEqual(factsOf(single, table));
    expect(codesOf(split, table)).toEqual(codesOf(single, table));
  });

  it('the whole package reads to the same facts', () => {
    expect(factsOf(split)).toEqual(factsOf(single));
  });

  it('keeps each amount cell as provenance', () => {
    const { source } = split.facts.find((f) => f.table === 'T03' && f.row === '2101502' && f.column === '项目支出')!;
    if (!('line' in source)) throw new Error('a text fact has a line source');
    const line = SPLIT_PACKAGE.split('\n')[source.line - 1]!;
    expect(line.split('\t')).toEqual(['', '', '02', '一般行政管理事务', '30.00', '', '30.00', '', '', '']);
    expect(source.column).toBe(7);
  });
});
