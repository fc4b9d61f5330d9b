import { TERMS as T } from '../../../model/glossary.js';
import { identityRule, term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { SUBJECT } from './lib/t09.js';

const COMPONENTS = [T.total, T.overseasTravel, T.vehicleTotal, T.vehiclePurchase, T.vehicleOperation, T.officialReception];

export const T09_02 = identityRule({
  id: 'T09-02',
  family: 'arithmetic',
  // Usually: 决算数 also spends money carried over from earlier years, so it can exceed the year's 预算数;
  // the narrative should then explain why.
  severity: 'warning',
  title: '“三公”经费决算数不超过预算数',
  description: '“三公”经费各项决算数通常不超过预算数；超过时情况说明中应说明原因。',
  basis: '预算约束（通常成立）：决算数含使用以前年度结转资金时可能超过当年预算。',
  fix: '核对决算数与预算数；超支的，在情况说明中说明原因（如使用上年结转资金）。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T09'],
  identities: () =>
    COMPONENTS.map((c) => ({
      subject: `${SUBJECT} ${c}`,
      total: term('T09', T.budgetAmount, c, T.budgetAmount),
      parts: [term('T09', T.finalAmount, c, T.finalAmount)],
      relation: 'atMost' as const,
    })),
});
