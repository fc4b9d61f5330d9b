import Big from 'big.js';
import { defineRule, makeFinding, missingTables } from '../../engine.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { rowName } from '../../naming.js';
import { SUBJECT } from './lib/t06.js';

/** 资本性支出（基本建设） and 对企业补助（基本建设） are not applicable to basic expenditure ("——"). */
const NOT_BASIC = /^(309|311)/;

export const T06_04 = defineRule(
  {
    id: 'T06-04',
    family: 'arithmetic',
    severity: 'error',
    title: '基本支出明细表中309、311类科目不填列金额',
    description: '基本支出明细表中，309（资本性支出（基本建设））和311（对企业补助（基本建设））类科目不应填列金额。',
    basis: '表样规定：基本建设类资本性支出不属于基本支出，相应行印“——”。',
    fix: '删去这些行中的金额，核对支出是否应计入项目支出或其他经济科目。',
    kinds: FINAL_ACCOUNTS,
  },
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
);
