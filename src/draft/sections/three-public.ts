// §九 财政拨款“三公”经费支出决算情况 (公开09): (一) 总体 — 全年预算, 决算, completion and change for the total
// and each component; (二) 具体 — the counts behind each component (团组, 人次, 车辆, 批次). 公开09 prints money
// only: a count is 0 when its component spent nothing, else the user's figure or a visible gap.
import Big from 'big.js';
import { TERMS as T } from '../../model/glossary.js';
import type { DraftContext } from '../context.js';
import type { DraftParagraph, DraftSection } from '../drafted.js';
import { isZero, type Money } from '../fact-book.js';
import { formatCount, formatPercent, ratio } from '../number-format.js';
import type { ThreePublicCount } from '../options.js';
import { figure, gap, paragraph, type Part } from '../runs.js';
import { changeReason, comparedWithPrior } from '../year-change.js';
import { money, section, SECTION_IDS } from './section.js';

const TOTAL_WORDS = '“三公”经费财政拨款支出';
const COMPONENTS = [T.overseasTravel, T.vehicleTotal, T.officialReception] as const;

interface Component {
  budget: Money;
  actual: Money;
}

function component(ctx: DraftContext, column: string): Component {
  return { budget: ctx.book.money('T09', T.budgetAmount, column)!, actual: ctx.book.money('T09', T.finalAmount, column)! };
}

/** "全年预算数a万元，支出决算b万元，完成全年预算的p%", without a rate on a zero budget. */
function budgetAndActual({ budget, actual }: Component): Part[] {
  const head: Part[] = ['全年预算数', money(budget), '，支出决算', money(actual)];
  const rate = ratio(actual.value, budget.value);
  if (rate) return [head, '，完成全年预算的', figure(formatPercent(rate))];
  return [head, isZero(actual) ? '，未安排预算，也未发生支出' : '（未安排预算，不计算完成比例）'];
}

/** A count: 0 when its component spent nothing, the user's figure when given, else a gap. */
function count(ctx: DraftContext, key: ThreePublicCount, unit: string, spent: Money): Part {
  if (isZero(spent)) return figure(formatCount('0', unit));
  const given = ctx.options.threePublicCounts?.[key]?.trim();
  return given && /^\d+$/.test(given) ? figure(formatCount(new Big(given), unit)) : gap(`${key}：请补充`);
}

const given = (ctx: DraftContext, ...keys: ThreePublicCount[]): boolean => keys.every((k) => ctx.options.threePublicCounts?.[k] !== undefined);

function overall(ctx: DraftContext): DraftParagraph[] {
  const total = component(ctx, T.total);
  const prior = ctx.prior?.money('T09', T.finalAmount, T.total);
  const out: DraftParagraph[] = [
    paragraph(`${ctx.yearWords}${TOTAL_WORDS}`, budgetAndActual(total), '。'),
    paragraph(comparedWithPrior(TOTAL_WORDS, total.actual, prior), '。', changeReason(ctx, SECTION_IDS.threePublicTotal, total.actual, prior)),
  ];
  for (const column of COMPONENTS) {
    const c = component(ctx, column);
    const priorActual = ctx.prior?.money('T09', T.finalAmount, column);
    const parts: Part[] = [column, budgetAndActual(c)];
    if (column === T.vehicleTotal && !isZero(c.actual)) {
      parts.push('，其中：公务用车购置费支出决算', money(component(ctx, T.vehiclePurchase).actual), '，公务用车运行维护费支出决算', money(component(ctx, T.vehicleOperation).actual));
    }
    if (priorActual) parts.push('。', comparedWithPrior(column, c.actual, priorActual));
    out.push(paragraph(parts, '。'));
  }
  return out;
}

function detail(ctx: DraftContext): DraftParagraph[] {
  const travel = component(ctx, T.overseasTravel).actual;
  const purchase = component(ctx, T.vehiclePurchase).actual;
  const operation = component(ctx, T.vehicleOperation).actual;
  const reception = component(ctx, T.officialReception).actual;
  const byPlace = isZero(reception) || given(ctx, '国内接待批次', '国内接待人次', '外事接待批次', '外事接待人次');
  return [
    paragraph('1. 因公出国（境）费支出决算', money(travel), '，全年使用财政拨款组织因公出国（境）团组', count(ctx, '出国团组', '个', travel), '、', count(ctx, '出国人次', '人次', travel), '。'),
    paragraph('2. 公务用车购置费支出决算', money(purchase), '，使用财政拨款购置公务用车', count(ctx, '购置车辆', '辆', purchase), '。'),
    paragraph('3. 公务用车运行维护费支出决算', money(operation), '，使用财政拨款负担的公务用车保有量', count(ctx, '保有量', '辆', operation), '。'),
    paragraph(
      '4. 公务接待费支出决算',
      money(reception),
      '，共接待',
      count(ctx, '接待批次', '批次', reception),
      '、',
      count(ctx, '接待人次', '人次', reception),
      byPlace
        ? [
            '，其中国内接待',
            count(ctx, '国内接待批次', '批次', reception),
            '、',
            count(ctx, '国内接待人次', '人次', reception),
            '，外事接待',
            count(ctx, '外事接待批次', '批次', reception),
            '、',
            count(ctx, '外事接待人次', '人次', reception),
          ]
        : [],
      '。',
    ),
  ];
}

export function threePublic(ctx: DraftContext): DraftSection[] {
  const head = section(SECTION_IDS.threePublic, '九、财政拨款“三公”经费支出决算情况说明', []);
  if (!ctx.book.has('T09')) {
    head.paragraphs.push(paragraph(`${ctx.yearWords}${TOTAL_WORDS}`, gap('本部门未公开财政拨款“三公”经费支出决算表，请补充'), '。'));
    return [head];
  }
  if (ctx.book.empty('T09')) {
    head.paragraphs.push(paragraph(`${ctx.yearWords}${ctx.self}没有使用财政拨款安排“三公”经费支出，因公出国（境）费、公务用车购置及运行维护费、公务接待费均未发生。`));
    return [head, section(SECTION_IDS.threePublicDetail, '（二）“三公”经费财政拨款支出决算具体情况说明', detail(ctx), 2)];
  }
  return [
    head,
    section(SECTION_IDS.threePublicTotal, '（一）“三公”经费财政拨款支出决算总体情况说明', overall(ctx), 2),
    section(SECTION_IDS.threePublicDetail, '（二）“三公”经费财政拨款支出决算具体情况说明', detail(ctx), 2),
  ];
}
