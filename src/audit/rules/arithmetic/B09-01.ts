import { TERMS as T } from '../../../model/glossary.js';
import { identityRule } from '../../identity.js';
import { BUDGETS } from '../../kinds.js';
import { printedRowSums } from '../../printed-identities.js';

export const B09_01 = identityRule({
  id: 'B09-01',
  family: 'arithmetic',
  severity: 'error',
  title: '“三公”经费预算合计等于各项之和',
  description: '“三公”经费预算合计应等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和，公务用车购置及运行维护费应等于购置费与运行维护费之和；江苏的表另列“三公”经费、会议费、培训费合计。',
  basis: '表内恒等式：“三公”经费由三项构成（允许尾差）。',
  fix: '核对各项金额，改正合计或分项数。',
  kinds: BUDGETS,
  tables: ['B09'],
  identities: (ctx) => [
    ...printedRowSums(ctx, 'B09', T.total, [T.overseasTravel, T.vehicleTotal, T.officialReception]),
    ...printedRowSums(ctx, 'B09', T.vehicleTotal, [T.vehiclePurchase, T.vehicleOperation]),
    ...printedRowSums(ctx, 'B09', T.threePublicMeetingTraining, [T.total, T.meetingExpenses, T.trainingExpenses]),
  ],
});
