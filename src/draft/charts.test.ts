import { describe, expect, it } from 'vitest';
import { cells } from '../../test/support/disclosure.js';
import { draftFixture } from '../../test/support/draft-fixtures.js';
import { scaledDisclosure } from '../../test/support/draft-prior.js';
import { CHART_IDS, draftCharts } from './charts.js';
import { DraftContext } from './context.js';

describe('charts', () => {
  it('draws totals by year, income and expenditure structure and 三公, each after its section', () => {
    const current = draftFixture({ facts: cells('T01', { 事业收入: { 金额: '0.00' } }) });
    const charts = draftCharts(new DraftContext(current, { prior: scaledDisclosure(current, '0.5') }));
    expect(charts.map((c) => [c.chart.id, c.section])).toEqual([
      [CHART_IDS.totalsByYear, 'income-expenditure-total'],
      [CHART_IDS.incomeStructure, 'income'],
      [CHART_IDS.expenditureStructure, 'expenditure'],
      [CHART_IDS.threePublic, 'three-public-total'],
    ]);
    const [totals, incomes, spending, threePublic] = charts.map((c) => c.chart);
    expect(totals).toMatchObject({ kind: 'bar', unit: '万元', categories: ['2023年度', '2024年度'], series: [{ name: '收入总计', values: ['52.50', '105.00'] }, { name: '支出总计', values: ['52.50', '105.00'] }] });
    // zero slices are left out of a pie
    expect(incomes).toMatchObject({ kind: 'pie', categories: ['一般公共预算财政拨款收入'], series: [{ values: ['100.00'] }] });
    expect(spending).toMatchObject({ kind: 'pie', categories: ['基本支出', '项目支出'], series: [{ values: ['70.00', '30.00'] }] });
    expect(threePublic!.series).toEqual([
      { name: '预算数', values: ['0.00', '0.00', '6.00', '2.00'] },
      { name: '决算数', values: ['0.00', '0.00', '6.00', '0.00'] },
    ]);
  });

  it('shows only this year without last year, and no 三公 chart for an empty 公开09', () => {
    const d = draftFixture({ without: ['T09'] });
    const charts = draftCharts(new DraftContext({ ...d, document: { ...d.document, tables: [...d.document.tables, 'T09'] } }));
    expect(charts[0]!.chart.categories).toEqual(['2024年度']);
    expect(charts.map((c) => c.chart.id)).not.toContain(CHART_IDS.threePublic);
  });
});
