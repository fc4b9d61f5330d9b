// 公开06 against the tables around it: its totals make up 公开05's 基本支出 (X-13), its 三公 lines cannot exceed
// what 公开09 reports for all 财政拨款, and 机关运行经费 (公开10) is part of its 公用经费.
// consistency-rules.md §2.
import { TERMS as T } from '../../../model/glossary.js';
import type { Rule } from '../../engine.js';
import { identityRule, term } from '../../identity.js';
import { tableName } from '../../naming.js';

const T06 = tableName('T06');

/** 三公 columns of 公开09 (决算数) and the basic economic lines that feed them (economic-codes.json `sangong`). */
const THREE_PUBLIC_LINES: ReadonlyArray<readonly [column: string, economic: readonly string[]]> = [
  [T.overseasTravel, ['30212']],
  [T.vehicleOperation, ['30231']],
  [T.officialReception, ['30217']],
  [T.vehiclePurchase, ['31013', '30913']],
];

/** 公开06 column → the 公开05 合计 column it adds up to. */
const COLUMN_TIES: ReadonlyArray<readonly [t06Column: string, t05Column: string]> = [
  [T.finalAmount, T.basicExpenditure],
  [T.amount, T.subtotal],
];

export const BASIC_EXPENDITURE_RULES: Rule[] = [
  identityRule({
    id: 'X-13',
    family: 'cross-table',
    severity: 'error',
    title: '基本支出明细表人员经费与公用经费之和等于一般公共预算财政拨款基本支出',
    tables: ['T05', 'T06'],
    // The basic column (决算数) ties to 公开05 基本支出; in the two-column variant the 金额 column covers all
    // general-budget money, basic and project, and ties to 公开05 小计.
    identities: (ctx) => {
      const twoColumns = ctx.facts('T06').some((f) => f.column === T.amount);
      const pairs = twoColumns ? COLUMN_TIES : COLUMN_TIES.slice(0, 1);
      return pairs.map(([column, t05Column]) => ({
        subject: `${T06}「${column}」栏`,
        total: term('T05', T.total, t05Column, `${tableName('T05')}合计行${t05Column}`),
        parts: [term('T06', T.personnelTotal, column, T.personnelTotal), term('T06', T.publicTotal, column, T.publicTotal)],
      }));
    },
  }),
  identityRule({
    id: 'X-14',
    family: 'cross-table',
    // Usually: 公开09 covers all 财政拨款 (basic and project, carried-over money included), 公开06 only basic
    // general-budget money, so 公开09 ≥ 公开06; a larger 公开06 line means under-reported 三公 or a mis-coded line.
    severity: 'warning',
    title: '“三公”经费决算数不小于基本支出明细表对应经济科目',
    tables: ['T06', 'T09'],
    identities: () =>
      THREE_PUBLIC_LINES.map(([column, economic]) => ({
        subject: column,
        total: term('T09', T.finalAmount, column, `${tableName('T09')}决算数`),
        parts: economic.map((code) => term('T06', code, T.finalAmount, `${T06} ${code}`)),
        relation: 'atMost' as const,
      })),
  }),
  identityRule({
    id: 'X-15',
    family: 'cross-table',
    // Usually: both definitions of 机关运行经费 make it a subset of the basic 公用经费 of 行政/参公 units.
    severity: 'warning',
    title: '机关运行经费不超过基本支出中的公用经费',
    tables: ['T06', 'T10'],
    identities: () => [
      {
        subject: T.institutionOperatingCost,
        total: term('T06', T.publicTotal, T.finalAmount, `${T06}${T.publicTotal}`),
        parts: [T.administrativeUnits, T.civilServantManagedUnits].map((r) => term('T10', r, T.statistic, `${tableName('T10')}${r}`)),
        relation: 'atMost' as const,
      },
    ],
  }),
];
