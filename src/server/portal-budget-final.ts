// A department's 预算 beside its 决算 (model/budget-final.ts): each year's current packages, and for each year with
// both a 预算 and a 决算 of the same level, spending by function class (一般公共预算: the 预算's 一般公共预算支出表
// against the 决算's 一般公共预算财政拨款支出决算表) and the “三公” figures (the 预算's “三公” table against the
// 决算's 预算数 and 决算数). A cell the reader left unread is reported as such, never as 0.
import { createContext, type AuditContext } from '../audit/context.js';
import { budgetKindOf, familySpec } from '../catalog/kinds/index.js';
import type { BudgetFinal, ComparedFigure } from '../model/budget-final.js';
import type { DisclosureSummary } from '../store/records.js';
import { TERMS as T } from '../model/glossary.js';
import type { TableId } from '../model/table-id.js';
import { Repository } from '../store/repository.js';
import { codeName } from './row-names.js';

const BUDGET_KINDS: readonly string[] = familySpec('budget').kinds;

const CLASSES = { budget: { table: 'B07', column: T.total }, final: { table: 'T05', column: T.subtotal } } as const;
const THREE_PUBLIC = {
  budget: { table: 'B09', row: T.budgetAmount },
  adjusted: { table: 'T09', row: T.budgetAmount },
  final: { table: 'T09', row: T.finalAmount },
} as const;
const THREE_PUBLIC_COLUMNS = [T.total, T.overseasTravel, T.vehicleTotal, T.vehiclePurchase, T.vehicleOperation, T.officialReception];

/** One cell of a document as the comparison shows it. */
function figure(ctx: AuditContext | undefined, table: TableId, row: string, column: string): ComparedFigure {
  if (!ctx || !ctx.hasTable(table)) return { state: 'absent' };
  const { fact, known } = ctx.cell({ table, row, column });
  if (fact) return { state: 'printed', value: fact.value, unit: fact.unit, yuan: fact.yuan ?? null, source: fact.source };
  return known ? { state: 'blank' } : { state: 'unread' };
}

/** The 预算 and 决算 of one year that are set against each other: a pair of the same level, 部门 before 单位. */
function pairOf(documents: readonly DisclosureSummary[]): { budget?: DisclosureSummary; final?: DisclosureSummary } {
  for (const final of documents) {
    const budget = documents.find((d) => d.kind === budgetKindOf(final.kind));
    if (budget) return { budget, final };
  }
  return { budget: documents.find((d) => BUDGET_KINDS.includes(d.kind)), final: documents.find((d) => budgetKindOf(d.kind) !== undefined) };
}

export async function budgetFinal(repo: Repository, id: number): Promise<BudgetFinal | undefined> {
  const dep = await repo.db.selectFrom('departments').select(['id', 'name', 'region']).where('id', '=', id).executeTakeFirst();
  if (!dep) return undefined;
  // The department under any of its names (a party organ printed in full in one year, short in the next).
  const items = (await Promise.all((await repo.sameDepartmentIds(id)).map(async (departmentId) => (await repo.list({ departmentId }, { page: 1, pageSize: 200 })).items))).flat();
  const byYear = new Map<number, DisclosureSummary[]>();
  for (const d of items) if (d.year !== null) byYear.set(d.year, [...(byYear.get(d.year) ?? []), d]);
  const years = [...byYear.keys()].sort((a, b) => a - b).map((year) => {
    const documents = byYear.get(year)!.sort((a, b) => Number(!BUDGET_KINDS.includes(a.kind)) - Number(!BUDGET_KINDS.includes(b.kind)) || a.id - b.id);
    return { year, documents, ...pairOf(documents) };
  });
  const contexts = new Map<number, AuditContext>();
  for (const { budget, final } of years) {
    for (const d of [budget, final]) {
      const detail = d && (await repo.get(d.id));
      if (detail) contexts.set(detail.id, createContext(Repository.toDisclosure(detail)));
    }
  }
  const ctxOf = (d: DisclosureSummary | undefined) => (d ? contexts.get(d.id) : undefined);
  const codes = new Set<string>();
  const names = new Map<string, string>();
  for (const { budget, final } of years) {
    for (const [ctx, table] of [[ctxOf(budget), CLASSES.budget.table], [ctxOf(final), CLASSES.final.table]] as const) {
      for (const row of ctx?.rowsRead(table) ?? []) {
        if (!/^\d{3}$/.test(row)) continue;
        codes.add(row);
        const printed = ctx!.printedName(table, row);
        if (printed && !names.has(row)) names.set(row, printed);
      }
    }
  }
  return {
    department: { id: Number(dep.id), name: dep.name, region: dep.region || null },
    years: years.map(({ year, documents, budget, final }) => ({
      year,
      documents: documents.map((d) => ({ id: d.id, kind: d.kind, fileName: d.fileName, errors: d.errors, warnings: d.warnings, status: d.status })),
      budgetId: budget?.id ?? null,
      finalId: final?.id ?? null,
    })),
    classes: {
      budget: CLASSES.budget,
      final: CLASSES.final,
      rows: [...codes].sort().map((code) => ({
        code,
        name: names.get(code) ?? codeName(CLASSES.final.table, code) ?? '',
        years: years.map(({ budget, final }) => ({
          budget: figure(ctxOf(budget), CLASSES.budget.table, code, CLASSES.budget.column),
          final: figure(ctxOf(final), CLASSES.final.table, code, CLASSES.final.column),
        })),
      })),
    },
    threePublic: {
      ...THREE_PUBLIC,
      rows: THREE_PUBLIC_COLUMNS.map((column) => ({
        column,
        years: years.map(({ budget, final }) => ({
          budget: figure(ctxOf(budget), THREE_PUBLIC.budget.table, THREE_PUBLIC.budget.row, column),
          adjusted: figure(ctxOf(final), THREE_PUBLIC.adjusted.table, THREE_PUBLIC.adjusted.row, column),
          final: figure(ctxOf(final), THREE_PUBLIC.final.table, THREE_PUBLIC.final.row, column),
        })),
      })),
    },
    findings: await repo.crossDocumentFindings(id),
  };
}
