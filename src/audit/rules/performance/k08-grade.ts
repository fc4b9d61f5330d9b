// K-08 The grade printed in a 自评表 is the band of its 总分 (always): 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60.
// A 总分 row that leaves out the 执行率 score is K-04's finding; the grade is then judged on the whole score.
import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { none, NO_TABLES, overEvaluations, type Checked } from './outcome.js';
import { scoring } from './scoring.js';
import { band, BAND_TEXT, dec, describe, isDecimal, isTable, locate, normaliseGrade } from './support.js';

export const gradeRule = defineRule(
  { id: 'K-08', family: 'performance', severity: 'error', title: '绩效自评表的等级与总分相符' },
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
