// A synthetic 决算 made from any read 预算: the department spent exactly its 一般公共预算 budget, by the budget's own
// function rows (its 一般公共预算支出表), and its “三公” budget; the 决算 is drafted and rendered by the project's own
// draft → render path (DESIGN.md §2), with the budget's figures given as the 年初预算 and as the “三公” table's 预算数.
// A test may alter one 年初预算 figure to see the check across documents find it.
import Big from 'big.js';
import { draftPackage, renderPackage } from '../../src/pipeline/publish.js';
import { toYuan } from '../../src/model/decimal.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import type { Fact } from '../../src/model/fact.js';
import { TERMS as T } from '../../src/model/glossary.js';
import type { TableId } from '../../src/model/table-id.js';

/** The 三公 columns both kinds' tables print. */
const THREE_PUBLIC = [T.total, T.overseasTravel, T.vehicleTotal, T.vehiclePurchase, T.vehicleOperation, T.officialReception];

export interface FinalFromBudget {
  /** The 决算 as facts (what the draft starts from). */
  disclosure: Disclosure;
  /** 年初预算 by function code ('合计' for the whole), in the package's unit: the budget's 一般公共预算 figures. */
  initialBudgets: Record<string, string>;
}

/** The 决算 a budget implies when every yuan of its 一般公共预算 was spent as budgeted. */
export function finalFromBudget(budget: Disclosure): FinalFromBudget {
  const { department, region, year, unit = T.tenThousandYuan } = budget.document;
  if (!department || year === undefined) throw new Error('预算的部门或年度未能识别');
  const general = budget.facts.filter((f) => f.table === 'B07' && f.column === T.total && (f.row === T.total || /^\d{3}(\d{2}){0,2}$/.test(f.row)));
  if (!general.some((f) => f.row === T.total)) throw new Error('预算没有一般公共预算支出表的合计');
  const facts: Fact[] = [];
  const put = (table: TableId, row: string, column: string, value: string) => {
    const yuan = toYuan(value, unit);
    facts.push({ table, row, column, value, unit, ...(yuan === undefined ? {} : { yuan }), source: { line: facts.length + 1 } });
  };
  const total = general.find((f) => f.row === T.total)!.value;
  for (const [row, value] of [[T.generalBudgetIncome, total], [T.currentYearIncome, total], [T.incomeGrandTotal, total], [T.currentYearExpenditure, total], [T.expenditureGrandTotal, total]] as const) put('T01', row, T.amount, value);
  for (const f of general.filter((g) => /^\d{3}$/.test(g.row))) put('T01', f.row, T.amount, f.value);
  for (const f of general) {
    // All of it 基本支出: a budget's one-column table says nothing of the split, and a complete row needs one.
    put('T03', f.row, T.currentYearExpenditure, f.value);
    put('T03', f.row, T.basicExpenditure, f.value);
    put('T05', f.row, T.subtotal, f.value);
    put('T05', f.row, T.basicExpenditure, f.value);
  }
  put('T04', T.generalBudgetAppropriation, T.amount, total);
  put('T04', T.currentYearIncome, T.amount, total);
  put('T04', T.incomeGrandTotal, T.amount, total);
  for (const row of [T.currentYearExpenditure, T.expenditureGrandTotal]) {
    put('T04', row, T.total, total);
    put('T04', row, T.generalBudgetAppropriation, total);
  }
  for (const column of THREE_PUBLIC) {
    const printed = budget.facts.find((f) => f.table === 'B09' && f.row === T.budgetAmount && f.column === column);
    if (!printed || new Big(printed.value).eq(0)) continue;
    put('T09', T.budgetAmount, column, printed.value);
    put('T09', T.finalAmount, column, printed.value);
  }
  const tables = [...new Set(facts.map((f) => f.table))];
  const disclosure: Disclosure = {
    document: { file: `${department}-${year}-决算.html`, department, ...(region ? { region } : {}), year, kind: T.departmentFinalAccounts, unit, tables },
    tables: tables.map((id) => ({ id, title: id, reading: { status: 'complete', numbers: facts.filter((f) => f.table === id).length, facts: facts.filter((f) => f.table === id).length, nonFacts: 0, unread: [] }, source: { line: 1 }, codes: [] })),
    facts,
    sections: [],
    claims: [],
    performance: [],
    departmentMentions: [],
  };
  const initialBudgets = Object.fromEntries(general.filter((f) => f.row === T.total || f.row.length === 7).map((f) => [f.row, f.value]));
  return { disclosure, initialBudgets };
}

/** The 决算 drafted and rendered as HTML (the bytes a department would publish). */
export async function renderFinal({ disclosure, initialBudgets }: FinalFromBudget): Promise<{ name: string; bytes: Uint8Array }> {
  const drafted = draftPackage(disclosure, { initialBudgets });
  return { name: disclosure.document.file, bytes: await renderPackage(drafted, 'html') };
}

/** One 年初预算 figure altered by one whole unit (1.00 万元 in a 万元 package), the rest as the budget prints them. */
export function withInitialBudget(final: FinalFromBudget, code: string): FinalFromBudget {
  const value = final.initialBudgets[code];
  if (value === undefined) throw new Error(`没有 ${code} 的年初预算`);
  const decimals = value.split('.')[1]?.length ?? 0;
  return { ...final, initialBudgets: { ...final.initialBudgets, [code]: new Big(value).plus(1).toFixed(decimals) } };
}
