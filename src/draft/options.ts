import type { Disclosure } from '../model/disclosure.js';

/** The 三公 counts the tables do not print (公开09 has money only); counts of a component with no money are 0. */
export const THREE_PUBLIC_COUNTS = ['出国团组', '出国人次', '购置车辆', '保有量', '接待批次', '接待人次', '国内接待批次', '国内接待人次', '外事接待批次', '外事接待人次'] as const;
export type ThreePublicCount = (typeof THREE_PUBLIC_COUNTS)[number];

/**
 * What the user knows and the tables do not. Nothing here is ever guessed: what is missing is printed as a
 * visible gap ("【主要原因：请补充】").
 */
export interface DraftOptions {
  /** Last year's package: gives the year-over-year changes. */
  prior?: Disclosure;
  /** 部门概况 text (职责, 机构设置); paragraphs separated by line breaks. */
  overview?: string;
  /**
   * 主要原因 by what they explain: a section id ('income-expenditure-total', 'fiscal-total', 'general-total',
   * 'government-fund', 'state-capital', 'three-public-total', 'operating-cost') for the change against last year,
   * or 'general-detail:<code>' for why an item's 决算 differs from its 年初预算.
   */
  reasons?: Record<string, string>;
  /** 年初预算 of the general budget in the package's unit: '合计' for the whole, else by function code (类/款/项). */
  initialBudgets?: Record<string, string>;
  /** 三公 counts (团组, 人次, 批次, 车辆). */
  threePublicCounts?: Partial<Record<ThreePublicCount, string>>;
  /** 政府采购 contracts awarded to 中小企业 (and of those to 小微企业), in the package's unit. */
  smallEnterpriseContracts?: { total: string; micro?: string };
}
