import { describe, expect, it } from 'vitest';
import type { Block } from '../read/layout.js';
import { documentDepartment } from './document-info.js';
import type { TableRegion } from './table-region.js';

const lines = (...texts: string[]): Block[] => texts.map((text, k) => ({ kind: 'line', text, source: { line: k + 1 } }));
const CONTENTS = ['目录', '第一部分 上海市普陀区规划和自然资源局概况', '第二部分 上海市普陀区规划和自然资源局 2024 年度部门决算', '表'];
const BODY = '本部门是区政府工作部门，负责全区自然资源管理和国土空间规划工作，下设机关处室和所属事业单位若干，具体情况如下。';

describe('documentDepartment', () => {
  it('takes 部门名称 printed above the tables first', () => {
    const region = { department: '测试县示例局[部门]' } as TableRegion;
    expect(documentDepartment(lines('另一个局', '2024年度部门决算'), [region])).toBe('测试县示例局');
  });

  it('reads a name the cover wraps over two lines', () => {
    expect(documentDepartment(lines('上海市普陀区规划和自然', '资源局', '2024 年度部门决算', BODY), [])).toBe('上海市普陀区规划和自然资源局');
  });

  it('does not take a contents line with its 第二部分 for the department', () => {
    // a scanned cover read so badly that it names no organisation: the contents page's headings name it
    const blocks = lines('上 市普了区规划和自然', '资源只', '2024 年度谢门决', ...CONTENTS, '第三部分 上海市普陀区规划和自然资源局 2024 年度部门决算情况说明', BODY);
    expect(documentDepartment(blocks, [])).toBe('上海市普陀区规划和自然资源局');
  });

  it('prefers the name the headings agree on over a garbled cover line that no heading confirms', () => {
    const blocks = lines('上上海市普陀区规划和目然资源局', '2024 年度部门决算', BODY, '第二部分 上海市普陀区规划和自然资源局 2024 年度部门决算表', '第三部分 上海市普陀区规划和自然资源局 2024 年度部门决算情况说明');
    expect(documentDepartment(blocks, [])).toBe('上海市普陀区规划和自然资源局');
  });

  it('keeps the cover when a heading confirms it, even if another heading names another body (flagged by D-01)', () => {
    const blocks = lines('上海市普陀区规划和自然资源局', '2024 年度部门决算', BODY, '第二部分 上海市规划和自然资源局 2024 年度部门决算表', '第三部分 上海市普陀区规划和自然资源局 2024 年度部门决算情况说明');
    expect(documentDepartment(blocks, [])).toBe('上海市普陀区规划和自然资源局');
  });

  it('keeps the cover when nothing else names the department, and finds the 决算编制范围 sentence without a cover', () => {
    expect(documentDepartment(lines('测试县示例局', '2024年度部门决算', BODY), [])).toBe('测试县示例局');
    expect(documentDepartment(lines(BODY, '纳入测试县示例局2024年度部门决算编制范围的单位共1个。'), [])).toBe('测试县示例局');
  });
});
