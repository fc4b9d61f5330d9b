// 公开06 一般公共预算财政拨款基本支出决算明细表: economic 类 = Σ 款, the two totals 人员经费合计 / 公用经费合计
// are sums of fixed 类, 309/311 carry nothing in basic spending, and in the two-column variant (金额 and
// 其中：基本支出, keyed 决算数) the basic part never exceeds the whole (consistency-rules.md §1 T06).
import Big from 'big.js';
import { TERMS as T } from '../../../model/glossary.js';
import { defineRule, makeFinding, missingTables, notEvaluable, type Rule } from '../../engine.js';
import { economicHierarchy } from '../../generators.js';
import { identityRule, term, type Identity } from '../../identity.js';
import { rowName, tableName } from '../../naming.js';

const SUBJECT = tableName('T06');
/** 决算数 is the basic column (the only one in most templates); 金额 exists in the two-column variant. */
const COLUMNS = [T.finalAmount, T.amount];
const PERSONNEL_CLASSES = ['301', '303'];
const PUBLIC_CLASSES = ['302', '307', '309', '310', '311', '312', '313', '399'];
/** 资本性支出（基本建设） and 对企业补助（基本建设） are not applicable to basic expenditure ("——"). */
const NOT_BASIC = /^(309|311)/;

const totalOf = (row: string, classes: readonly string[]): Identity[] =>
  COLUMNS.map((column) => ({
    subject: `${SUBJECT}「${column}」栏`,
    total: term('T06', row, column, `表中${row}`),
    parts: classes.map((c) => term('T06', c, column, c)),
  }));

export const T06_RULES: Rule[] = [
  identityRule({
    id: 'T06-01',
    family: 'arithmetic',
    severity: 'error',
    title: '基本支出明细表各经济分类类级科目等于其款级科目之和',
    tables: ['T06'],
    identities: (ctx) => COLUMNS.flatMap((column) => economicHierarchy(ctx, column)),
  }),
  identityRule({
    id: 'T06-02',
    family: 'arithmetic',
    severity: 'error',
    title: '人员经费合计等于工资福利支出与对个人和家庭的补助之和',
    tables: ['T06'],
    identities: () => totalOf(T.personnelTotal, PERSONNEL_CLASSES),
  }),
  identityRule({
    id: 'T06-03',
    family: 'arithmetic',
    severity: 'error',
    title: '公用经费合计等于各公用经费类级科目之和',
    tables: ['T06'],
    identities: () => totalOf(T.publicTotal, PUBLIC_CLASSES),
  }),
  defineRule(
    { id: 'T06-04', family: 'arithmetic', severity: 'error', title: '基本支出明细表中309、311类科目不填列金额' },
    (ctx, rule) => {
      const missing = missingTables(ctx, ['T06']);
      if (missing) return missing;
      const findings = ctx
        .facts('T06')
        .filter((f) => NOT_BASIC.test(f.row) && !new Big(f.value).eq(0))
        .map((f) =>
          makeFinding(rule, {
            message: `${SUBJECT} ${rowName(ctx, 'T06', f.row)} 填有 ${f.value}，该科目不适用于基本支出，应为“——”`,
            location: { table: 'T06', row: f.row, column: f.column },
            actual: f.value,
            sources: [f.source],
          }),
        );
      return { checks: ctx.facts('T06').length ? 1 : 0, findings };
    },
  ),
  identityRule({
    id: 'T06-05',
    family: 'arithmetic',
    severity: 'error',
    title: '两栏格式下各行“其中：基本支出”不大于金额',
    tables: ['T06'],
    identities: (ctx) =>
      ctx.facts('T06').some((f) => f.column === T.amount)
        ? ctx.rows('T06').map((row) => ({
            subject: `${SUBJECT} ${rowName(ctx, 'T06', row)}`,
            total: term('T06', row, T.amount, T.amount),
            parts: [term('T06', row, T.finalAmount, '其中：基本支出')],
            relation: 'atMost' as const,
          }))
        : notEvaluable(`${SUBJECT}只有一栏金额，不是“金额／其中：基本支出”两栏格式`),
  }),
];
