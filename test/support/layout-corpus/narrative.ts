// The short 情况说明 of a corpus package: a few sentences citing the totals of the tables it prints, as every
// package does, so the narrative rules have something to compare (and a misread table shows there too).
import type { TruthFact } from './truth.js';

export interface NarrativeSection {
  heading: string;
  paragraphs: string[];
}

/** Sections citing the printed facts of 公开01, 公开03 and 公开06 that the package prints. */
export function narrative(year: number, unit: string, facts: readonly TruthFact[]): NarrativeSection[] {
  const value = (table: string, row: string, column: string) => facts.find((f) => f.table === table && f.row === row && f.column === column)?.value;
  const money = (v: string) => `${v}${unit}`;
  const sections: NarrativeSection[] = [];
  const income = value('T01', '收入总计', '金额');
  const spending = value('T01', '支出总计', '金额');
  if (income && spending) {
    sections.push({ heading: '一、收入支出决算总体情况说明', paragraphs: [`${year}年度收入总计${money(income)}，支出总计${money(spending)}。`] });
  }
  const total = value('T03', '合计', '本年支出合计');
  if (total) {
    const parts = [['基本支出', value('T03', '合计', '基本支出')], ['项目支出', value('T03', '合计', '项目支出')]].filter(([, v]) => v);
    const detail = parts.length ? `，其中：${parts.map(([name, v]) => `${name}${money(v!)}`).join('，')}` : '';
    sections.push({ heading: '二、支出决算情况说明', paragraphs: [`${year}年度本年支出合计${money(total)}${detail}。`] });
  }
  const personnel = value('T06', '人员经费合计', '决算数');
  const publicCost = value('T06', '公用经费合计', '决算数');
  if (personnel && publicCost) {
    sections.push({
      heading: '三、一般公共预算财政拨款基本支出决算情况说明',
      paragraphs: [`${year}年度一般公共预算财政拨款基本支出中，人员经费${money(personnel)}，公用经费${money(publicCost)}。`],
    });
  }
  if (sections.length === 0) sections.push({ heading: '一、决算情况说明', paragraphs: [`本部门${year}年度决算情况见上表。`] });
  return sections;
}
