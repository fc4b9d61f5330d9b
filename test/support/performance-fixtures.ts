// Hand-written 绩效 evaluations for rule tests: a 项目支出绩效自评表 on which every 绩效 rule holds, to break one
// figure at a time, and a runner that applies one rule to a disclosure carrying them.
import { createContext } from '../../src/audit/context.js';
import { isNotEvaluable, type Rule } from '../../src/audit/engine.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import type { Finding } from '../../src/model/finding.js';
import type { PerformanceEvaluation, PerformanceFunding, PerformanceIndicator } from '../../src/model/performance.js';
import { buildDisclosure, type FactInput } from './disclosure.js';

let line = 100;
const at = () => ({ line: line++ });

export function funding(values: Partial<PerformanceFunding> = {}): PerformanceFunding {
  return { label: '年度资金总额', role: 'total', initialBudget: '50', annualBudget: '50', executed: '40', rate: '80.00', rateBasis: 'annualBudget', weight: '10', score: '8', source: at(), ...values };
}

export function indicator(values: Partial<PerformanceIndicator> = {}): PerformanceIndicator {
  return { level1: '产出指标', level2: '数量指标', name: '救助人次', target: '≥100人次', actual: '100人次', weight: '30', score: '30', source: at(), ...values };
}

/**
 * A consistent project table: 执行率 80% (40 / 50) scores 8 of 10; indicators 30 + 30 + 20 + 10 = 90 all met;
 * 总分 98 = 8 + 90, grade 优.
 */
export function projectTable(values: Partial<PerformanceEvaluation> = {}): PerformanceEvaluation {
  return {
    kind: 'project',
    level: 'project',
    name: '城乡医疗救助资金',
    title: '城乡医疗救助资金项目支出绩效自评表',
    unit: '万元',
    funding: [funding(), funding({ label: '财政拨款', role: 'source', weight: undefined, score: undefined })],
    indicators: [
      indicator(),
      indicator({ level1: '效益指标', level2: '社会效益指标', name: '政策知晓率', target: '≥90%', actual: '95%', weight: '30', score: '30' }),
      indicator({ level1: '产出指标', level2: '成本指标', name: '救助支出', target: '≤50万元', actual: '40万元', weight: '20', score: '20' }),
      indicator({ level1: '满意度指标', level2: '服务对象满意度指标', name: '受益人员满意度', target: '≥90%', actual: '90%', weight: '10', score: '10' }),
    ],
    totalWeight: '100',
    totalScore: '98',
    grade: '优',
    texts: [],
    source: at(),
    ...values,
  };
}

export function report(values: Partial<PerformanceEvaluation> = {}): PerformanceEvaluation {
  return { kind: 'report', level: 'project', name: '城乡医疗救助', title: '城乡医疗救助项目绩效自评综述', funding: [], indicators: [], texts: [], source: at(), ...values };
}

export function withPerformance(performance: PerformanceEvaluation[], facts: FactInput[] = []): Disclosure {
  return { ...buildDisclosure({ facts }), performance };
}

export interface RuleRun {
  notEvaluable?: string;
  checks: number;
  findings: Finding[];
}

export function run(rule: Rule, disclosure: Disclosure): RuleRun {
  const outcome = rule.evaluate(createContext(disclosure));
  return isNotEvaluable(outcome) ? { notEvaluable: outcome.notEvaluable, checks: 0, findings: [] } : outcome;
}
