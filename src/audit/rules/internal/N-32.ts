import type { Claim } from '../../../model/claim.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { type Sum, sumRule, topLevel, uniqueSubjects, unplaced } from '../narrative/lib/components.js';

/** §五(三): the 款/项 listed under each class add up to it (usually: a list may leave out an item). */
function itemSums(claims: readonly Claim[]): Sum[] {
  const sums: Sum[] = [];
  // An item we could not place under its class would make every class look short.
  if (unplaced(claims).length > 0) return sums;
  const detail = claims.filter((c) => c.topic === 'general-detail' && c.subject.startsWith('功能:') && c.measure === 'amount' && c.unit !== '');
  const classCodes = new Set(detail.map((c) => c.subject.slice(3, 6)));
  for (const code of classCodes) {
    const children = topLevel(uniqueSubjects(detail.filter((c) => c.subject.length > 6 && c.subject.slice(3, 6) === code)));
    const total = claims.find((c) => c.subject === `功能:${code}` && c.measure === 'amount' && c.scope === '一般公共预算' && c.unit !== '');
    if (total && children.length >= 1) sums.push({ total, parts: children, relation: 'equals' });
  }
  return sums;
}

export const N_32 = sumRule(
  {
    id: 'N-32',
    family: 'internal',
    severity: 'warning',
    title: '一般公共预算支出具体情况中各款、项之和等于所属类',
    description: '一般公共预算支出具体情况中各款、项的金额之和，通常应等于其所属类的金额。',
    basis: '通常成立：列出的款、项应覆盖该类；只列主要款项时可以小于类的金额。',
    fix: '核对该类及所列款、项的金额，改正或补充说明。',
    kinds: FINAL_ACCOUNTS,
  },
  itemSums,
);
