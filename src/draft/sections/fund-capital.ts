// §七 政府性基金预算财政拨款收支决算情况 (公开07) and §八 国有资本经营预算财政拨款支出决算情况 (公开08): the
// year's income and spending with the items spent on, or the explicit statement that there was none.
import { FUNCTION_CODES } from '../../catalog/function-codes.js';
import { TERMS as T } from '../../model/glossary.js';
import type { TableId } from '../../model/table-id.js';
import type { DraftContext } from '../context.js';
import type { DraftSection } from '../drafted.js';
import { isZero } from '../fact-book.js';
import { gap, joined, paragraph, type Part } from '../runs.js';
import { changeReason, comparedWithPrior } from '../year-change.js';
import { chainLabel, functionRows, leafRows } from './function-items.js';
import { money, section, SECTION_IDS } from './section.js';

const catalogName = (code: string) => FUNCTION_CODES.get(code)?.name;

/**
 * "主要用于：X（类）Y（款）Z（项）、…。" — the items by name only: outside §五 a reader cannot tie an amount to a
 * function item, and the table beside the text prints each amount.
 */
function spentOn(ctx: DraftContext, table: TableId, column: string): Part[] {
  const rows = functionRows(ctx.book, table);
  const leaves = leafRows(rows).filter((r) => !isZero(ctx.book.money(table, r.code, column)));
  if (!leaves.length) return [];
  return ['主要用于：', joined(leaves.map((r) => chainLabel(rows, r.code, catalogName)), '、'), '。'];
}

export function governmentFund(ctx: DraftContext): DraftSection {
  const heading = '七、政府性基金预算财政拨款收支决算情况说明';
  const name = '政府性基金预算财政拨款';
  const { book } = ctx;
  if (!book.has('T07')) return section(SECTION_IDS.governmentFund, heading, [paragraph(`${ctx.yearWords}${name}收支情况`, gap('本部门未公开政府性基金预算财政拨款收入支出决算表，请补充'), '。')]);
  const income = book.money('T07', T.total, T.currentYearIncomeShort)!;
  const spending = book.money('T07', T.total, T.expenditureSubtotal)!;
  if (isZero(income) && isZero(spending)) {
    return section(SECTION_IDS.governmentFund, heading, [
      paragraph(`${ctx.yearWords}${ctx.self}没有${name}收入，也没有使用${name}安排的支出，本年度无此项收支。`),
    ]);
  }
  const prior = ctx.prior?.money('T07', T.total, T.expenditureSubtotal);
  return section(SECTION_IDS.governmentFund, heading, [
    paragraph(
      `${ctx.yearWords}${name}本年收入`,
      money(income),
      `，${name}支出`,
      money(spending),
      '，其中：基本支出',
      money(book.money('T07', T.total, T.expenditureBasic)!),
      '，项目支出',
      money(book.money('T07', T.total, T.expenditureProject)!),
      '。',
    ),
    paragraph(comparedWithPrior(`${name}支出`, spending, prior), '。', changeReason(ctx, SECTION_IDS.governmentFund, spending, prior)),
    ...(spentOn(ctx, 'T07', T.expenditureSubtotal).length ? [paragraph(spentOn(ctx, 'T07', T.expenditureSubtotal))] : []),
  ]);
}

export function stateCapital(ctx: DraftContext): DraftSection {
  const heading = '八、国有资本经营预算财政拨款支出决算情况说明';
  const name = '国有资本经营预算财政拨款';
  const { book } = ctx;
  if (!book.has('T08')) return section(SECTION_IDS.stateCapital, heading, [paragraph(`${ctx.yearWords}${name}支出情况`, gap('本部门未公开国有资本经营预算财政拨款支出决算表，请补充'), '。')]);
  const spending = book.money('T08', T.total, T.total)!;
  if (isZero(spending)) {
    return section(SECTION_IDS.stateCapital, heading, [paragraph(`${ctx.yearWords}${ctx.self}没有使用${name}安排的支出，本年度无此项支出。`)]);
  }
  const prior = ctx.prior?.money('T08', T.total, T.total);
  return section(SECTION_IDS.stateCapital, heading, [
    paragraph(
      `${ctx.yearWords}${name}支出`,
      money(spending),
      '，其中：基本支出',
      money(book.money('T08', T.total, T.basicExpenditure)!),
      '，项目支出',
      money(book.money('T08', T.total, T.projectExpenditure)!),
      '。',
    ),
    paragraph(comparedWithPrior(`${name}支出`, spending, prior), '。', changeReason(ctx, SECTION_IDS.stateCapital, spending, prior)),
    ...(spentOn(ctx, 'T08', T.total).length ? [paragraph(spentOn(ctx, 'T08', T.total))] : []),
  ]);
}
