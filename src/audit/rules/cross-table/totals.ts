// Totals that two summary tables print for the same money (X-01 …) and the 财政拨款 ⊆ all
// funds relations between 公开04 and 公开01. consistency-rules.md §2.
import { TERMS as T } from '../../../model/glossary.js';
import type { Rule } from '../../engine.js';
import { identityRule, term } from '../../identity.js';
import { tableName } from '../../naming.js';

const T01 = tableName('T01');
const T02 = tableName('T02');
const T03 = tableName('T03');
const T04 = tableName('T04');
const FISCAL_INCOME: ReadonlyArray<readonly [t01Row: string, t04Row: string]> = [
  [T.generalBudgetIncome, T.generalBudgetAppropriation],
  [T.governmentFundIncome, T.governmentFundAppropriation],
  [T.stateCapitalIncome, T.stateCapitalAppropriation],
];
/** 公开02 columns 3–7 and the 公开01 income rows 4–8 that print the same money (the keys coincide). */
const OTHER_INCOME = [T.superiorSubsidyIncome, T.businessIncome, T.operatingIncome, T.subordinateRemittanceIncome, T.otherIncome];

export const TOTAL_RULES: Rule[] = [
  identityRule({
    id: 'X-01',
    family: 'cross-table',
    severity: 'error',
    title: '收入决算表合计等于总表本年收入合计',
    tables: ['T01', 'T02'],
    identities: () => [
      {
        subject: T.currentYearIncome,
        total: term('T01', T.currentYearIncome, T.amount, T01),
        parts: [term('T02', T.total, T.currentYearIncome, `${T02}合计行`)],
      },
    ],
  }),
  identityRule({
    id: 'X-02',
    family: 'cross-table',
    severity: 'error',
    title: '收入决算表合计行各栏等于总表对应收入',
    tables: ['T01', 'T02'],
    identities: () => [
      {
        subject: T.fiscalAppropriationIncome,
        total: term('T02', T.total, T.fiscalAppropriationIncome, `${T02}合计行`),
        parts: FISCAL_INCOME.map(([row]) => term('T01', row, T.amount, `${T01}${row}`)),
      },
      ...OTHER_INCOME.map((row) => ({
        subject: row,
        total: term('T02', T.total, row, `${T02}合计行`),
        parts: [term('T01', row, T.amount, T01)],
      })),
    ],
  }),
  identityRule({
    id: 'X-03',
    family: 'cross-table',
    severity: 'error',
    title: '支出决算表合计等于总表本年支出合计',
    tables: ['T01', 'T03'],
    identities: () => [
      {
        subject: T.currentYearExpenditure,
        total: term('T01', T.currentYearExpenditure, T.amount, T01),
        parts: [term('T03', T.total, T.currentYearExpenditure, `${T03}合计行`)],
      },
    ],
  }),
  identityRule({
    id: 'X-06',
    family: 'cross-table',
    severity: 'error',
    title: '总表与财政拨款总表的三类财政拨款收入一致',
    tables: ['T01', 'T04'],
    identities: () =>
      FISCAL_INCOME.map(([t01Row, t04Row]) => ({
        subject: t01Row,
        total: term('T04', t04Row, T.amount, T04),
        parts: [term('T01', t01Row, T.amount, T01)],
      })),
  }),
  identityRule({
    id: 'X-07',
    family: 'cross-table',
    severity: 'error',
    title: '财政拨款本年收入合计等于收入决算表财政拨款收入合计',
    tables: ['T02', 'T04'],
    identities: () => [
      {
        subject: T.fiscalAppropriationIncome,
        total: term('T02', T.total, T.fiscalAppropriationIncome, `${T02}合计行`),
        parts: [term('T04', T.currentYearIncome, T.amount, `${T04}${T.currentYearIncome}`)],
      },
    ],
  }),
  identityRule({
    id: 'X-11',
    family: 'cross-table',
    severity: 'error',
    title: '财政拨款收支不超过全部资金收支',
    tables: ['T01', 'T04'],
    identities: () =>
      (
        [
          [term('T04', T.currentYearExpenditure, T.total, `${T04}${T.currentYearExpenditure}`), T.currentYearExpenditure],
          [term('T04', T.fiscalOpeningBalance, T.amount, `${T04}${T.fiscalOpeningBalance}`), T.openingBalance],
          [term('T04', T.fiscalClosingBalance, T.total, `${T04}${T.fiscalClosingBalance}`), T.closingBalance],
        ] as const
      ).map(([fiscal, t01Row]) => ({
        subject: t01Row,
        total: term('T01', t01Row, T.amount, `${T01}${t01Row}`),
        parts: [fiscal],
        relation: 'atMost' as const,
      })),
  }),
];
