import { describe, expect, it } from 'vitest';
import { report } from '../../../../../test/support/performance-fixtures.js';
import { organisation } from './organisations.js';

describe('the organisation a report is about', () => {
  it('is its title without the year and the report words', () => {
    expect(organisation(report({ level: 'department', title: '2022年柳林县医疗保险服务中心整体支出绩效管理自评报告' }))).toBe('柳林县医疗保险服务中心');
  });
});
