// Stated components add up to their stated total (consistency-rules.md N-04, N-05, N-08, N-10, N-12, N-14, N-17,
// N-18): 基本 + 项目 (+ 上缴上级 …) = 支出合计, the income types = 收入合计, 人员经费 + 公用经费 = 基本支出, the
// classes of §五(二) = the general-budget total, the 款/项 of §五(三) = their class, the 三公 components = the
// 三公 total, 货物 + 工程 + 服务 = 政府采购总额, the vehicle categories = 车辆总数. Only figures the narrative
// itself states take part, each measure (决算, 预算) on its own; rounding of 万元 figures is allowed for
// (README §3.2, 尾差 = info).
import Big from 'big.js';
import { VEHICLE_CATEGORIES } from '../../../../catalog/kinds/index.js';
import type { Claim, ClaimMeasure, ClaimScope } from '../../../../model/claim.js';
import type { Finding } from '../../../../model/finding.js';
import { TERMS as T } from '../../../../model/glossary.js';
import type { AuditContext } from '../../../context.js';
import { defineRule, makeFinding, type Rule, type RuleInfo } from '../../../engine.js';
import { claimsOf, documentUnit, explains, resolved, sectionName, sentences, subjectName, UNRESOLVED, where } from './claims.js';
import { claimValue, inUnitOf, type Value } from './values.js';

export interface Sum {
  total: Claim;
  parts: Claim[];
  /** 'equals': total = Σ parts; 'atMost': Σ parts ≤ total (a list that may leave items out). */
  relation: 'equals' | 'atMost';
}

export const ROUNDED_UNITS = new Set(['万元', '万', '亿元', '千元']);

/**
 * The rounding a sum of printed figures can carry: half a last digit per figure, rounded down to the finest
 * digit; nothing for exact 元 figures and counts, nothing for one figure printed twice (README §3.2).
 */
export function sumTolerance(claims: readonly Claim[], values: readonly Value[]): Big {
  if (!claims.some((c) => ROUNDED_UNITS.has(c.unit)) || values.length < 2) return new Big(0);
  if (values.length === 2 && values[0]!.step.eq(values[1]!.step)) return new Big(0);
  const finest = values.reduce((m, v) => (v.step.lt(m) ? v.step : m), values[0]!.step);
  const half = values.reduce((s, v) => s.plus(v.step.div(2)), new Big(0));
  return finest.eq(0) ? new Big(0) : half.div(finest).round(0, Big.roundDown).times(finest);
}

export type Pick = (subject: string, scope?: ClaimScope) => Claim | undefined;

/**
 * The stated figure of a subject for one measure: in the given section first, else the first stated. `relaxed`
 * lets a figure without a scope (概况, 绩效 text) stand for any scope.
 */
export function picker(claims: readonly Claim[], measure: ClaimMeasure, section?: string, relaxed = false): Pick {
  const bySubject = statedBySubject(claims, measure);
  return (subject, scope) => {
    const all = (bySubject.get(subject) ?? []).filter((c) => scope === undefined || c.scope === scope || (relaxed && c.scope === undefined));
    return all.find((c) => c.section === section) ?? all[0];
  };
}

/** This year's figures of one measure with a unit, by subject, in order; indexed once per list (pickers ask dozens of times). */
function statedBySubject(claims: readonly Claim[], measure: ClaimMeasure): Map<string, Claim[]> {
  let byMeasure = subjectIndex.get(claims);
  if (!byMeasure) subjectIndex.set(claims, (byMeasure = new Map()));
  let bySubject = byMeasure.get(measure);
  if (!bySubject) {
    bySubject = new Map();
    for (const c of claims) {
      if (c.measure !== measure || c.period !== '本年' || c.unit === '') continue;
      const list = bySubject.get(c.subject);
      if (list) list.push(c);
      else bySubject.set(c.subject, [c]);
    }
    byMeasure.set(measure, bySubject);
  }
  return bySubject;
}

const subjectIndex = new WeakMap<readonly Claim[], Map<ClaimMeasure, Map<string, Claim[]>>>();

export const present = (claims: (Claim | undefined)[]): Claim[] => claims.filter((c): c is Claim => c !== undefined);

export const EXPENDITURE_PARTS = [T.basicExpenditure, T.projectExpenditure, T.remittanceToSuperior, T.operatingExpenditure, T.subsidyToSubordinates];

export const INCOME_PARTS = [T.superiorSubsidyIncome, T.businessIncome, T.operatingIncome, T.subordinateRemittanceIncome, T.otherIncome];

export const VEHICLES = VEHICLE_CATEGORIES.map((v) => `车辆:${v}`);

/** The partitions a text states in full (always hold). */
export function statedSums(claims: readonly Claim[], relaxed = false): Sum[] {
  const sums: Sum[] = [];
  for (const measure of ['amount', 'budget'] as const) {
    const pick = picker(claims, measure, undefined, relaxed);
    const total = (subject: string, scope?: ClaimScope) => pick(subject, scope);
    const at = (t: Claim | undefined) => picker(claims, measure, t?.section, relaxed);
    const add = (t: Claim | undefined, parts: Claim[], relation: Sum['relation'] = 'equals') => {
      if (t && parts.length >= 2) sums.push({ total: t, parts, relation });
    };
    // 支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助.
    const spent = total(T.currentYearExpenditure, '全部资金');
    add(spent, present(EXPENDITURE_PARTS.map((p) => at(spent)(p, '全部资金'))));
    // 收入合计 = 财政拨款 (or its three budgets) + the other income types.
    const income = total(T.currentYearIncome, '全部资金');
    const fiscal = at(income)(T.currentYearIncome, '财政拨款');
    const budgets = present((['一般公共预算', '政府性基金预算', '国有资本经营预算'] as const).map((s) => at(income)(T.currentYearIncome, s)));
    add(income, [...(fiscal ? [fiscal] : budgets), ...present(INCOME_PARTS.map((p) => at(income)(p)))]);
    // 基本支出 = 人员经费 + 公用经费.
    const basic = total(T.basicExpenditure, '一般公共预算');
    add(basic, present([at(basic)(T.personnelExpenses), at(basic)(T.publicExpenses)]));
    // 一般公共预算财政拨款支出 = Σ classes (§五(二)).
    const classes = claims.filter((c) => /^功能:\d{3}$/.test(c.subject) && c.measure === measure && c.topic === 'general-structure' && c.unit !== '');
    const general = classes[0] && picker(claims, measure, classes[0].section)(T.currentYearExpenditure, '一般公共预算');
    add(general, uniqueSubjects(classes));
    // 三公 total = components; 公务用车 = 购置 + 运行维护.
    const threeTotal = total('三公:合计');
    const vehicle = at(threeTotal)(`三公:${T.vehicleTotal}`);
    const purchase = at(threeTotal)(`三公:${T.vehiclePurchase}`);
    const operation = at(threeTotal)(`三公:${T.vehicleOperation}`);
    const vehicleParts = vehicle ? [vehicle] : present([purchase, operation]);
    add(threeTotal, present([at(threeTotal)(`三公:${T.overseasTravel}`), ...vehicleParts, at(threeTotal)(`三公:${T.officialReception}`)]));
    add(vehicle, present([purchase, operation]));
    // 政府采购 = 货物 + 工程 + 服务.
    const procurement = total('政府采购:合计');
    add(procurement, present(['政府采购:货物', '政府采购:工程', '政府采购:服务'].map((s) => at(procurement)(s))));
    // 中小企业 ≤ 总额, 小微企业 ≤ 中小企业.
    const small = at(procurement)('政府采购:中小企业');
    const micro = at(procurement)('政府采购:小微企业');
    if (procurement && small) sums.push({ total: procurement, parts: [small], relation: 'atMost' });
    if (small && micro) sums.push({ total: small, parts: [micro], relation: 'atMost' });
  }
  // 车辆总数 = Σ categories (all eight listed), ≥ Σ of a partial list.
  const countPick = picker(claims, 'count');
  const vehicles = countPick('车辆:合计');
  const categories = present(VEHICLES.map((v) => picker(claims, 'count', vehicles?.section)(v)));
  if (vehicles && categories.length >= 1) sums.push({ total: vehicles, parts: categories, relation: categories.length === VEHICLES.length ? 'equals' : 'atMost' });
  return sums;
}

/** One claim per subject (the first), for lists that restate a figure. */
export function uniqueSubjects(claims: readonly Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => (seen.has(c.subject) ? false : (seen.add(c.subject), true)));
}

/** The codes of a list that no other listed code contains (a 款 and its 项 are not added twice). */
export function topLevel(claims: readonly Claim[]): Claim[] {
  const codes = claims.map((c) => c.subject.slice(3));
  return claims.filter((c) => !codes.some((other) => other !== c.subject.slice(3) && c.subject.slice(3).startsWith(other)));
}

/** §五(三) items whose class/款/项 names matched no code: still items, of an unknown code. */
export const unplaced = (claims: readonly Claim[]): Claim[] => claims.filter(isUnplaced);

const isUnplaced = (c: Claim): boolean => c.topic === 'general-detail' && c.subject === UNRESOLVED && /[（(]\s*项\s*[)）]/.test(c.label ?? '') && c.unit !== '';

export function check(ctx: AuditContext, rule: RuleInfo, sum: Sum): Finding | undefined {
  const unit = documentUnit(ctx);
  const total = claimValue(sum.total, unit);
  const parts = sum.parts.map((p) => claimValue(p, unit));
  if (!total || parts.some((p) => !p || p.money !== total.money)) return undefined;
  const values = parts as Value[];
  const added = values.reduce((s, v) => s.plus(v.amount), new Big(0));
  const difference = sum.relation === 'atMost' ? added.minus(total.amount) : total.amount.minus(added).abs();
  if (difference.lte(0)) return undefined;
  const tolerance = sumTolerance([sum.total, ...sum.parts], [total, ...values]);
  const within = difference.lte(tolerance);
  const partsText = sum.parts.map((p) => `${subjectName(p)}${p.written}`).join(' + ');
  const addedText = inUnitOf(added, sum.total, unit);
  const measureText = sum.total.measure === 'budget' ? '预算' : '';
  const relation = sum.relation === 'atMost' ? '，超过' : '，';
  const tail = within
    ? `，差${inUnitOf(difference, sum.total, unit)}，在${T.roundingDifference}容许范围（${inUnitOf(tolerance, sum.total, unit)}）内`
    : `，相差${inUnitOf(difference, sum.total, unit)}`;
  return makeFinding(rule, {
    ...(within ? { severity: 'info' as const } : {}),
    message: `${sectionName(sum.total)}：${measureText}${partsText} = ${addedText}${relation}所称${subjectName(sum.total)}${measureText}${sum.total.written}${tail}`,
    location: where(sum.total),
    expected: addedText,
    actual: sum.total.written,
    difference: inUnitOf(difference, sum.total, unit),
    tolerance: inUnitOf(tolerance, sum.total, unit),
    sources: [sum.total.source, ...sum.parts.map((p) => p.source)],
  });
}

export function sumRule(info: RuleInfo, sums: (claims: readonly Claim[]) => Sum[], alsoSentences = false): Rule {
  return defineRule(info, (ctx, rule) => {
    const all = claimsOf(ctx).filter((c) => resolved(c) || isUnplaced(c));
    const list = sums(all.filter(explains));
    // Outside the 情况说明 (概况, 绩效 reports) a breakdown is checked within the sentence that states it.
    if (alsoSentences) for (const sentence of sentences(all.filter((c) => !explains(c) && resolved(c)))) list.push(...statedSums(sentence, true));
    return { checks: list.length, findings: list.flatMap((s) => check(ctx, rule, s) ?? []) };
  });
}
