// 三公 counts against the vehicles and the money (X-17 … X-20): the cars whose running costs 财政拨款 bears
// (保有量) are among the vehicles the department holds (公开10 车辆数合计, §十(三)), so 保有量 cannot exceed them;
// running costs without a car, a purchase without a car bought, travel money without a delegation, hosting money
// without a reception (and the reverse) are usually mistakes.
import Big from 'big.js';
import type { Claim } from '../../../model/claim.js';
import type { Finding } from '../../../model/finding.js';
import { TERMS as T } from '../../../model/glossary.js';
import { defineRule, makeFinding, type Rule } from '../../engine.js';
import type { AuditContext } from '../../context.js';
import { claimsOf, documentUnit, explains, sectionName, where } from './claims.js';
import { tableRef, tableValue } from './table-refs.js';
import { claimValue, type Value } from './values.js';

const first = (ctx: AuditContext, subject: string, measure: Claim['measure']): Claim | undefined =>
  claimsOf(ctx).find((c) => explains(c) && c.subject === subject && c.measure === measure && c.period === '本年' && c.unit !== '');

/** A figure as the narrative states it, else as the tables print it. */
function figure(ctx: AuditContext, subject: string, measure: Claim['measure']): { value: Value; claim?: Claim; label: string } | undefined {
  const claim = first(ctx, subject, measure);
  const value = claim && claimValue(claim, documentUnit(ctx));
  if (claim && value) return { value, claim, label: `${sectionName(claim)}所称${claim.written}` };
  const reference = tableRef(subject, '财政拨款', measure);
  const table = reference && tableValue(ctx, reference);
  return table && reference ? { value: table, label: `${reference.label}${table.shown}` } : undefined;
}

/** Money spent on a 三公 component and the count that goes with it must both be zero or both be positive. */
const PAIRS: ReadonlyArray<readonly [money: string, count: string, what: string]> = [
  [`三公:${T.vehiclePurchase}`, '三公:购置车辆', '购置车辆数'],
  [`三公:${T.overseasTravel}`, '三公:出国团组', '出国团组数'],
  [`三公:${T.overseasTravel}`, '三公:出国人次', '出国人次'],
  [`三公:${T.officialReception}`, '三公:接待批次', '接待批次'],
  [`三公:${T.officialReception}`, '三公:接待人次', '接待人次'],
];

/** The receptions a department hosted split into 国内 and 外事: the parts make the whole, for 批次 and for 人次. */
const RECEPTION_SPLITS = ['批次', '人次'] as const;

export const VEHICLE_RULES: Rule[] = [
  defineRule({ id: 'N-RECEPTION', family: 'narrative', severity: 'error', title: '公务接待的国内与外事批次、人次之和等于总数' }, (ctx, rule) => {
    const findings: Finding[] = [];
    let checks = 0;
    for (const what of RECEPTION_SPLITS) {
      const total = first(ctx, `三公:接待${what}`, 'count');
      const parts = (['国内', '外事'] as const).map((where) => first(ctx, `三公:${where}接待${what}`, 'count'));
      const totalValue = total && claimValue(total);
      const stated = parts.flatMap((p) => {
        const v = p && claimValue(p);
        return p && v ? [{ claim: p, amount: v.amount }] : [];
      });
      if (!total || !totalValue || stated.length === 0) continue;
      checks++;
      const sum = stated.reduce((a, p) => a.plus(p.amount), new Big(0));
      // Both parts stated: they add up to the total. One part: it cannot exceed the total.
      const wrong = stated.length === 2 ? !sum.eq(totalValue.amount) : sum.gt(totalValue.amount);
      if (!wrong) continue;
      findings.push(
        makeFinding(rule, {
          message:
            stated.length === 2
              ? `${sectionName(total)}称共接待${total.written}，其中${stated.map((p) => p.claim.label ?? p.claim.written).join('、')}之和为${sum.toFixed()}${what}，与总数不符`
              : `${sectionName(total)}称共接待${total.written}，其中${stated[0]!.claim.label ?? stated[0]!.claim.written}却多于总数`,
          location: where(total),
          expected: stated.length === 2 ? `${sum.toFixed()}${what}` : `≥ ${sum.toFixed()}${what}`,
          actual: total.written,
          sources: [total.source, ...stated.map((p) => p.claim.source)],
        }),
      );
    }
    return { checks, findings };
  }),
  defineRule({ id: 'X-17', family: 'narrative', severity: 'error', title: '财政拨款负担的公务用车保有量不超过车辆总数' }, (ctx, rule) => {
    const kept = first(ctx, '三公:保有量', 'count');
    const vehicles = figure(ctx, '车辆:合计', 'count');
    const keptValue = kept && claimValue(kept);
    if (!kept || !keptValue || !vehicles) return { checks: 0, findings: [] };
    if (keptValue.amount.lte(vehicles.value.amount)) return { checks: 1, findings: [] };
    return {
      checks: 1,
      findings: [
        makeFinding(rule, {
          message: `${sectionName(kept)}称使用财政拨款负担的公务用车保有量${kept.written}，超过车辆总数（${vehicles.label}）：保有量只计财政拨款负担的车辆，不能多于单位全部车辆`,
          location: where(kept),
          expected: `≤ ${vehicles.value.amount.toFixed()}辆`,
          actual: kept.written,
          sources: [kept.source, ...vehicles.value.sources],
        }),
      ],
    };
  }),
  defineRule({ id: 'X-18', family: 'narrative', severity: 'warning', title: '有公务用车运行维护费时应有公务用车保有量' }, (ctx, rule) => {
    const running = figure(ctx, `三公:${T.vehicleOperation}`, 'amount');
    const kept = first(ctx, '三公:保有量', 'count');
    const keptValue = kept && claimValue(kept);
    if (!running || !kept || !keptValue) return { checks: 0, findings: [] };
    const findings = running.value.amount.gt(0) && keptValue.amount.eq(0)
      ? [
          makeFinding(rule, {
            message: `公务用车运行维护费${running.label}，但${sectionName(kept)}称公务用车保有量${kept.written}（租用车辆除外，应说明）`,
            location: where(kept),
            actual: kept.written,
            sources: [kept.source, ...running.value.sources],
          }),
        ]
      : [];
    return { checks: 1, findings };
  }),
  defineRule({ id: 'X-19', family: 'narrative', severity: 'warning', title: '“三公”经费各项支出与对应的车辆、团组、接待数量同为零或同为正' }, (ctx, rule) => {
    const findings: Finding[] = [];
    let checks = 0;
    for (const [moneySubject, countSubject, what] of PAIRS) {
      const money = figure(ctx, moneySubject, 'amount');
      const count = first(ctx, countSubject, 'count');
      const countValue = count && claimValue(count);
      if (!money || !count || !countValue) continue;
      checks++;
      const spent = money.value.amount.gt(0);
      const counted = countValue.amount.gt(new Big(0));
      if (spent === counted) continue;
      findings.push(
        makeFinding(rule, {
          message: `${moneySubject.slice(3)}${money.label}，而${what}为${count.written}：${spent ? '有支出却无对应数量' : '有数量却无支出'}`,
          location: where(count),
          actual: count.written,
          sources: [count.source, ...money.value.sources],
        }),
      );
    }
    return { checks, findings };
  }),
];
