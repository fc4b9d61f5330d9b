// 三公 counts against the vehicles and the money (X-17 … X-20): the cars whose running costs 财政拨款 bears
// (保有量) are among the vehicles the department holds (公开10 车辆数合计, §十(三)), so 保有量 cannot exceed them;
// running costs without a car, a purchase without a car bought, travel money without a delegation, hosting money
// without a reception (and the reverse) are usually mistakes.
import type { Claim } from '../../../../model/claim.js';
import type { AuditContext } from '../../../context.js';
import { claimsOf, documentUnit, explains, sectionName } from './claims.js';
import { tableRef, tableValue } from './table-refs.js';
import { claimValue, type Value } from './values.js';

export const first = (ctx: AuditContext, subject: string, measure: Claim['measure']): Claim | undefined =>
  claimsOf(ctx).find((c) => explains(c) && c.subject === subject && c.measure === measure && c.period === '本年' && c.unit !== '');

/** A figure as the narrative states it, else as the tables print it. */
export function figure(ctx: AuditContext, subject: string, measure: Claim['measure']): { value: Value; claim?: Claim; label: string } | undefined {
  const claim = first(ctx, subject, measure);
  const value = claim && claimValue(claim, documentUnit(ctx));
  if (claim && value) return { value, claim, label: `${sectionName(claim)}所称${claim.written}` };
  const reference = tableRef(subject, '财政拨款', measure);
  const table = reference && tableValue(ctx, reference);
  return table && reference ? { value: table, label: `${reference.label}${table.shown}` } : undefined;
}
