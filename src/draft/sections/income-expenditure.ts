// §二 收入决算情况 (本年收入合计 and each income type with its share) and §三 支出决算情况 (本年支出合计 split
// into 基本支出, 项目支出 and the other kinds of spending, with shares; 公开03 合计 row).
import Big from 'big.js';
import { TERMS as T } from '../../model/glossary.js';
import type { DraftContext } from '../context.js';
import type { DraftSection } from '../drafted.js';
import { isZero, type Money } from '../fact-book.js';
import { gap, joined, paragraph, type Part } from '../runs.js';
import { money, section, SECTION_IDS, shareOf } from './section.js';

const OTHER_INCOME = [T.superiorSubsidyIncome, T.businessIncome, T.operatingIncome, T.subordinateRemittanceIncome, T.otherIncome] as const;
const BUDGET_INCOME = [T.generalBudgetIncome, T.governmentFundIncome, T.stateCapitalIncome] as const;
const ALWAYS_STATED = [T.basicExpenditure, T.projectExpenditure] as const;
const OTHER_SPENDING = [T.remittanceToSuperior, T.operatingExpenditure, T.subsidyToSubordinates] as const;

const item = (name: string, amount: Money, whole: Money): Part[] => [name, money(amount), shareOf(amount, whole)];

export function income(ctx: DraftContext): DraftSection {
  const heading = '二、收入决算情况说明';
  const { book } = ctx;
  const total = book.money('T01', T.currentYearIncome, T.amount);
  if (!total) return section(SECTION_IDS.income, heading, [paragraph(`${ctx.yearWords}本年收入合计`, gap('本部门未公开收入支出决算总表，请补充'), '。')]);
  // 财政拨款收入 is what 公开04 prints as 本年收入合计; without 公开04, the three budget rows of 公开01.
  const fiscal: Money = book.money('T04', T.currentYearIncome, T.amount) ?? {
    value: BUDGET_INCOME.reduce((s, row) => s.plus(book.money('T01', row, T.amount)!.value), new Big(0)),
    unit: total.unit,
  };
  const items: Part[] = [];
  if (!isZero(fiscal) || OTHER_INCOME.every((row) => isZero(book.money('T01', row, T.amount)))) items.push(item(T.fiscalAppropriationIncome, fiscal, total));
  for (const row of OTHER_INCOME) {
    const amount = book.money('T01', row, T.amount)!;
    if (!isZero(amount)) items.push(item(row, amount, total));
  }
  return section(SECTION_IDS.income, heading, [paragraph(`${ctx.yearWords}本年收入合计`, money(total), '，其中：', joined(items, '；'), '。')]);
}

export function expenditure(ctx: DraftContext): DraftSection {
  const heading = '三、支出决算情况说明';
  const { book } = ctx;
  const total = book.money('T01', T.currentYearExpenditure, T.amount) ?? book.money('T03', T.total, T.currentYearExpenditure);
  if (!total || !book.has('T03')) {
    return section(SECTION_IDS.expenditure, heading, [paragraph(`${ctx.yearWords}本年支出合计及基本支出、项目支出`, gap('本部门未公开支出决算表，请补充'), '。')]);
  }
  const items: Part[] = [];
  for (const column of [...ALWAYS_STATED, ...OTHER_SPENDING]) {
    const amount = book.money('T03', T.total, column)!;
    if (!isZero(amount) || (ALWAYS_STATED as readonly string[]).includes(column)) items.push(item(column, amount, total));
  }
  return section(SECTION_IDS.expenditure, heading, [paragraph(`${ctx.yearWords}本年支出合计`, money(total), '，其中：', joined(items, '；'), '。')]);
}
