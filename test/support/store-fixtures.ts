// Analysed documents for the store and server tests: the mini fixture through the real pipeline, and copies of it
// for other departments, years, facts and error counts (with unique bytes, so that each is its own file).
import { audit } from '../../src/audit/index.js';
import { extractDisclosure } from '../../src/extract/index.js';
import { toYuan } from '../../src/model/decimal.js';
import type { Fact } from '../../src/model/fact.js';
import type { TableId } from '../../src/model/table-id.js';
import { readBytes } from '../../src/read/index.js';
import type { Analysis } from '../../src/model/analysis.js';
import { MINI_DISCLOSURE, MINI_DISCLOSURE_PATH } from './mini-disclosure.js';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/store/schema.js';

export const MINI_BYTES = new TextEncoder().encode(MINI_DISCLOSURE);

/** Empties the store, numbering from 1 again: every table hangs off files and departments, but the dashboard's log. */
export async function emptyStore(db: Kysely<Database>): Promise<void> {
  await sql`truncate files, departments, dashboard_changes, dashboard_regions restart identity cascade`.execute(db);
}

export async function analyse(name: string, bytes: Uint8Array): Promise<Analysis> {
  const disclosure = extractDisclosure(await readBytes(name, bytes));
  return { disclosure, ...audit(disclosure) };
}

export const MINI = await analyse(MINI_DISCLOSURE_PATH, MINI_BYTES);

export interface Variant {
  department?: string;
  region?: string;
  year?: number;
  kind?: '部门决算' | '单位决算';
  errors?: number;
  facts?: Pick<Fact, 'table' | 'row' | 'column' | 'value' | 'unit'>[];
  /** Numbers of one table the reader left unread: the table is then partial and the audit incomplete. */
  unread?: { table: TableId; texts: string[] };
}

/** A copy of the mini analysis for another department/year (and optionally other facts), with unique bytes. */
export function variant(v: Variant): { file: { name: string; bytes: Uint8Array }; analysis: Analysis } {
  const department = v.department ?? '测试县示例局';
  const year = v.year ?? 2024;
  const facts: Fact[] = v.facts
    ? v.facts.map((f, i) => {
        const yuan = toYuan(f.value, f.unit);
        return { ...f, ...(yuan === undefined ? {} : { yuan }), source: { line: i + 1, column: 3 } };
      })
    : MINI.disclosure.facts;
  const region = v.region ?? '测试县';
  const document = { ...MINI.disclosure.document, department, region, year, kind: v.kind ?? '部门决算', file: `${department}-${year}.txt` } as const;
  const errors = v.errors ?? 0;
  const unread = v.unread;
  const tables = MINI.disclosure.tables.map((t) =>
    t.id === unread?.table
      ? { ...t, reading: { ...t.reading, status: 'partial' as const, numbers: t.reading.numbers + unread.texts.length, unread: unread.texts.map((text, i) => ({ text, source: { line: 900 + i } })) } }
      : t,
  );
  const reading = unread ? { complete: false, incompleteTables: [unread.table], unreadNumbers: unread.texts.length } : MINI.summary.reading;
  const findings = Array.from({ length: errors }, (_, i) => ({
    rule: 'T03.row-sum',
    family: 'arithmetic' as const,
    severity: 'error' as const,
    message: `支出决算表第${i + 1}行合计不符`,
    location: { table: 'T03' as const, row: '21015', column: '本年支出合计' },
    expected: '106.97',
    actual: '106.98',
    difference: '0.01',
    tolerance: '0.005',
    sources: [{ line: 10 + i, column: 3 }],
  }));
  return {
    file: { name: document.file, bytes: new TextEncoder().encode(`${MINI_DISCLOSURE}\n${department}|${region}|${year}|${JSON.stringify(v.facts ?? null)}|${JSON.stringify(unread ?? null)}`) },
    analysis: {
      disclosure: { ...MINI.disclosure, document, tables, facts },
      findings,
      summary: { ...MINI.summary, errors, warnings: 0, infos: 0, reading },
    },
  };
}
