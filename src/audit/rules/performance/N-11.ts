import Big from 'big.js';
import type { Claim } from '../../../model/claim.js';
import { TERMS } from '../../../model/glossary.js';
import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { catalogName } from '../../naming.js';
import { dec, describe, isDecimal, nameSimilarity, tablesOf, totalLine } from './lib/support.js';

const MAX_TABLES = 20;

/** A set of several tables must hold one clearly named after the 项, not just add up. */
const NAMED = 0.75;

interface Item {
  code: string;
  budget: Claim;
  amount: Claim;
}

/** §五(三) items: a 项 code with its 年初预算 and 决算 stated in one sentence. */
function items(claims: readonly Claim[]): Item[] {
  const out: Item[] = [];
  for (const budget of claims.filter((c) => c.measure === 'budget' && c.basis === '年初' && /^功能:\d{7}$/.test(c.subject) && c.period === '本年')) {
    const amount = claims.find(
      (c) =>
        c.subject === budget.subject &&
        c.measure === 'amount' &&
        c.period === '本年' &&
        JSON.stringify(c.sentence) === JSON.stringify(budget.sentence) &&
        c.quote === budget.quote,
    );
    if (amount && isDecimal(budget.value) && isDecimal(amount.value)) out.push({ code: budget.subject.slice(3), budget, amount });
  }
  return out;
}

interface Candidate {
  tables: PerformanceEvaluation[];
  /** Mean and best name similarity of its tables to the 项. */
  score: number;
  best: number;
}

/** Every subset of the tables by the sum of its 全年执行数 (as an integer of the finest printed unit). */
function subsetSums(tables: readonly PerformanceEvaluation[]): { scale: number; masks: Map<number, number[]> } {
  const printed = tables.map((t) => totalLine(t)!.executed!);
  const decimals = Math.max(0, ...printed.map((v) => (v.split('.')[1] ?? '').length));
  const scale = 10 ** decimals;
  const units = printed.map((v) => Number(dec(v).times(scale).round(0).toFixed()));
  const sums = new Array<number>(1 << tables.length).fill(0);
  const masks = new Map<number, number[]>();
  for (let mask = 1; mask < sums.length; mask++) {
    const low = mask & -mask;
    sums[mask] = sums[mask ^ low]! + units[Math.log2(low)]!;
    const list = masks.get(sums[mask]!);
    if (list) list.push(mask);
    else masks.set(sums[mask]!, [mask]);
  }
  return { scale, masks };
}

/** Sets of tables whose 全年执行数 add up to `target`, best named first. */
function sets(tables: readonly PerformanceEvaluation[], sums: ReturnType<typeof subsetSums>, target: Big, name: string): Candidate[] {
  const key = target.times(sums.scale);
  if (!key.round(0).eq(key)) return [];
  const out = (sums.masks.get(Number(key.toFixed())) ?? []).map((mask) => {
    const chosen = tables.filter((_, i) => mask & (1 << i));
    const similarity = chosen.map((t) => nameSimilarity(name, t.name));
    return { tables: chosen, score: similarity.reduce((s, x) => s + x, 0) / chosen.length, best: Math.max(...similarity) };
  });
  return out.sort((a, b) => b.score - a.score);
}

export const N_11 = defineRule(
  {
    id: 'N-11',
    family: 'performance',
    severity: 'error',
    title: '一般公共预算支出具体情况中各项年初预算与其项目自评表一致',
    description: '一般公共预算支出具体情况中各科目的年初预算，应与在该科目列支的项目绩效自评表的年初预算数一致。',
    basis: '同一笔预算在情况说明和绩效自评表中应一致。',
    fix: '核对科目年初预算与项目自评表，改正不一致的数字。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const found = items(ctx.disclosure.claims);
    if (!found.length) return notEvaluable('情况说明中没有按项列示年初预算和决算数的具体情况');
    const tables = tablesOf(ctx).filter((t) => t.level === 'project' && isDecimal(totalLine(t)?.executed) && isDecimal(totalLine(t)?.initialBudget));
    if (!tables.length || tables.length > MAX_TABLES) return notEvaluable('没有可与各项对照的项目支出绩效自评表');
    const sums = subsetSums(tables);
    let checks = 0;
    const findings = found.flatMap((item) => {
      const project = ctx.fact({ table: 'T05', row: item.code, column: TERMS.projectExpenditure });
      if (!project || !dec(project.value).eq(dec(item.amount.value))) return [];
      const name = ctx.printedName('T05', item.code) ?? catalogName('T05', item.code) ?? item.code;
      const [best, second] = sets(tables, sums, dec(item.amount.value), name);
      // Several sets add up: the best named wins, unless tied or not named after the 项 at all.
      if (!best || (second && (second.score === best.score || best.best < NAMED)) || (best.tables.length > 1 && best.best < NAMED)) return [];
      checks++;
      const initial = best.tables.reduce((s, t) => s.plus(dec(totalLine(t)!.initialBudget!)), new Big(0));
      if (initial.eq(dec(item.budget.value))) return [];
      const annual = best.tables.every((t) => isDecimal(totalLine(t)!.annualBudget))
        ? best.tables.reduce((s, t) => s.plus(dec(totalLine(t)!.annualBudget!)), new Big(0))
        : undefined;
      const list = best.tables.map((t) => `${t.name}（年初预算数 ${totalLine(t)!.initialBudget}，全年执行数 ${totalLine(t)!.executed}）`).join('、');
      return [
        makeFinding(rule, {
          message:
            `${name}（${item.code}）：情况说明称年初预算 ${item.budget.value} 万元、决算 ${item.amount.value} 万元；` +
            `在此项列支的项目（${list}）年初预算数合计 ${initial.toFixed()}${annual ? `，全年预算数合计 ${annual.toFixed()}` : ''}` +
            `，与所称年初预算不符（对照${best.tables.map((t) => `《${describe(t)}》`).join('')}）`,
          location: { section: item.budget.section, quote: item.budget.quote },
          expected: initial.toFixed(),
          actual: item.budget.value,
          sources: [item.budget.source, ...best.tables.map((t) => totalLine(t)!.source), project.source],
        }),
      ];
    });
    if (!checks) return notEvaluable('各项与项目自评表无法对应');
    return { checks, findings };
  },
);
