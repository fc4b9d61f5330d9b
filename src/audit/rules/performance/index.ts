// The 绩效 family: the 自评表's own arithmetic and scoring (K-01…K-13, consistency-rules.md §4), the 情况说明's
// statements about the 自评 (N-11, N-19…N-22) and the completion claims of 自评 reports (N-27, P-01, P-02).
import type { Rule } from '../../engine.js';
import { executionRateRule } from './k01-execution-rate.js';
import { rateBasisRule } from './k01b-rate-basis.js';
import { rateScoreRule } from './k02-rate-score.js';
import { weightsRule } from './k03-weights.js';
import { totalScoreRule } from './k04-total-score.js';
import { scoreRangeRule } from './k05-score-range.js';
import { indicatorScoringRule } from './k06-indicator-scoring.js';
import { notApplicableRule } from './k07-not-applicable.js';
import { gradeRule } from './k08-grade.js';
import { fundingSumRule } from './k09-funding-sum.js';
import { balanceRule } from './k10-balance.js';
import { deviationRule } from './k11-deviation.js';
import { departmentAccountsRule } from './k12-department-accounts.js';
import { indicatorAmountsRule } from './k13-indicator-amounts.js';
import { itemsVsTablesRule } from './n11-items-vs-tables.js';
import { coverageRule } from './n19-coverage.js';
import { gradeGroupsRule } from './n20-grade-groups.js';
import { summaryVsTableRule } from './n21-summary-vs-table.js';
import { figureSubjectsRule } from './n21b-figure-subjects.js';
import { statedGradeRule } from './n22-stated-grade.js';
import { completionClaimsRule } from './n27-completion-claims.js';
import { reportBreakdownsRule } from './p01-report-breakdowns.js';
import { reportVsTableRule } from './p02-report-vs-table.js';

export const PERFORMANCE_RULES: readonly Rule[] = [
  executionRateRule,
  rateBasisRule,
  rateScoreRule,
  weightsRule,
  totalScoreRule,
  scoreRangeRule,
  indicatorScoringRule,
  notApplicableRule,
  gradeRule,
  fundingSumRule,
  balanceRule,
  deviationRule,
  departmentAccountsRule,
  indicatorAmountsRule,
  itemsVsTablesRule,
  coverageRule,
  gradeGroupsRule,
  summaryVsTableRule,
  figureSubjectsRule,
  statedGradeRule,
  completionClaimsRule,
  reportBreakdownsRule,
  reportVsTableRule,
];
