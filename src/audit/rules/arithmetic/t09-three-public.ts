// 公开09 财政拨款“三公”经费支出决算表: in both halves (预算数, 决算数) the 公务用车 小计 is 购置 + 运行维护 and
// the 合计 is 出国 + 公务用车 + 接待 (always); 决算 does not exceed 预算 (usually) (consistency-rules.md §1 T09).
import { TERMS as T } from '../../../model/glossary.js';
import type { Rule } from '../../engine.js';
import { identityRule, term } from '../../identity.js';
import { tableName } from '../../naming.js';

const SUBJECT = tableName('T09');
const HALVES = [T.budgetAmount, T.finalAmount];
const COMPONENTS = [T.total, T.overseasTravel, T.vehicleTotal, T.vehiclePurchase, T.vehicleOperation, T.officialReception];

export const T09_RULES: Rule[] = [
  identityRule({
    id: 'T09-01',
    family: 'arithmetic',
    severity: 'error',
    title: '“三公”经费合计等于各项之和，公务用车小计等于购置费与运行维护费之和',
    tables: ['T09'],
    identities: () =>
      HALVES.flatMap((half) => [
        {
          subject: `${SUBJECT} ${half}`,
          total: term('T09', half, T.vehicleTotal, `表中${T.vehicleTotal}`),
          parts: [term('T09', half, T.vehiclePurchase, T.vehiclePurchase), term('T09', half, T.vehicleOperation, T.vehicleOperation)],
        },
        {
          subject: `${SUBJECT} ${half}`,
          total: term('T09', half, T.total, `表中${T.total}`),
          parts: [T.overseasTravel, T.vehicleTotal, T.officialReception].map((c) => term('T09', half, c, c)),
        },
      ]),
  }),
  identityRule({
    id: 'T09-02',
    family: 'arithmetic',
    // Usually: 决算数 also spends money carried over from earlier years, so it can exceed the year's 预算数;
    // the narrative should then explain why.
    severity: 'warning',
    title: '“三公”经费决算数不超过预算数',
    tables: ['T09'],
    identities: () =>
      COMPONENTS.map((c) => ({
        subject: `${SUBJECT} ${c}`,
        total: term('T09', T.budgetAmount, c, T.budgetAmount),
        parts: [term('T09', T.finalAmount, c, T.finalAmount)],
        relation: 'atMost' as const,
      })),
  }),
];
