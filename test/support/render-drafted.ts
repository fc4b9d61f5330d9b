// A DraftedDisclosure made by hand from a read disclosure, for the renderer tests: the tables as read, a few
// narrative parts with figures taken from the facts, one gap, and two charts. It stands in for draftDisclosure()
// so the renderers are tested on their own.
import type { ChartSpec, DraftedDisclosure, DraftParagraph } from '../../src/draft/drafted.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import { TERMS as T } from '../../src/model/glossary.js';

const value = (d: Disclosure, table: string, row: string, column: string) => d.facts.find((f) => f.table === table && f.row === row && f.column === column);

export function draftedFrom(disclosure: Disclosure): DraftedDisclosure {
  const { department = '本部门', year, unit = T.tenThousandYuan } = disclosure.document;
  const income = value(disclosure, 'T01', T.incomeGrandTotal, T.amount);
  const spending = value(disclosure, 'T01', T.expenditureGrandTotal, T.amount);
  const basic = value(disclosure, 'T03', T.total, T.basicExpenditure);
  const project = value(disclosure, 'T03', T.total, T.projectExpenditure);
  const totals: DraftParagraph = [
    { kind: 'text', text: `${year ?? ''}年度收入总计` },
    { kind: 'figure', text: `${income?.value ?? '0.00'}${unit}` },
    { kind: 'text', text: '，支出总计' },
    { kind: 'figure', text: `${spending?.value ?? '0.00'}${unit}` },
    { kind: 'text', text: '。与上年相比，主要原因是' },
    { kind: 'gap', text: '【主要原因：请补充】' },
    { kind: 'text', text: '。' },
  ];
  const charts: ChartSpec[] = [];
  if (income && spending) {
    charts.push({ id: 'totals', title: '收入支出决算总计', kind: 'bar', unit, categories: [`${year ?? ''}年度`], series: [{ name: T.incomeGrandTotal, values: [income.value] }, { name: T.expenditureGrandTotal, values: [spending.value] }] });
  }
  if (basic || project) {
    charts.push({ id: 'structure', title: '支出决算结构', kind: 'pie', unit, categories: [T.basicExpenditure, T.projectExpenditure], series: [{ name: '支出', values: [basic?.value ?? '0', project?.value ?? '0'] }] });
  }
  return {
    disclosure,
    title: `${department}${year ? `${year}年度` : ''}部门决算`,
    parts: [
      {
        id: 'overview',
        heading: '第一部分 部门概况',
        sections: [
          { id: 'duties', heading: '一、部门职责', paragraphs: [[{ kind: 'gap', text: '【部门职责：请补充】' }]] },
          { id: 'structure', heading: '二、机构设置', paragraphs: [[{ kind: 'text', text: `${department}内设机构及下属单位情况如下。` }]] },
        ],
      },
      {
        id: 'explanation',
        heading: `第三部分 ${year ? `${year}年度` : ''}部门决算情况说明`,
        sections: [
          { id: 'income-expenditure-total', heading: '一、收入支出决算总体情况说明', paragraphs: [totals], charts: charts.map((c) => c.id) },
          { id: 'other', heading: '（一）其他需要说明的事项', level: 2, paragraphs: [[{ kind: 'text', text: '无。' }]] },
        ],
      },
      { id: 'glossary', heading: '第四部分 名词解释', sections: [{ id: 'terms', heading: '', paragraphs: [[{ kind: 'text', text: '基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。' }]] }] },
    ],
    tables: disclosure.tables.map((t) => ({ id: t.id, ...(t.reading.status === 'empty' && t.note ? { note: t.note } : {}) })),
    charts,
  };
}
