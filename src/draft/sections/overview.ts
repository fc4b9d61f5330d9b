// §一 收入支出决算总体情况 (公开01 行31/62) and §四 财政拨款收支决算总体情况 (公开04 行32/64): the two totals,
// their change against last year and its reason.
import { TERMS as T } from '../../model/glossary.js';
import type { DraftContext } from '../context.js';
import type { DraftSection } from '../drafted.js';
import { isZero, type Money } from '../fact-book.js';
import { gap, paragraph, type Part } from '../runs.js';
import { comparedWithPrior, unchanged } from '../year-change.js';
import { money, section, SECTION_IDS } from './section.js';

/** Change sentences for a pair of totals (收入总计, 支出总计), with the reason when something changed or is unknown. */
function totalsChange(ctx: DraftContext, names: [string, string], current: [Money, Money], prior: [Money | undefined, Money | undefined], reasonKey: string): Part[] {
  if (!prior[0] || !prior[1]) return [`与上年相比，${names[0]}、${names[1]}的增减额和增减率`, gap('上年数：请补充'), '。主要原因是', ctx.reason(reasonKey), '。'];
  return [
    comparedWithPrior(names[0], current[0], prior[0]),
    '；',
    comparedWithPrior(names[1], current[1], prior[1], ''),
    '。',
    unchanged(current[0], prior[0]) && unchanged(current[1], prior[1]) ? [] : ['主要原因是', ctx.reason(reasonKey), '。'],
  ];
}

export function incomeExpenditureTotal(ctx: DraftContext): DraftSection {
  const heading = '一、收入支出决算总体情况说明';
  const { book, prior } = ctx;
  const income = book.money('T01', T.incomeGrandTotal, T.amount);
  const spending = book.money('T01', T.expenditureGrandTotal, T.amount);
  if (!income || !spending) {
    return section(SECTION_IDS.incomeExpenditureTotal, heading, [paragraph(`${ctx.yearWords}收入总计、支出总计`, gap('本部门未公开收入支出决算总表，请补充'), '。')]);
  }
  const detail = (row: string) => book.money('T01', row, T.amount)!;
  const nonFiscal = detail(T.useOfNonFiscalBalance);
  const distribution = detail(T.balanceDistribution);
  return section(SECTION_IDS.incomeExpenditureTotal, heading, [
    paragraph(
      `${ctx.yearWords}收入总计`,
      money(income),
      '，支出总计',
      money(spending),
      '。其中：本年收入合计',
      money(detail(T.currentYearIncome)),
      isZero(nonFiscal) ? [] : ['，使用非财政拨款结余', money(nonFiscal)],
      '，年初结转和结余',
      money(detail(T.openingBalance)),
      '；本年支出合计',
      money(detail(T.currentYearExpenditure)),
      isZero(distribution) ? [] : ['，结余分配', money(distribution)],
      '，年末结转和结余',
      money(detail(T.closingBalance)),
      '。',
    ),
    paragraph(
      totalsChange(
        ctx,
        ['收入总计', '支出总计'],
        [income, spending],
        [prior?.money('T01', T.incomeGrandTotal, T.amount), prior?.money('T01', T.expenditureGrandTotal, T.amount)],
        SECTION_IDS.incomeExpenditureTotal,
      ),
    ),
  ]);
}

export function fiscalTotal(ctx: DraftContext): DraftSection {
  const heading = '四、财政拨款收入支出决算总体情况说明';
  const { book, prior } = ctx;
  const income = book.money('T04', T.incomeGrandTotal, T.amount);
  const spending = book.money('T04', T.expenditureGrandTotal, T.total);
  if (!income || !spending) {
    return section(SECTION_IDS.fiscalTotal, heading, [paragraph(`${ctx.yearWords}财政拨款收入总计、支出总计`, gap('本部门未公开财政拨款收入支出决算总表，请补充'), '。')]);
  }
  return section(SECTION_IDS.fiscalTotal, heading, [
    paragraph(
      `${ctx.yearWords}财政拨款收入总计`,
      money(income),
      '，支出总计',
      money(spending),
      '。其中：本年收入合计',
      money(book.money('T04', T.currentYearIncome, T.amount)!),
      '，年初财政拨款结转和结余',
      money(book.money('T04', T.fiscalOpeningBalance, T.amount)!),
      '；本年支出合计',
      money(book.money('T04', T.currentYearExpenditure, T.total)!),
      '，年末财政拨款结转和结余',
      money(book.money('T04', T.fiscalClosingBalance, T.total)!),
      '。',
    ),
    paragraph(
      totalsChange(
        ctx,
        ['财政拨款收入总计', '财政拨款支出总计'],
        [income, spending],
        [prior?.money('T04', T.incomeGrandTotal, T.amount), prior?.money('T04', T.expenditureGrandTotal, T.total)],
        SECTION_IDS.fiscalTotal,
      ),
    ),
  ]);
}
