// §六 一般公共预算财政拨款基本支出决算情况: 基本支出 (公开05) = 人员经费 + 公用经费 (公开06 totals), each with
// its largest economic items (款 of 公开06 by amount).
import { ECONOMIC_CODES } from '../../catalog/economic-codes.js';
import { TERMS as T } from '../../model/glossary.js';
import type { DraftContext } from '../context.js';
import type { DraftSection } from '../drafted.js';
import { gap, joined, paragraph, type Part } from '../runs.js';
import { money, section, SECTION_IDS } from './section.js';

/** How many economic items are named for each of 人员经费 and 公用经费. */
export const MAIN_ITEMS = 5;

type Group = '人员经费' | '公用经费';

/** The largest 款 of one group, as printed in 公开06 (basic expenditure column). */
function mainItems(ctx: DraftContext, group: Group): Part[] {
  const { book } = ctx;
  const items = book
    .codes('T06')
    .filter((c) => c.code.length === 5 && ECONOMIC_CODES.get(c.code)?.group === group)
    .map((c) => ({ ...c, amount: book.money('T06', c.code, T.finalAmount)! }))
    .filter((c) => c.amount.value.gt(0))
    .sort((a, b) => b.amount.value.cmp(a.amount.value) || a.code.localeCompare(b.code))
    .slice(0, MAIN_ITEMS);
  if (!items.length) return [];
  return ['，主要包括：', joined(items.map((c) => [c.name.replace(/\s+/g, ''), money(c.amount)]), '、')];
}

export function basic(ctx: DraftContext): DraftSection {
  const heading = '六、一般公共预算财政拨款基本支出决算情况说明';
  const { book } = ctx;
  const total = book.money('T05', T.total, T.basicExpenditure);
  if (!total) return section(SECTION_IDS.basic, heading, [paragraph(`${ctx.yearWords}一般公共预算财政拨款基本支出`, gap('本部门未公开一般公共预算财政拨款支出决算表，请补充'), '。')]);
  const personnel = book.money('T06', T.personnelTotal, T.finalAmount);
  const publicCost = book.money('T06', T.publicTotal, T.finalAmount);
  if (!personnel || !publicCost) {
    return section(SECTION_IDS.basic, heading, [
      paragraph(`${ctx.yearWords}一般公共预算财政拨款基本支出`, money(total), '，其中人员经费、公用经费', gap('本部门未公开基本支出决算明细表，请补充'), '。'),
    ]);
  }
  if (total.value.eq(0) && personnel.value.eq(0) && publicCost.value.eq(0)) {
    return section(SECTION_IDS.basic, heading, [paragraph(`${ctx.yearWords}一般公共预算财政拨款基本支出`, money(total), '，', ctx.self, '本年度无一般公共预算财政拨款基本支出。')]);
  }
  return section(SECTION_IDS.basic, heading, [
    paragraph(
      `${ctx.yearWords}一般公共预算财政拨款基本支出`,
      money(total),
      '，其中：人员经费',
      money(personnel),
      mainItems(ctx, '人员经费'),
      '；公用经费',
      money(publicCost),
      mainItems(ctx, '公用经费'),
      '。',
    ),
  ]);
}
