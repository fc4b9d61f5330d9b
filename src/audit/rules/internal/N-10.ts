import type { Claim } from '../../../model/claim.js';
import { TERMS as T } from '../../../model/glossary.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { type Sum, sumRule, topLevel, uniqueSubjects, unplaced } from '../narrative/lib/components.js';

/** N-10: the 年初预算 (and 决算) of the items of §五(三) add up to the stated total (usually: items may be left out). */
function detailTotals(claims: readonly Claim[]): Sum[] {
  const sums: Sum[] = [];
  for (const measure of ['budget', 'amount'] as const) {
    const placed = topLevel(
      uniqueSubjects(claims.filter((c) => c.topic === 'general-detail' && c.subject.startsWith('功能:') && c.measure === measure && c.unit !== '')),
    );
    const items = [...placed, ...unplaced(claims).filter((c) => c.measure === measure)];
    const total = claims.find(
      (c) => c.topic === 'general-detail' && c.subject === T.currentYearExpenditure && c.scope === '一般公共预算' && c.measure === measure && c.unit !== '',
    );
    if (total && items.length >= 2) sums.push({ total, parts: items, relation: 'equals' });
  }
  return sums;
}

export const N_10 = sumRule(
  {
    id: 'N-10',
    family: 'internal',
    severity: 'warning',
    title: '一般公共预算支出具体情况中各项年初预算（决算）之和等于所称总数',
    description: '一般公共预算支出具体情况中各科目的年初预算（或决算）之和，通常应等于所称的年初预算（或决算）总数。',
    basis: '通常成立：各科目应完整列出；有预算但未支出的科目有时会被省略。',
    fix: '补充遗漏的科目或改正总数。',
    kinds: FINAL_ACCOUNTS,
  },
  detailTotals,
);
