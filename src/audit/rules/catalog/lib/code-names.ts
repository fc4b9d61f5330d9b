// C-02: a code's printed name matches the catalog (whitespace removed); C-06: the 类 names on the expenditure
// side of 公开01/04 (and of a 预算's 收支总表) are the template's. Catalog years differ, so an unknown code is only noted and an older
// name (renamedFrom, a recorded alias) is an info. consistency-rules.md §5.
import { ECONOMIC_CODES } from '../../../../catalog/economic-codes.js';
import { FUNCTION_CODES } from '../../../../catalog/function-codes.js';
import type { Finding, Severity } from '../../../../model/finding.js';
import { tableSpec } from '../../../../catalog/kinds/index.js';
import type { TableId } from '../../../../model/table-id.js';
import type { AuditContext } from '../../../context.js';
import { defineRule, makeFinding, notEvaluable, type Rule, type RuleInfo } from '../../../engine.js';
import { tableName } from '../../../naming.js';

/** The document's tables whose rows are codes (公开02/03/05–08, the 预算's coded tables). */
export const codedTables = (ctx: AuditContext): TableId[] => ctx.disclosure.tables.map((t) => t.id).filter((id) => tableSpec(id).codes !== undefined);
/** The two-sided 总表, whose expenditure side names the 类 (公开01/04, the 预算's 收支总表). */
export const summaryTables = (ctx: AuditContext): TableId[] => ctx.disclosure.tables.map((t) => t.id).filter((id) => tableSpec(id).layout === 'two-sided');
const isEconomic = (table: TableId): boolean => tableSpec(table).codes === 'economic';

/** Whitespace removed, half-width brackets made full-width as the catalog writes them. */
export const normalise = (name: string): string => name.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

export interface CatalogEntry {
  name: string;
  /** Names the catalog records as earlier or variant forms of the same code. */
  older: string[];
}

export function catalogEntry(table: TableId, code: string): CatalogEntry | undefined {
  if (isEconomic(table)) {
    const e = ECONOMIC_CODES.get(code);
    return e && { name: e.name, older: e.aliases };
  }
  const f = FUNCTION_CODES.get(code);
  return f && { name: f.name, older: f.renamedFrom ? [f.renamedFrom] : [] };
}

export interface PrintedCode {
  code: string;
  name: string;
  tables: TableId[];
  finding: Omit<Finding, 'rule' | 'family' | 'severity' | 'message'>;
}

/** Each (code, printed name) once, with every table that prints it. */
export function printedCodes(ctx: AuditContext, tables: readonly TableId[], accept: (code: string) => boolean): PrintedCode[] {
  const byKey = new Map<string, PrintedCode>();
  for (const table of tables) {
    for (const c of ctx.tableInfo(table)?.codes ?? []) {
      const name = normalise(c.name);
      if (!name || !accept(c.code)) continue;
      const key = `${isEconomic(table) ? 'e' : 'f'}|${c.code}|${name}`;
      const seen = byKey.get(key);
      if (seen) seen.tables.push(table);
      else byKey.set(key, { code: c.code, name, tables: [table], finding: { location: { table, row: c.code }, sources: [c.source] } });
    }
  }
  return [...byKey.values()];
}

export function compareNames(rule: RuleInfo, printed: PrintedCode): Finding | undefined {
  const where = printed.tables.map((t) => `《${tableName(t)}》`).join('、');
  const entry = catalogEntry(printed.tables[0] ?? 'T02', printed.code);
  const say = (severity: Severity, message: string): Finding => makeFinding(rule, { ...printed.finding, severity, message });
  if (!entry) return say('info', `${where} 的科目 ${printed.code} ${printed.name} 不在内置科目目录中，未核对名称`);
  if (normalise(entry.name) === printed.name) return undefined;
  if (entry.older.map(normalise).includes(printed.name)) {
    return say('info', `${where} 的科目 ${printed.code} 名称为“${printed.name}”，是旧名称或别名；现行科目目录为“${entry.name}”`);
  }
  return say(rule.severity, `${where} 的科目 ${printed.code} 名称为“${printed.name}”，科目目录中该代码为“${entry.name}”`);
}

export function nameRule(info: RuleInfo, tables: (ctx: AuditContext) => TableId[], accept: (code: string) => boolean, nothing: string): Rule {
  return defineRule(info, (ctx, rule) => {
    const printed = printedCodes(ctx, tables(ctx), accept);
    if (!printed.length) return notEvaluable(nothing);
    return { checks: printed.length, findings: printed.flatMap((p) => compareNames(rule, p) ?? []) };
  });
}
