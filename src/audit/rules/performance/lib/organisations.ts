// P-02 What a unit's 整体 自评 report spends item by item adds up to the 全年执行数 of the 自评表 it published for the
// same unit (usually: the report may list items outside the table's scope). Seed 003: the 医保中心 report's items sum
// to 17,834,423.02元 while its 特定项目 table executes 1,782.44万元.
import type { PerformanceEvaluation } from '../../../../model/performance.js';

/** The organisation a report is about: its title without year and the 整体支出…报告 words. */
export function organisation(e: PerformanceEvaluation): string | undefined {
  const name = (e.title ?? e.name)
    .replace(/^\d{4}年度?/, '')
    .replace(/(部门|单位)?(整体支出)?绩效.*$/, '')
    .replace(/部门$/, '');
  return name.length >= 4 ? name : undefined;
}
