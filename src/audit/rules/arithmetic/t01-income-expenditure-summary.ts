// 公开01 收入支出决算总表: the income side adds up to 本年收入合计 and 收入总计, the expenditure side (one row per
// function 类) to 本年支出合计 and 支出总计, and the two 总计 agree (consistency-rules.md §1 T01).
import { TERMS as T } from '../../../model/glossary.js';
import { defineRule, makeFinding, notEvaluable, type Rule } from '../../engine.js';
import { classRows } from '../../generators.js';
import { identityRule, term, type Term } from '../../identity.js';
import { tableName } from '../../naming.js';

const at = (row: string, label = row): Term => term('T01', row, T.amount, label);
const inTable = (row: string): Term => at(row, `表中${row}`);
const SUBJECT = tableName('T01');

const INCOME_ROWS = [
  T.generalBudgetIncome,
  T.governmentFundIncome,
  T.stateCapitalIncome,
  T.superiorSubsidyIncome,
  T.businessIncome,
  T.operatingIncome,
  T.subordinateRemittanceIncome,
  T.otherIncome,
];

/** Row keys the extractor gives to a row that has no printed label (行N, N = 行次). */
const UNLABELLED_ROW = /^行\d+$/;

export const T01_RULES: Rule[] = [
  identityRule({
    id: 'T01-01',
    family: 'arithmetic',
    severity: 'error',
    title: '本年收入合计等于各项收入之和',
    tables: ['T01'],
    identities: () => [{ subject: SUBJECT, total: inTable(T.currentYearIncome), parts: INCOME_ROWS.map((r) => at(r)) }],
  }),
  identityRule({
    id: 'T01-02',
    family: 'arithmetic',
    severity: 'error',
    title: '本年支出合计等于各类支出之和',
    tables: ['T01'],
    identities: (ctx) => [{ subject: SUBJECT, total: inTable(T.currentYearExpenditure), parts: classRows(ctx, 'T01').map((c) => at(c)) }],
  }),
  identityRule({
    id: 'T01-03',
    family: 'arithmetic',
    severity: 'error',
    title: '收入总计等于本年收入合计、使用非财政拨款结余与年初结转和结余之和',
    tables: ['T01'],
    identities: () => [
      { subject: SUBJECT, total: inTable(T.incomeGrandTotal), parts: [at(T.currentYearIncome), at(T.useOfNonFiscalBalance), at(T.openingBalance)] },
    ],
  }),
  identityRule({
    id: 'T01-04',
    family: 'arithmetic',
    severity: 'error',
    title: '支出总计等于本年支出合计、结余分配与年末结转和结余之和',
    tables: ['T01'],
    identities: () => [
      { subject: SUBJECT, total: inTable(T.expenditureGrandTotal), parts: [at(T.currentYearExpenditure), at(T.balanceDistribution), at(T.closingBalance)] },
    ],
  }),
  identityRule({
    id: 'T01-05',
    family: 'arithmetic',
    severity: 'error',
    title: '收入总计等于支出总计',
    tables: ['T01'],
    identities: () => [{ subject: SUBJECT, total: at(T.expenditureGrandTotal), parts: [at(T.incomeGrandTotal)] }],
  }),
  defineRule(
    { id: 'T01-06', family: 'arithmetic', severity: 'error', title: '总表中无项目名称的空行不得填列金额' },
    // The same template rule holds for 公开04 (行次 4–26, 61–63), whose blank rows the extractor keys the same way.
    (ctx, rule) => {
      const tables = (['T01', 'T04'] as const).filter((t) => ctx.hasTable(t));
      if (!tables.length) return notEvaluable(`文件中没有《${tableName('T01')}》和《${tableName('T04')}》`);
      const findings = tables.flatMap((table) =>
        ctx
          .facts(table)
          .filter((f) => UNLABELLED_ROW.test(f.row))
          .map((f) =>
            makeFinding(rule, {
              message: `${tableName(table)} ${f.row.replace('行', '第')}行没有项目名称，却填有数字 ${f.value}`,
              location: { table, row: f.row, column: f.column },
              actual: f.value,
              sources: [f.source],
            }),
          ),
      );
      return { checks: tables.length, findings };
    },
  ),
];
