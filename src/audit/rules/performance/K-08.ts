import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { NO_TABLES, none, overEvaluations, type Checked } from './lib/outcome.js';
import { scoring } from './lib/scoring.js';
import { band, BAND_TEXT, dec, describe, isDecimal, isTable, locate, normaliseGrade } from './lib/support.js';

export const K_08 = defineRule(
  {
    id: 'K-08',
    family: 'performance',
    severity: 'error',
    title: '绩效自评表的等级与总分相符',
    description: '绩效自评表所写的等级应与总分相符（优≥90，良80–90，中60–80，差<60）。',
    basis: '财预〔2020〕10号的等级划分。',
    fix: '按总分改正评价等级。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) =>
    overEvaluations(ctx, isTable, NO_TABLES, (e: PerformanceEvaluation): Checked => {
      const grade = e.grade ? normaliseGrade(e.grade) : undefined;
      if (!grade || !isDecimal(e.totalScore)) return none;
      const printed = band(dec(e.totalScore));
      const whole = scoring(e);
      if (printed === grade || (whole.scored && band(whole.score) === grade)) return { checks: 1, findings: [] };
      return {
        checks: 1,
        findings: [
          makeFinding(rule, {
            message: `${describe(e)}：总分 ${e.totalScore} 分，等级应为“${printed}”（${BAND_TEXT[printed]}），表中为“${e.grade}”`,
            location: locate(e, `总分 ${e.totalScore} ${e.grade}`),
            expected: printed,
            actual: e.grade!,
            sources: [e.source],
          }),
        ],
      };
    }),
);
