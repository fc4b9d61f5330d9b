// N-21 A project's 综述 in the 情况说明 repeats its 自评表 (always): 全年预算数, 执行数, 执行率 and 得分 agree, the table's
// figures rounded to the precision the text prints. The table is found by the project's name; a name that could mean
// several tables (城乡医疗救助 among the 中央/省级/县级 医疗救助 tables) is not compared.
import type { PerformanceEvaluation } from '../../../../model/performance.js';
import { matchByName } from './support.js';

export const isSummary = (e: PerformanceEvaluation): boolean => e.kind === 'report' && (e.title?.endsWith('综述') ?? false);

/** The 自评表 a 综述 is about, if its name points at exactly one. */
export function tableFor(summary: PerformanceEvaluation, tables: readonly PerformanceEvaluation[]): PerformanceEvaluation | undefined {
  return matchByName(summary.name, tables.filter((t) => t.level === summary.level));
}
