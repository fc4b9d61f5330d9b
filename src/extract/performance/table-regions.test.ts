import { describe, expect, it } from 'vitest';
import { readText } from '../../read/text-reader.js';
import { HENAN_TABLES, SHANXI_TABLE } from '../../../test/support/performance-texts.js';
import { findPerformanceTables } from './table-regions.js';

const regions = (text: string) => findPerformanceTables(readText('t.txt', text).blocks);

describe('finding 绩效自评 tables', () => {
  it('finds a titled table and its grid past the year line', () => {
    const [r, ...rest] = regions(SHANXI_TABLE);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ title: '医保档案规范化整理经费项目支出绩效自评表', source: { line: 1 } });
    expect(r!.rows).toHaveLength(17);
  });

  it('splits one grid at the title rows of the tables it runs together', () => {
    const found = regions(HENAN_TABLES);
    expect(found.map((r) => r.title)).toEqual(['项目支出绩效自评情况表', '部门整体支出绩效自评情况表']);
    expect(found[1]!.rows[0]!.source).toEqual({ line: 26 });
  });

  it('keeps a title without a grid with the line printed in its place, but not a reference to an attachment', () => {
    const found = regions('2024年中央财政医疗救助补助资金项目支出绩效自评表 (2024年度)\n\nTable with columns for Project Name.\n\n附表：部门预算项目支出绩效自评表（2024年度）\n具体详情见附件\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rows: [], lines: [{ text: 'Table with columns for Project Name.' }] });
  });

  it('does not join a date line with the title under it', () => {
    expect(regions('2023年1月28日\n医疗救助资金转移支付绩效目标自评表\n项目名称\t\t城乡居民医疗救助资金\n')[0]?.title).toBe('医疗救助资金转移支付绩效目标自评表');
  });
});
