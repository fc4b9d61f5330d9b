// The weights and scores of a 自评表 added up: the 执行率 part (分值 10 by default) and the indicators (资金管理情况
// items included), for K-03 and K-04.
import Big from 'big.js';
import type { PerformanceEvaluation } from '../../../../model/performance.js';
import { dec, halfUnit, isDecimal, totalLine } from './support.js';

/** The template's default weight of the 执行率 when the table prints no 分值 for it. */
export const DEFAULT_RATE_WEIGHT = '10';

export interface Scoring {
  rateWeight?: Big;
  rateScore?: Big;
  indicatorWeight: Big;
  indicatorScore: Big;
  weight: Big;
  score: Big;
  /** Indicators that carry a weight. */
  weighted: number;
  scored: number;
  /** Half a unit of every printed score with decimals: the rounding they can carry. */
  tolerance: Big;
}

export function scoring(e: PerformanceEvaluation): Scoring {
  const total = totalLine(e);
  const rateScore = isDecimal(total?.score) ? dec(total.score) : undefined;
  const rateWeight = isDecimal(total?.weight) ? dec(total.weight) : rateScore ? dec(DEFAULT_RATE_WEIGHT) : undefined;
  const weights = e.indicators.flatMap((i) => (isDecimal(i.weight) ? [i.weight] : []));
  const scores = e.indicators.flatMap((i) => (isDecimal(i.score) ? [i.score] : []));
  const indicatorWeight = weights.reduce((s, w) => s.plus(w), new Big(0));
  const indicatorScore = scores.reduce((s, w) => s.plus(w), new Big(0));
  const printed = [...scores, ...(total?.score && isDecimal(total.score) ? [total.score] : [])];
  const tolerance = printed.filter((s) => s.includes('.')).reduce((t, s) => t.plus(halfUnit(s)), new Big(0));
  return {
    ...(rateWeight ? { rateWeight } : {}),
    ...(rateScore ? { rateScore } : {}),
    indicatorWeight,
    indicatorScore,
    weight: indicatorWeight.plus(rateWeight ?? 0),
    score: indicatorScore.plus(rateScore ?? 0),
    weighted: weights.length,
    scored: scores.length,
    tolerance,
  };
}

/** A full score is 100 in the 财预〔2020〕10号 scheme. */
export const FULL_MARKS = new Big(100);
