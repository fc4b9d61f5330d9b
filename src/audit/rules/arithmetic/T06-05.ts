import { TERMS as T } from '../../../model/glossary.js';
import { notEvaluable } from '../../engine.js';
import { identityRule, term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { rowName } from '../../naming.js';
import { SUBJECT } from './lib/t06.js';

export const T06_05 = identityRule({
  id: 'T06-05',
  family: 'arithmetic',
  severity: 'error',
  title: '两栏格式下各行“其中：基本支出”不大于金额',
  description: '两栏格式的基本支出明细表中，每一行“其中：基本支出”不应大于“金额”。',
  basis: '包含关系：基本支出是全部一般公共预算财政拨款支出的一部分。',
  fix: '核对该行两栏数字，改正填反或录错的金额。',
  kinds: FINAL_ACCOUNTS,
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
});
