// §五 一般公共预算财政拨款支出决算情况 (公开05): (一) 总体 — the total, its share of 本年支出合计 and its change;
// (二) 结构 — each 类 with its share; (三) 具体 — each item with 年初预算 (from the user: the tables do not print
// it), 决算 and completion rate, and why they differ.
import Big from 'big.js';
import { FUNCTION_CODES } from '../../catalog/function-codes.js';
import { TERMS as T } from '../../model/glossary.js';
import type { DraftContext } from '../context.js';
import type { DraftParagraph, DraftSection } from '../drafted.js';
import { inUnit, type Money } from '../fact-book.js';
import { formatPercent, ratio } from '../number-format.js';
import { figure, gap, joined, paragraph, type Part } from '../runs.js';
import { changeReason, comparedWithPrior } from '../year-change.js';
import { chainLabel, classRows, functionRows, leafRows } from './function-items.js';
import { money, section, SECTION_IDS, shareOf } from './section.js';

const SUBJECT = '一般公共预算财政拨款支出';
const catalogName = (code: string) => FUNCTION_CODES.get(code)?.name;

/** The user's 年初预算 for a code ('合计' for the whole), in the package's unit. */
function initialBudget(ctx: DraftContext, key: string): Money | undefined {
  const given = ctx.options.initialBudgets?.[key]?.replace(/[,，\s]/g, '');
  return given && /^-?\d+(\.\d+)?$/.test(given) ? { value: new Big(given), unit: ctx.unit } : undefined;
}

/** "年初预算为a万元，支出决算为b万元，完成年初预算的p%" with gaps for what the user has not given. */
function budgetAndOutturn(budget: Money | undefined, outturn: Money): Part[] {
  const head: Part[] = ['年初预算为', budget ? money(budget) : gap('年初预算：请补充'), '，支出决算为', money(outturn)];
  if (!budget) return [head, '，完成年初预算的', gap('完成比例：请补充')];
  const rate = ratio(outturn.value, inUnit(budget, outturn.unit).value);
  return rate ? [head, '，完成年初预算的', figure(formatPercent(rate))] : [head, '（年初未安排预算，不计算完成比例）'];
}

function differenceReason(ctx: DraftContext, key: string, budget: Money | undefined, outturn: Money): Part[] {
  if (!budget) return ['决算数与年初预算数的差异及原因', gap('请补充'), '。'];
  if (inUnit(budget, outturn.unit).value.eq(outturn.value)) return ['决算数与年初预算数一致。'];
  return ['决算数与年初预算数存在差异，主要原因是', ctx.reason(key), '。'];
}

export function generalBudget(ctx: DraftContext): DraftSection[] {
  const { book } = ctx;
  const head = section(SECTION_IDS.generalBudget, '五、一般公共预算财政拨款支出决算情况说明', []);
  const total = book.money('T05', T.total, T.subtotal);
  if (!total) {
    head.paragraphs.push(paragraph(`${ctx.yearWords}${SUBJECT}`, gap('本部门未公开一般公共预算财政拨款支出决算表，请补充'), '。'));
    return [head];
  }
  const whole = book.money('T01', T.currentYearExpenditure, T.amount) ?? book.money('T03', T.total, T.currentYearExpenditure);
  const prior = ctx.prior?.money('T05', T.total, T.subtotal);
  const overall = section(
    SECTION_IDS.generalTotal,
    '（一）一般公共预算财政拨款支出决算总体情况',
    [
      paragraph(`${ctx.yearWords}${SUBJECT}`, money(total), whole ? shareOf(total, whole, '，占本年支出合计的') : [], '。'),
      paragraph(comparedWithPrior(SUBJECT, total, prior), '。', changeReason(ctx, SECTION_IDS.generalTotal, total, prior)),
    ],
    2,
  );

  const rows = functionRows(book, 'T05');
  const amountOf = (code: string) => book.money('T05', code, T.subtotal)!;
  const classes = classRows(rows).filter((r) => !amountOf(r.code).value.eq(0));
  const structure = section(
    SECTION_IDS.generalStructure,
    '（二）一般公共预算财政拨款支出决算结构情况',
    [
      classes.length
        ? paragraph(
            `${ctx.yearWords}${SUBJECT}`,
            money(total),
            '，主要用于以下方面：',
            joined(
              classes.map((r) => [`${r.name}（类）`, money(amountOf(r.code)), shareOf(amountOf(r.code), total)]),
              '；',
            ),
            '。',
          )
        : paragraph(`${ctx.yearWords}${SUBJECT}`, money(total), '。'),
    ],
    2,
  );

  const totalBudget = initialBudget(ctx, T.total);
  const items: DraftParagraph[] = leafRows(rows)
    .filter((r) => !amountOf(r.code).value.eq(0) || initialBudget(ctx, r.code) !== undefined)
    .map((r, i) => {
      const budget = initialBudget(ctx, r.code);
      const outturn = amountOf(r.code);
      return paragraph(`${i + 1}. ${chainLabel(rows, r.code, catalogName)}：`, budgetAndOutturn(budget, outturn), '。', differenceReason(ctx, `${SECTION_IDS.generalDetail}:${r.code}`, budget, outturn));
    });
  const detail = section(
    SECTION_IDS.generalDetail,
    '（三）一般公共预算财政拨款支出决算具体情况',
    [paragraph(`${ctx.yearWords}${SUBJECT}`, budgetAndOutturn(totalBudget, total), '。', items.length ? '具体情况如下：' : []), ...items],
    2,
  );
  return [head, overall, structure, detail];
}
