import { TERMS as T } from '../../../model/glossary.js';
import { identityRule, term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { SUBJECT } from './lib/t09.js';

const HALVES = [T.budgetAmount, T.finalAmount];

export const T09_01 = identityRule({
  id: 'T09-01',
  family: 'arithmetic',
  severity: 'error',
  title: '“三公”经费合计等于各项之和，公务用车小计等于购置费与运行维护费之和',
  description:
    '“三公”经费支出决算表中，合计应等于因公出国（境）费、公务用车购置及运行维护费和公务接待费之和；公务用车小计应等于购置费与运行维护费之和（预算数、决算数分别核对）。',
  basis: '表内恒等式：“三公”经费合计 = 三项之和；公务用车购置及运行维护费 = 购置费 + 运行维护费。',
  fix: '核对该表各栏数字，改正合计或分项。',
  kinds: FINAL_ACCOUNTS,
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
});
