import { describe, expect, it } from 'vitest';
import { readText } from '../../read/text-reader.js';
import { HENAN_TABLES, SHANXI_TABLE } from '../../../test/support/performance-texts.js';
import { findPerformanceTables } from './table-regions.js';
import { readPerformanceTable } from './table-reader.js';

const read = (text: string) => findPerformanceTables(readText('t.txt', text).blocks).map(readPerformanceTable);

describe('reading a 绩效自评 table', () => {
  it('reads a 山西 table: name, organisations, money block, indicators, total and analysis', () => {
    const [e] = read(SHANXI_TABLE);
    expect(e).toMatchObject({ kind: 'project', level: 'project', name: '医保档案规范化整理经费', totalScore: '95', grade: '优', organisations: ['403-示例局', '403001-示例局'] });
    expect(e!.funding.map((f) => [f.role, f.label, f.initialBudget, f.annualBudget, f.executed, f.rate])).toEqual([
      ['total', '', '111.385', '33.378', '33.378', '100'],
      ['source', '市辖区财政资金', '111.385', '33.378', '33.378', '100.00'],
    ]);
    expect(e!.indicators.map((i) => `${i.name}:${i.weight}/${i.score}`)).toEqual([
      '档案资料入库率:20/20',
      '档案标准化建设:10/10',
      '归档及时性:10/10',
      '档案规范化整理≤万元:10/5',
      '医保档案标准化:30/30',
      '档案查阅人员满意度:10/10',
    ]);
    expect(e!.texts.some((t) => t.text.includes('执行率为30%') && t.label === '项目实施的预算执行情况及分析')).toBe(true);
    expect(e!.funding[0]!.source).toEqual({ line: 9 });
  });

  it('reads 河南 tables: 资金管理情况 items, 偏差度, and the 部门整体 table', () => {
    const [project, department] = read(HENAN_TABLES);
    expect(project).toMatchObject({ name: '综合业务费', totalWeight: '100', totalScore: '95.42' });
    expect(project!.funding[0]).toMatchObject({ role: 'total', label: '年度资金总额', weight: '10', rate: '54.2', score: '5.42' });
    expect(project!.indicators.filter((i) => i.level1 === '资金管理情况').map((i) => i.score)).toEqual(['5', '5', '5', '5']);
    expect(project!.indicators.find((i) => i.name === '业务培训')).toMatchObject({ level1: '产出指标', target: '>3次', actual: '3次', deviation: '0.00' });
    expect(department).toMatchObject({ kind: 'department', level: 'department', name: '示例局', totalScore: '98' });
    expect(department!.funding[0]).toMatchObject({ label: '部门预算总额', executed: '2174.79', rate: '91.05', score: '10' });
  });

  it('never throws on ragged or empty rows, keeping what it cannot place as text', () => {
    const garbage = '项目支出绩效自评表\n项目名称\t\n\t\t\n总分\t\n一级指标\t三级指标\n\t???\t\t12\t\n年初预算数\t全年预算数\n\t1\t2\t3\t4\t5\t6\t7\t8\t9\n';
    const [e] = read(garbage);
    expect(e).toBeDefined();
    expect(e!.kind).toBe('project');
  });
});
