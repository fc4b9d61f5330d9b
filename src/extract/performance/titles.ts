// Titles and names of 绩效 tables and reports: what they look like, and the project or report name they carry.
import { compact } from '../normalize.js';

/**
 * A 绩效自评 table title: …项目支出绩效自评表, …绩效目标自评表, 部门整体支出绩效自评(情况)表, and the transfer-payment
 * 绩效目标申报表 some regions fill in with the year's execution. The year in brackets after it is allowed.
 */
const TABLE_TITLE = /(绩效(?:目标)?自评(?:情况)?表|绩效目标申报表|绩效评价表)$/;
const YEAR_SUFFIX = /[（(]\d{4}年度?[）)]$/;
const MAX_TITLE = 60;

/** The compact title without markup, brackets of the year, or a leading 附表/附件 label. */
export function cleanTitle(text: string): string {
  return compact(text)
    .replace(/<\/?b>/g, '')
    .replace(/^[#\s]+/, '')
    .replace(YEAR_SUFFIX, '')
    .replace(/^附(?:表|件)\d*[-—–\d]*[：:]?/, '');
}

/** Whether a line (or a grid's first cell) is the title of a 绩效自评 table. */
export function isPerformanceTableTitle(text: string): boolean {
  if (!/表/.test(text) || !/绩效/.test(text)) return false; // cheap test first: most lines are not titles
  const t = cleanTitle(text);
  return t.length <= MAX_TITLE && TABLE_TITLE.test(t) && !/[。；，]/.test(t);
}

/** A 部门（单位）整体 table or report, as opposed to one project's. */
export const isDepartmentTitle = (title: string): boolean => /部门整体|单位整体|整体支出|部门（单位）整体/.test(compact(title));

/** A report title: …绩效自评报告, …绩效评价报告, …整体支出绩效管理自评报告. */
const REPORT_TITLE = /绩效(?:管理)?(?:自评|评价)(?:工作)?报告》?$/;

export function isReportTitle(text: string): boolean {
  if (!/报告/.test(text)) return false;
  const t = cleanTitle(text).replace(/^《/, '');
  return t.length <= MAX_TITLE && REPORT_TITLE.test(t) && !/[。；，]/.test(t);
}

/** The project named by a table title: "2024年省级财政医疗救助补助资金项目支出绩效自评表" → "2024年省级财政医疗救助补助资金". */
export function nameFromTitle(title: string): string {
  const name = cleanTitle(title)
    .replace(/^《|》$/g, '')
    .replace(/(?:项目支出|项目|转移支付|转移支付项目)?(?:绩效(?:目标)?自评(?:情况)?表|绩效目标申报表|绩效评价表)$/, '')
    .replace(/(?:整体支出)?绩效(?:管理)?(?:自评|评价)(?:工作)?报告$/, '');
  return name || cleanTitle(title);
}
