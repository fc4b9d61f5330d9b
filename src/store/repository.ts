// The operations the API needs, over either driver: import an analysed document (idempotent by the file's
// SHA-256, also under concurrent imports), list and filter, read one disclosure back whole, aggregate facts with
// exact NUMERIC sums, search, and re-audit stored files when the rules change. Money is never a JS number here:
// NUMERIC goes in and comes out as decimal strings.
import { createHash } from 'node:crypto';
import { sql, type Kysely, type RawBuilder, type Selectable, type Transaction } from 'kysely';
import type { Analysis } from '../model/analysis.js';
import type { Claim } from '../model/claim.js';
import { departmentKey } from '../model/department.js';
import type { Disclosure, DocumentInfo, DocumentKind, TableInfo } from '../model/disclosure.js';
import type { Fact } from '../model/fact.js';
import type { AuditSummary, Finding, Location, RuleFamily, Severity } from '../model/finding.js';
import type { Section } from '../model/narrative.js';
import type { PerformanceEvaluation } from '../model/performance.js';
import type { TableReading } from '../model/reading.js';
import type { Source } from '../model/source.js';
import type { TableId } from '../model/table-id.js';
import {
  type AggregateRow,
  auditStatusOf,
  type AuditStatus,
  type CompareRow,
  type DepartmentSummary,
  type DisclosureSummary,
  type GroupKey,
  type ImportResult,
  type Review,
  type ReviewedFinding,
  type SearchResult,
  type StoreStats,
} from './records.js';
import { findingKeys } from './finding-key.js';
import { keyFigures } from './key-figures.js';
import { searchGrams } from './search-grams.js';
import { searchText } from './search-text.js';
import type { Database, FindingsTable } from './schema.js';

export * from './records.js';

export interface FileInput {
  /** The file name as uploaded (kept for downloads and messages). */
  name: string;
  bytes: Uint8Array;
}

/** A file already in the store (see storeFile), by its content hash. */
export interface StoredFileRef {
  sha256: string;
}

export interface ListFilter {
  region?: string | undefined;
  /** Part of the department name. */
  department?: string | undefined;
  departmentId?: number | undefined;
  year?: number | undefined;
  kind?: string | undefined;
  hasErrors?: boolean | undefined;
  /** 'current' (default): only the current version of each department, year and kind; 'all': every version. */
  versions?: 'current' | 'all' | undefined;
  /** By audit result: with errors; no errors but numbers left unread; fully read with warnings; fully read with neither. */
  status?: AuditStatus | undefined;
  /** Only disclosures where this rule found an error or a warning. */
  failedRule?: string | undefined;
  /** Only disclosures that lack this standard table. */
  missingTable?: string | undefined;
  /** Only disclosures whose narrative states no figure on this topic (a claim topic). */
  missingTopic?: string | undefined;
}

export interface Paging {
  /** 1-based. */
  page: number;
  pageSize: number;
}


export interface DisclosureDetail extends DisclosureSummary {
  document: DocumentInfo;
  tableInfo: TableInfo[];
  facts: Fact[];
  findings: Finding[];
  summary: AuditSummary;
  sections: Section[];
  claims: Claim[];
  performance: PerformanceEvaluation[];
  /** The Disclosure's other parts (departmentMentions …), stored as they came. */
  other: OtherParts;
}

/** The parts of a Disclosure that have no table or column of their own. */
export type OtherParts = Omit<Disclosure, 'document' | 'tables' | 'facts' | 'sections' | 'claims' | 'performance'>;

export interface StoredFile {
  sha256: string;
  name: string;
  mediaType: string;
  size: number;
  bytes: Uint8Array;
}


export interface FactSelector {
  table?: string | undefined;
  row?: string | undefined;
  column?: string | undefined;
}

export interface AggregateQuery extends FactSelector {
  groupBy: readonly GroupKey[];
  filter?: ListFilter | undefined;
}


export interface FactRow extends Fact {
  disclosureId: number;
  department: string | null;
  region: string | null;
  year: number | null;
}


/** How many candidates of a text search are read in full to confirm the match (see Repository.search). */
export const SEARCH_WINDOW = 200;






export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The media type of stored bytes, from their content (and the name for ZIP/OLE containers). */
export function sniffMediaType(bytes: Uint8Array, name: string): string {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'application/pdf';
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    if (ext === 'docx') return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (ext === 'xlsx') return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return 'application/zip';
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return ext === 'xls' ? 'application/vnd.ms-excel' : ext === 'doc' ? 'application/msword' : 'application/x-ole-storage';
  if (ext === 'html' || ext === 'htm') return 'text/html';
  if (ext === 'md') return 'text/markdown';
  return 'text/plain';
}

/** A files row read with its bytes as base64: both drivers move that far faster than bytea (PGlite converts bytea byte by byte). */
function storedFile(row: { sha256: string; name: string; media_type: string; size: number; base64: string }): StoredFile {
  const bytes = Buffer.from(row.base64, 'base64');
  return { sha256: row.sha256, name: row.name, mediaType: row.media_type, size: toNumber(row.size), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
}

const fileRow = (file: FileInput, sha256: string) => ({
  sha256,
  size: file.bytes.length,
  media_type: sniffMediaType(file.bytes, file.name),
  name: file.name,
  bytes: sql<Uint8Array>`decode(${Buffer.from(file.bytes).toString('base64')}, 'base64')`,
});

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, '\\$&');
const toNumber = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString());
const json = (v: unknown): string => JSON.stringify(v);
/** Disclosures stored before read status was recorded knew only whether a table was empty. */
const legacyReading = (empty: boolean): TableReading => ({ status: empty ? 'empty' : 'complete', numbers: 0, facts: 0, nonFacts: 0, unread: [] });

/** The WHERE condition of a list filter over `disclosures d left join departments dep`. */
function filterSql(filter: ListFilter = {}): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  if (filter.region !== undefined) parts.push(sql`dep.region like ${`%${escapeLike(filter.region)}%`}`);
  if (filter.department !== undefined) parts.push(sql`dep.name like ${`%${escapeLike(filter.department)}%`}`);
  if (filter.departmentId !== undefined) parts.push(sql`d.department_id = ${filter.departmentId}`);
  if (filter.year !== undefined) parts.push(sql`d.year = ${filter.year}`);
  if (filter.kind !== undefined) parts.push(sql`d.kind = ${filter.kind}`);
  if (filter.hasErrors !== undefined) parts.push(filter.hasErrors ? sql`d.errors > 0` : sql`d.errors = 0`);
  if (filter.versions !== 'all') parts.push(sql`d.superseded_by is null`);
  if (filter.status === 'errors') parts.push(sql`d.errors > 0`);
  if (filter.status === 'incomplete') parts.push(sql`d.errors = 0 and cardinality(d.incomplete_tables) > 0`);
  if (filter.status === 'warnings') parts.push(sql`d.errors = 0 and cardinality(d.incomplete_tables) = 0 and d.warnings > 0`);
  if (filter.status === 'clean') parts.push(sql`d.errors = 0 and d.warnings = 0 and cardinality(d.incomplete_tables) = 0`);
  if (filter.failedRule !== undefined) parts.push(sql`${filter.failedRule} = any(d.failed_rules)`);
  if (filter.missingTable !== undefined) parts.push(sql`not (d.tables ? ${filter.missingTable})`);
  if (filter.missingTopic !== undefined) parts.push(sql`not (${filter.missingTopic} = any(d.topics))`);
  return sql<boolean>`(${sql.join(parts, sql` and `)})`;
}

function selectorSql(selector: FactSelector): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  if (selector.table !== undefined) parts.push(sql`f.table_id = ${selector.table}`);
  if (selector.row !== undefined) parts.push(sql`f.row = ${selector.row}`);
  if (selector.column !== undefined) parts.push(sql`f.column_name = ${selector.column}`);
  return sql<boolean>`(${sql.join(parts, sql` and `)})`;
}

/** The columns of a DisclosureSummary, over `disclosures d join files fl left join departments dep`. */
const SUMMARY_COLUMNS = sql`d.id, d.file_sha256, fl.name as file_name, fl.size as file_size, fl.media_type, dep.name as department,
  nullif(dep.region, '') as region, d.year, d.kind, d.unit, d.tables, d.errors, d.warnings, d.infos, d.rules_version, d.audited_at, d.imported_at, d.superseded_by,
  d.incomplete_tables, d.unread_numbers`;
const SUMMARY_FROM = sql`disclosures d join files fl on fl.sha256 = d.file_sha256 left join departments dep on dep.id = d.department_id`;

interface SummaryRecord {
  id: number;
  file_sha256: string;
  file_name: string;
  file_size: number;
  media_type: string;
  department: string | null;
  region: string | null;
  year: number | null;
  kind: string;
  unit: string | null;
  tables: string[];
  errors: number;
  warnings: number;
  infos: number;
  rules_version: string;
  audited_at: Date;
  imported_at: Date;
  superseded_by: number | null;
  incomplete_tables: string[];
  unread_numbers: number;
}

function toSummary(r: SummaryRecord): DisclosureSummary {
  const counts = { errors: toNumber(r.errors), warnings: toNumber(r.warnings) };
  const reading = { complete: r.incomplete_tables.length === 0, incompleteTables: r.incomplete_tables as TableId[], unreadNumbers: toNumber(r.unread_numbers) };
    return {
    id: toNumber(r.id),
    sha256: r.file_sha256,
    fileName: r.file_name,
    fileSize: toNumber(r.file_size),
    mediaType: r.media_type,
    department: r.department,
    region: r.region,
    year: r.year === null ? null : toNumber(r.year),
    kind: r.kind as DocumentKind,
    unit: r.unit,
    tables: r.tables,
    ...counts,
    infos: toNumber(r.infos),
    rulesVersion: r.rules_version,
    auditedAt: iso(r.audited_at),
    importedAt: iso(r.imported_at),
    supersededBy: r.superseded_by === null ? null : toNumber(r.superseded_by),
    status: auditStatusOf({ ...counts, reading }),
    reading,
  };
}

/** Column types of the child tables, for jsonb_to_recordset (the disclosure_id is added separately). */
const TABLE_COLUMNS = { ordinal: 'integer', table_id: 'text', title: 'text', label: 'text', unit: 'text', empty: 'boolean', note: 'text', source: 'jsonb', codes: 'jsonb', reading: 'jsonb' };
const FACT_COLUMNS = {
  ordinal: 'integer',
  table_id: 'text',
  row: 'text',
  column_name: 'text',
  value: 'numeric',
  printed: 'text',
  unit: 'text',
  yuan: 'numeric',
  source: 'jsonb',
  confidence: 'real',
};
const FIGURE_COLUMNS = { key: 'text', period: 'text', printed: 'text', value: 'numeric', unit: 'text', yuan: 'numeric', origin: 'text', source: 'jsonb' };
const FINDING_COLUMNS = {
  ordinal: 'integer',
  rule: 'text',
  family: 'text',
  severity: 'text',
  message: 'text',
  location: 'jsonb',
  expected: 'text',
  actual: 'text',
  difference: 'text',
  tolerance: 'text',
  sources: 'jsonb',
  also_reported_by: 'jsonb',
  related: 'jsonb',
};

/** A finding as a row of `findings`. */
const findingRow = (f: Finding, ordinal: number) => ({
  ordinal,
  rule: f.rule,
  family: f.family,
  severity: f.severity,
  message: f.message,
  location: f.location,
  expected: f.expected ?? null,
  actual: f.actual ?? null,
  difference: f.difference ?? null,
  tolerance: f.tolerance ?? null,
  sources: f.sources,
  also_reported_by: f.alsoReportedBy ?? null,
  related: f.related ?? null,
});

/** A row of `findings` as a Finding. */
const toFinding = (f: Selectable<FindingsTable>): Finding => ({
  rule: f.rule,
  family: f.family as RuleFamily,
  severity: f.severity as Severity,
  message: f.message,
  location: f.location as Location,
  ...(f.expected !== null ? { expected: f.expected } : {}),
  ...(f.actual !== null ? { actual: f.actual } : {}),
  ...(f.difference !== null ? { difference: f.difference } : {}),
  ...(f.tolerance !== null ? { tolerance: f.tolerance } : {}),
  sources: f.sources as Source[],
  ...(f.also_reported_by !== null ? { alsoReportedBy: f.also_reported_by as string[] } : {}),
  ...(f.related !== null ? { related: f.related as NonNullable<Finding['related']> } : {}),
});

/** The family of the rules across documents, whose findings are replaced whenever a related document changes. */
const CROSS_DOCUMENT: RuleFamily = 'cross-document';

/**
 * Inserts the rows of one disclosure's child table as a single JSON parameter unpacked by jsonb_to_recordset:
 * one round trip and one parameter instead of thousands (much faster on PGlite, and no parameter limit).
 * Decimals travel as JSON strings and are parsed by NUMERIC's own input function: exact.
 */
async function insertRows(
  trx: Transaction<Database>,
  table: 'disclosure_tables' | 'facts' | 'findings' | 'disclosure_figures',
  disclosureId: number,
  columns: Record<string, string>,
  rows: object[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const definition = sql.raw(names.map((n) => `"${n}" ${columns[n]}`).join(', '));
  await sql`insert into ${sql.table(table)} (disclosure_id, ${sql.join(names.map((n) => sql.ref(n)))})
    select ${disclosureId}, ${sql.join(names.map((n) => sql.ref(`x.${n}`)))} from jsonb_to_recordset(${json(rows)}::jsonb) as x(${definition})`.execute(trx);
}

/** What a result across documents was worked out from (Repository.replaceCrossDocument). */
export interface CrossDocumentBasis {
  relatedIds: readonly number[];
  auditedAt: string;
}

/** What makes disclosures versions of one another: the same department, year and kind. */
export interface VersionKey {
  department_id: number | null;
  year: number | null;
  kind: string;
}

/**
 * Makes the latest upload of a department, year and kind current and points the others at it. Returns the ids
 * that were current before and are superseded now. Disclosures without a department or year have no versions.
 * Two writers of the same department serialise on the department row, which #departmentId's upsert (or
 * #lockDepartmentsOf) locks.
 *
 * Lock order: a transaction locks department rows before disclosure rows. Imports of one department's versions
 * settle the same disclosure rows that the checks across documents of the one before rewrite; in the other order
 * the two deadlock (queue workers storing one department's files at once: ingest.test.ts).
 */
async function settleVersions(trx: Transaction<Database>, key: VersionKey): Promise<number[]> {
  if (key.department_id === null || key.year === null) return [];
  const same = sql`department_id = ${key.department_id} and year = ${key.year} and kind = ${key.kind}`;
  const { rows } = await sql<{ id: number }>`
    with before as (select id from disclosures where ${same} and superseded_by is null),
    latest as (select max(id) as id from disclosures where ${same}),
    changed as (
      update disclosures d set superseded_by = nullif(l.id, d.id) from latest l
      where d.department_id = ${key.department_id} and d.year = ${key.year} and d.kind = ${key.kind}
        and d.superseded_by is distinct from nullif(l.id, d.id)
      returning d.id, d.superseded_by)
    select c.id from changed c join before b on b.id = c.id where c.superseded_by is not null order by c.id`.execute(trx);
  return rows.map((r) => toNumber(r.id));
}

export class Repository {
  /**
   * `room` (the embedded store on disk: disk-space.ts) is asked before each write that grows the database, with
   * the bytes of input it stores, and throws when they might not fit.
   */
  constructor(
    readonly db: Kysely<Database>,
    private readonly room: (bytes: number) => Promise<void> = async () => {},
  ) {}

  /** The id of the disclosure stored from these bytes (its first file or one of its parts), if any. */
  async idBySha256(sha256: string): Promise<number | undefined> {
    const row = await this.db.selectFrom('disclosures').select('id').where('file_sha256', '=', sha256).executeTakeFirst();
    if (row) return toNumber(row.id);
    const part = await this.db.selectFrom('disclosure_parts').select('disclosure_id').where('file_sha256', '=', sha256).executeTakeFirst();
    return part ? toNumber(part.disclosure_id) : undefined;
  }

  /**
   * The current disclosures of the department (under any of its names: model/department.ts), year and kind of
   * `document`, as stored, with how many parts each has beyond its first file: where a file holding another part
   * of the same package belongs.
   */
  async currentOfSeries(document: DocumentInfo): Promise<{ id: number; disclosure: Disclosure; parts: number }[]> {
    if (!document.department || document.year === undefined) return [];
    const { rows } = await sql<{ id: number; name: string; parts: number | string }>`
      select d.id, dep.name, (select count(*) from disclosure_parts p where p.disclosure_id = d.id) as parts
      from disclosures d join departments dep on dep.id = d.department_id
      where d.superseded_by is null and d.year = ${document.year} and d.kind = ${document.kind} and dep.region = ${document.region ?? ''}
      order by d.id`.execute(this.db);
    const key = departmentKey(document.department);
    const found = [];
    for (const row of rows.filter((r) => departmentKey(r.name) === key)) {
      const detail = await this.get(toNumber(row.id));
      if (detail) found.push({ id: detail.id, disclosure: Repository.toDisclosure(detail), parts: toNumber(row.parts) });
    }
    return found;
  }

  /**
   * Adds a file to a disclosure as its next part, with the analysis of all its files together (the pipeline
   * combines them). Undefined, with nothing written, when the disclosure changed since the caller read it (no
   * longer current, deleted, or given another part: it had not `parts` parts): the caller decides again.
   */
  async addPart(id: number, file: FileInput | StoredFileRef, analysis: Analysis, rulesVersion: string, parts: number): Promise<ImportResult | undefined> {
    const sha256 = 'bytes' in file ? sha256Hex(file.bytes) : file.sha256;
    await this.room('bytes' in file ? file.bytes.length : 0);
    return this.db.transaction().execute(async (trx) => {
      const departmentId = await this.#departmentId(trx, analysis.disclosure.document);
      await this.#lockDepartmentsOf(trx, [id]);
      const row = await trx.selectFrom('disclosures').select('superseded_by').where('id', '=', id).forUpdate().executeTakeFirst();
      if (!row || row.superseded_by !== null) return undefined;
      const count = await trx.selectFrom('disclosure_parts').select((eb) => eb.fn.countAll().as('n')).where('disclosure_id', '=', id).executeTakeFirstOrThrow();
      if (toNumber(count.n as number | string) !== parts) return undefined;
      if ('bytes' in file) {
        await trx.insertInto('files').values(fileRow(file, sha256)).onConflict((oc) => oc.column('sha256').doNothing()).execute();
      }
      const inserted = await trx
        .insertInto('disclosure_parts')
        .values({ file_sha256: sha256, disclosure_id: id, ordinal: parts + 1 })
        .onConflict((oc) => oc.column('file_sha256').doNothing())
        .returning('disclosure_id')
        .executeTakeFirst();
      // the same bytes added by another import meanwhile
      if (!inserted) return undefined;
      const superseded = await this.#replace(trx, id, analysis, rulesVersion, departmentId);
      return { id, sha256, created: true, superseded: superseded.filter((x) => x !== id), joined: true };
    });
  }

  /**
   * Stores a file and its analysis. Importing the same bytes again changes nothing and returns the same id, also
   * when several imports of the same bytes run at once (the unique file hash decides; the losers read the winner).
   * A file already stored (storeFile) is named by its hash alone.
   */
  async importAnalysis(file: FileInput | StoredFileRef, analysis: Analysis, rulesVersion: string): Promise<ImportResult> {
    const sha256 = 'bytes' in file ? sha256Hex(file.bytes) : file.sha256;
    const existing = await this.idBySha256(sha256);
    if (existing !== undefined) return { id: existing, sha256, created: false, superseded: [] };
    await this.room('bytes' in file ? file.bytes.length : 0);
    return this.db.transaction().execute(async (trx) => {
      if ('bytes' in file) {
        await trx.insertInto('files').values(fileRow(file, sha256)).onConflict((oc) => oc.column('sha256').doNothing()).execute();
      }
      const departmentId = await this.#departmentId(trx, analysis.disclosure.document);
      const inserted = await trx
        .insertInto('disclosures')
        .values({ file_sha256: sha256, ...this.#disclosureColumns(analysis, rulesVersion, departmentId) })
        .onConflict((oc) => oc.column('file_sha256').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) {
        const row = await trx.selectFrom('disclosures').select('id').where('file_sha256', '=', sha256).executeTakeFirstOrThrow();
        return { id: toNumber(row.id), sha256, created: false, superseded: [] };
      }
      const id = toNumber(inserted.id);
      await this.#insertChildren(trx, id, analysis);
      const superseded = await settleVersions(trx, { department_id: departmentId, year: analysis.disclosure.document.year ?? null, kind: analysis.disclosure.document.kind });
      return { id, sha256, created: true, superseded: superseded.filter((x) => x !== id) };
    });
  }

  /**
   * Makes disclosure `partId`, stored alone from one file, a part of `hostId`, with the analysis of all their files
   * together: two parts of one package stored at once, neither seeing the other. The ids the host's series
   * superseded; undefined, with nothing written, when either changed meanwhile (one is gone, or `partId` has parts).
   */
  async foldInto(hostId: number, partId: number, analysis: Analysis, rulesVersion: string): Promise<number[] | undefined> {
    await this.room(0);
    return this.db.transaction().execute(async (trx) => {
      const departmentId = await this.#departmentId(trx, analysis.disclosure.document);
      await this.#lockDepartmentsOf(trx, [hostId, partId]);
      const rows = await trx.selectFrom('disclosures').select(['id', 'file_sha256']).where('id', 'in', [hostId, partId]).orderBy('id').forUpdate().execute();
      const part = rows.find((r) => toNumber(r.id) === partId);
      if (rows.length !== 2 || !part) return undefined;
      const count = async (id: number) =>
        toNumber((await trx.selectFrom('disclosure_parts').select((eb) => eb.fn.countAll().as('n')).where('disclosure_id', '=', id).executeTakeFirstOrThrow()).n as number | string);
      if ((await count(partId)) > 0) return undefined;
      const ordinal = (await count(hostId)) + 1;
      const gone = await trx.deleteFrom('disclosures').where('id', '=', partId).returning(['department_id', 'year', 'kind']).executeTakeFirstOrThrow();
      await trx.insertInto('disclosure_parts').values({ file_sha256: part.file_sha256, disclosure_id: hostId, ordinal }).execute();
      // the part's own series (its department may be printed under another name) loses a member
      await settleVersions(trx, gone);
      return (await this.#replace(trx, hostId, analysis, rulesVersion, departmentId)).filter((x) => x !== hostId);
    });
  }

  /** Replaces what is stored about a disclosure with a new analysis of its file (same id, same file). */
  async replaceAnalysis(id: number, analysis: Analysis, rulesVersion: string): Promise<void> {
    await this.room(0);
    await this.db.transaction().execute(async (trx) => {
      const departmentId = await this.#departmentId(trx, analysis.disclosure.document);
      await this.#lockDepartmentsOf(trx, [id]);
      await this.#replace(trx, id, analysis, rulesVersion, departmentId);
    });
  }

  /**
   * replaceAnalysis inside a transaction that holds the department rows (`departmentId`, the analysis's, and the
   * disclosure's as stored); returns the ids the disclosure's (new) series superseded.
   */
  async #replace(trx: Transaction<Database>, id: number, analysis: Analysis, rulesVersion: string, departmentId: number | null): Promise<number[]> {
    const before = await trx.selectFrom('disclosures').select(['department_id', 'year', 'kind']).where('id', '=', id).executeTakeFirst();
    const updated = await trx
      .updateTable('disclosures')
      .set(this.#disclosureColumns(analysis, rulesVersion, departmentId))
      .where('id', '=', id)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw new Error(`没有编号为 ${id} 的决算`);
    for (const table of ['facts', 'findings', 'disclosure_tables', 'disclosure_contents', 'disclosure_figures'] as const) {
      await trx.deleteFrom(table).where('disclosure_id', '=', id).execute();
    }
    await this.#insertChildren(trx, id, analysis);
    // The file may now be read as another department, year or kind: both its old and new series are settled.
    await trx.updateTable('disclosures').set({ superseded_by: null }).where('id', '=', id).execute();
    if (before) await settleVersions(trx, before);
    return settleVersions(trx, { department_id: departmentId, year: analysis.disclosure.document.year ?? null, kind: analysis.disclosure.document.kind });
  }

  /** Locks the rows of the departments these disclosures are stored under, in id order (see settleVersions). */
  async #lockDepartmentsOf(trx: Transaction<Database>, disclosureIds: readonly number[]): Promise<void> {
    const rows = await trx.selectFrom('disclosures').select('department_id').where('id', 'in', disclosureIds).where('department_id', 'is not', null).execute();
    const ids = [...new Set(rows.map((r) => toNumber(r.department_id!)))];
    if (ids.length) await trx.selectFrom('departments').select('id').where('id', 'in', ids).orderBy('id').forUpdate().execute();
  }

  async #departmentId(trx: Transaction<Database>, document: DocumentInfo): Promise<number | null> {
    if (!document.department) return null;
    const row = await trx
      .insertInto('departments')
      .values({ name: document.department, region: document.region ?? '' })
      .onConflict((oc) => oc.columns(['name', 'region']).doUpdateSet({ name: (eb) => eb.ref('excluded.name') }))
      .returning('id')
      .executeTakeFirstOrThrow();
    return toNumber(row.id);
  }

  #disclosureColumns(analysis: Analysis, rulesVersion: string, departmentId: number | null) {
    const { disclosure, summary } = analysis;
    const { document } = disclosure;
    const text = searchText(disclosure);
    return {
      department_id: departmentId,
      year: document.year ?? null,
      kind: document.kind,
      unit: document.unit ?? null,
      tables: json(document.tables),
      rules_version: rulesVersion,
      audited_at: new Date(),
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
      summary: json(summary),
      own_summary: null,
      search_text: text,
      search_grams: sql<string[]>`${searchGrams(text)}::text[]`,
      incomplete_tables: sql<string[]>`${[...summary.reading.incompleteTables]}::text[]`,
      unread_numbers: summary.reading.unreadNumbers,
      failed_rules: sql<string[]>`${[...new Set(analysis.findings.filter((f) => f.severity !== 'info').map((f) => f.rule))].sort()}::text[]`,
      topics: sql<string[]>`${[...new Set(disclosure.claims.map((c) => c.topic))].sort()}::text[]`,
    };
  }

  async #insertChildren(trx: Transaction<Database>, id: number, { disclosure, findings }: Analysis): Promise<void> {
    const { document, tables: _tables, facts: _facts, sections, claims, performance, ...other } = disclosure;
    await trx
      .insertInto('disclosure_contents')
      .values({
        disclosure_id: id,
        document: json(document),
        sections: json(sections),
        claims: json(claims),
        performance: json(performance),
        other: json(other),
      })
      .execute();
    await insertRows(
      trx,
      'disclosure_tables',
      id,
      TABLE_COLUMNS,
      disclosure.tables.map((t, ordinal) => ({
        ordinal,
        table_id: t.id,
        title: t.title,
        label: t.label ?? null,
        unit: t.unit ?? null,
        empty: t.reading.status === 'empty',
        note: t.note ?? null,
        source: t.source,
        codes: t.codes,
        reading: t.reading,
      })),
    );
    await insertRows(
      trx,
      'facts',
      id,
      FACT_COLUMNS,
      disclosure.facts.map((f, ordinal) => ({
        ordinal,
        table_id: f.table,
        row: f.row,
        column_name: f.column,
        value: f.value,
        printed: f.value,
        unit: f.unit,
        yuan: f.yuan ?? null,
        source: f.source,
        confidence: f.confidence ?? null,
      })),
    );
    await insertRows(
      trx,
      'disclosure_figures',
      id,
      FIGURE_COLUMNS,
      keyFigures(disclosure).map((f) => ({ ...f, value: f.printed })),
    );
    await insertRows(
      trx,
      'findings',
      id,
      FINDING_COLUMNS,
      findings.map(findingRow),
    );
  }

  /** One page of disclosures matching the filter (newest year first, then department), and the total. */
  async list(filter: ListFilter = {}, paging: Paging = { page: 1, pageSize: 20 }): Promise<{ items: DisclosureSummary[]; total: number }> {
    const where = filterSql(filter);
    const offset = (paging.page - 1) * paging.pageSize;
    const [rows, count] = await Promise.all([
      // The page's ids first, from the listing index alone; the wide rows only for them (30 ms instead of 250 on
      // 100,000 disclosures, where the newest year alone has 10,000).
      sql<SummaryRecord>`with page as (
          select d.id from disclosures d left join departments dep on dep.id = d.department_id where ${where}
          order by d.year desc nulls last, dep.name nulls last, d.id limit ${paging.pageSize} offset ${offset})
        select ${SUMMARY_COLUMNS} from page p join disclosures d on d.id = p.id join files fl on fl.sha256 = d.file_sha256
          left join departments dep on dep.id = d.department_id
        order by d.year desc nulls last, dep.name nulls last, d.id`.execute(this.db),
      sql<{ n: string | number }>`select count(*) as n from disclosures d left join departments dep on dep.id = d.department_id where ${where}`.execute(this.db),
    ]);
    return { items: rows.rows.map(toSummary), total: toNumber(count.rows[0]?.n ?? 0) };
  }

  async summary(id: number): Promise<DisclosureSummary | undefined> {
    const { rows } = await sql<SummaryRecord>`select ${SUMMARY_COLUMNS} from ${SUMMARY_FROM} where d.id = ${id}`.execute(this.db);
    return rows[0] ? toSummary(rows[0]) : undefined;
  }

  /** One disclosure with its tables, facts, findings, summary, narrative, claims and 绩效 evaluations. */
  async get(id: number): Promise<DisclosureDetail | undefined> {
    const head = await this.summary(id);
    if (!head) return undefined;
    const [contents, summary, tables, facts, findings] = await Promise.all([
      this.db.selectFrom('disclosure_contents').selectAll().where('disclosure_id', '=', id).executeTakeFirst(),
      this.db.selectFrom('disclosures').select('summary').where('id', '=', id).executeTakeFirstOrThrow(),
      this.db.selectFrom('disclosure_tables').selectAll().where('disclosure_id', '=', id).orderBy('ordinal').execute(),
      this.db.selectFrom('facts').selectAll().where('disclosure_id', '=', id).orderBy('ordinal').execute(),
      this.db.selectFrom('findings').selectAll().where('disclosure_id', '=', id).orderBy('ordinal').execute(),
    ]);
    return {
      ...head,
      document: contents?.document as DocumentInfo,
      tableInfo: tables.map((t) => ({
        id: t.table_id as TableId,
        title: t.title,
        ...(t.label !== null ? { label: t.label } : {}),
        ...(t.unit !== null ? { unit: t.unit } : {}),
        reading: (t.reading as TableReading | null) ?? legacyReading(t.empty),
        ...(t.note !== null ? { note: t.note } : {}),
        source: t.source as Source,
        codes: t.codes as TableInfo['codes'],
      })),
      facts: facts.map((f) => ({
        table: f.table_id as TableId,
        row: f.row,
        column: f.column_name,
        value: f.printed,
        unit: f.unit,
        ...(f.yuan !== null ? { yuan: f.yuan } : {}),
        source: f.source as Source,
        ...(f.confidence !== null ? { confidence: f.confidence } : {}),
      })),
      findings: findings.map(toFinding),
      summary: summary.summary as AuditSummary,
      sections: (contents?.sections ?? []) as Section[],
      claims: (contents?.claims ?? []) as Claim[],
      performance: (contents?.performance ?? []) as PerformanceEvaluation[],
      other: (contents?.other ?? {}) as OtherParts,
    };
  }

  /** The department and year of a disclosure, when both are known (documents without them have no related ones). */
  async placeOf(id: number): Promise<{ departmentId: number; year: number } | undefined> {
    const row = await this.db.selectFrom('disclosures').select(['department_id', 'year']).where('id', '=', id).executeTakeFirst();
    return row && row.department_id !== null && row.year !== null ? { departmentId: toNumber(row.department_id), year: toNumber(row.year) } : undefined;
  }

  /**
   * The disclosures a disclosure is checked against: the current ones of its department in its own year and the
   * year before, itself excluded.
   */
  async relatedIds(id: number): Promise<number[]> {
    return this.#relatedIds(this.db, id);
  }

  async #relatedIds(db: Kysely<Database>, id: number): Promise<number[]> {
    const me = await db.selectFrom('disclosures').select(['department_id', 'year']).where('id', '=', id).executeTakeFirst();
    if (!me || me.department_id === null || me.year === null) return [];
    const departments = await this.#sameDepartmentIds(db, toNumber(me.department_id));
    const year = toNumber(me.year);
    const rows = await db
      .selectFrom('disclosures')
      .select('id')
      .where('department_id', 'in', departments)
      .where('year', 'in', [year - 1, year])
      .where('superseded_by', 'is', null)
      .where('id', '<>', id)
      .orderBy('id')
      .execute();
    return rows.map((r) => toNumber(r.id));
  }

  /**
   * The department's rows under any of its names (model/department.ts: 中共江苏省委办公厅 is 中国共产党江苏省委员会办公厅)
   * in its region, itself first.
   */
  async sameDepartmentIds(departmentId: number): Promise<number[]> {
    return this.#sameDepartmentIds(this.db, departmentId);
  }

  async #sameDepartmentIds(db: Kysely<Database>, departmentId: number): Promise<number[]> {
    const dep = await db.selectFrom('departments').select(['name', 'region']).where('id', '=', departmentId).executeTakeFirst();
    if (!dep) return [];
    const key = departmentKey(dep.name);
    const rows = await db.selectFrom('departments').select(['id', 'name']).where('region', '=', dep.region).where('id', '<>', departmentId).orderBy('id').execute();
    return [departmentId, ...rows.filter((r) => departmentKey(r.name) === key).map((r) => toNumber(r.id))];
  }

  /** The time a disclosure was last analysed (ISO 8601), to tell whether a result worked out from it still applies. */
  async auditedAt(id: number): Promise<string | undefined> {
    const row = await this.db.selectFrom('disclosures').select('audited_at').where('id', '=', id).executeTakeFirst();
    return row ? iso(row.audited_at) : undefined;
  }

  /** The current disclosures (of every kind) of a department, under any of its names, in the given years, by id. */
  async currentIds(departmentId: number, years: readonly number[]): Promise<number[]> {
    if (years.length === 0) return [];
    const rows = await this.db
      .selectFrom('disclosures')
      .select('id')
      .where('department_id', 'in', await this.sameDepartmentIds(departmentId))
      .where('year', 'in', [...years])
      .where('superseded_by', 'is', null)
      .orderBy('id')
      .execute();
    return rows.map((r) => toNumber(r.id));
  }

  /** The summary of a disclosure as audited on its own, before any rule across documents added to it. */
  async ownSummary(id: number): Promise<AuditSummary | undefined> {
    const row = await this.db.selectFrom('disclosures').select(['summary', 'own_summary']).where('id', '=', id).executeTakeFirst();
    return row ? ((row.own_summary ?? row.summary) as AuditSummary) : undefined;
  }

  /**
   * Replaces a disclosure's findings across documents and its summary (its own summary with their outcome added),
   * in one transaction; the counts the lists filter on follow. They were worked out from `basis`: the related
   * disclosures and the time the disclosure itself was audited. When either changed meanwhile (another import of
   * the department ran at the same time), nothing is written and false is returned: the later change's own run
   * writes the result that counts. False too when the disclosure is gone.
   */
  async replaceCrossDocument(id: number, findings: readonly Finding[], summary: AuditSummary, basis: CrossDocumentBasis): Promise<boolean> {
    if (findings.some((f) => f.family !== CROSS_DOCUMENT)) throw new Error('只能替换跨文件核对的发现');
    return this.db.transaction().execute(async (trx) => {
      const stored = await trx.selectFrom('disclosures').select('department_id').where('id', '=', id).executeTakeFirst();
      if (!stored) return false;
      const departmentId = stored.department_id === null ? null : toNumber(stored.department_id);
      // Imports of the department wait on its rows (#departmentId's upsert): the related set cannot change under us.
      // They are locked before the disclosure's row (settleVersions: lock order).
      if (departmentId !== null) {
        const departments = await this.#sameDepartmentIds(trx, departmentId);
        await trx.selectFrom('departments').select('id').where('id', 'in', departments).orderBy('id').forUpdate().execute();
      }
      const row = await trx.selectFrom('disclosures').select(['summary', 'own_summary', 'audited_at', 'department_id']).where('id', '=', id).forUpdate().executeTakeFirst();
      if (!row || iso(row.audited_at) !== basis.auditedAt) return false;
      if ((row.department_id === null ? null : toNumber(row.department_id)) !== departmentId) return false;
      if (departmentId !== null) {
        const related = await this.#relatedIds(trx, id);
        if (related.join(',') !== [...basis.relatedIds].sort((a, b) => a - b).join(',')) return false;
      } else if (basis.relatedIds.length) return false;
      await trx.deleteFrom('findings').where('disclosure_id', '=', id).where('family', '=', CROSS_DOCUMENT).execute();
      const last = await trx.selectFrom('findings').select((eb) => eb.fn.max('ordinal').as('n')).where('disclosure_id', '=', id).executeTakeFirst();
      const next = last?.n === null || last?.n === undefined ? 0 : toNumber(last.n) + 1;
      await insertRows(trx, 'findings', id, FINDING_COLUMNS, findings.map((f, i) => findingRow(f, next + i)));
      await sql`update disclosures set summary = ${json(summary)}::jsonb, own_summary = ${json(row.own_summary ?? row.summary)}::jsonb,
          errors = ${summary.errors}, warnings = ${summary.warnings}, infos = ${summary.infos},
          failed_rules = array(select distinct rule from findings where disclosure_id = ${id} and severity <> 'info' order by 1)
        where id = ${id}`.execute(trx);
      return true;
    });
  }

  /** The findings across documents of a department's current disclosures (under any of its names), oldest year first. */
  async crossDocumentFindings(departmentId: number): Promise<(Finding & { disclosureId: number })[]> {
    const rows = await this.db
      .selectFrom('findings as f')
      .innerJoin('disclosures as d', 'd.id', 'f.disclosure_id')
      .selectAll('f')
      .where('d.department_id', 'in', await this.sameDepartmentIds(departmentId))
      .where('d.superseded_by', 'is', null)
      .where('f.family', '=', CROSS_DOCUMENT)
      .orderBy('d.year')
      .orderBy('d.id')
      .orderBy('f.ordinal')
      .execute();
    return rows.map((f) => ({ disclosureId: toNumber(f.disclosure_id), ...toFinding(f) }));
  }

  /** Every version of the disclosure's department, year and kind, oldest first (only itself when it has none). */
  async versions(id: number): Promise<DisclosureSummary[]> {
    const { rows } = await sql<SummaryRecord>`select ${SUMMARY_COLUMNS} from ${SUMMARY_FROM}
      join disclosures me on me.id = ${id}
      where d.id = me.id or (me.department_id is not null and me.year is not null
        and d.department_id = me.department_id and d.year = me.year and d.kind = me.kind)
      order by d.id`.execute(this.db);
    return rows.map(toSummary);
  }

  /** The reviewer's marks on a disclosure's findings, by finding key. */
  async reviews(disclosureId: number): Promise<Map<string, Review>> {
    const rows = await this.db.selectFrom('finding_reviews').selectAll().where('disclosure_id', '=', disclosureId).execute();
    return new Map(rows.map((r) => [r.finding_key, { status: r.status, comment: r.comment, reviewer: r.reviewer, reviewedAt: iso(r.reviewed_at) }]));
  }

  /** A disclosure's findings, each with its key and the reviewer's mark. */
  async reviewedFindings(detail: Pick<DisclosureDetail, 'id' | 'findings'>): Promise<ReviewedFinding[]> {
    const marks = await this.reviews(detail.id);
    const keys = findingKeys(detail.findings);
    return detail.findings.map((f, i) => ({ ...f, key: keys[i]!, review: marks.get(keys[i]!) ?? null }));
  }

  /** Marks a finding (replacing an earlier mark). The caller checks that the disclosure has a finding with this key. */
  async setReview(disclosureId: number, key: string, review: Omit<Review, 'reviewedAt'>): Promise<Review> {
    const row = await this.db
      .insertInto('finding_reviews')
      .values({ disclosure_id: disclosureId, finding_key: key, status: review.status, comment: review.comment, reviewer: review.reviewer, reviewed_at: new Date() })
      .onConflict((oc) =>
        oc.columns(['disclosure_id', 'finding_key']).doUpdateSet({ status: review.status, comment: review.comment, reviewer: review.reviewer, reviewed_at: new Date() }),
      )
      .returning(['status', 'comment', 'reviewer', 'reviewed_at'])
      .executeTakeFirstOrThrow();
    return { status: row.status, comment: row.comment, reviewer: row.reviewer, reviewedAt: iso(row.reviewed_at) };
  }

  /** Removes a finding's mark; false when there was none. */
  async clearReview(disclosureId: number, key: string): Promise<boolean> {
    const result = await this.db.deleteFrom('finding_reviews').where('disclosure_id', '=', disclosureId).where('finding_key', '=', key).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  /** The disclosure as the pipeline produced it (for re-export in the pipeline's own JSON shape). */
  static toDisclosure(detail: DisclosureDetail): Disclosure {
    return {
      document: detail.document,
      tables: detail.tableInfo,
      facts: detail.facts,
      sections: detail.sections,
      claims: detail.claims,
      performance: detail.performance,
      ...detail.other,
    };
  }

  /** Every file of a disclosure, byte for byte: its first file, then its parts in the order they were added. */
  async files(id: number): Promise<StoredFile[]> {
    const first = await this.file(id);
    if (!first) return [];
    const parts = await this.db
      .selectFrom('disclosure_parts as p')
      .innerJoin('files as fl', 'fl.sha256', 'p.file_sha256')
      .select(['fl.sha256', 'fl.name', 'fl.media_type', 'fl.size', sql<string>`encode(fl.bytes, 'base64')`.as('base64')])
      .where('p.disclosure_id', '=', id)
      .orderBy('p.ordinal')
      .execute();
    return [first, ...parts.map(storedFile)];
  }

  /**
   * The original file of a disclosure, byte for byte: its first file, or the one named `name` of a disclosure
   * published in several files (a source's `file`).
   */
  async file(id: number, name?: string): Promise<StoredFile | undefined> {
    if (name !== undefined) return (await this.files(id)).find((f) => f.name === name);
    const row = await this.db
      .selectFrom('disclosures as d')
      .innerJoin('files as fl', 'fl.sha256', 'd.file_sha256')
      .select(['fl.sha256', 'fl.name', 'fl.media_type', 'fl.size', sql<string>`encode(fl.bytes, 'base64')`.as('base64')])
      .where('d.id', '=', id)
      .executeTakeFirst();
    return row ? storedFile(row) : undefined;
  }

  /**
   * Brings the dashboard's summaries up to date (migration 011): takes the regions that writes have touched since
   * the last call from the change log and has `recompute` rebuild their summaries, in one transaction, one caller at
   * a time (the advisory lock: several servers or workers on one PostgreSQL). A call that finds the log empty does
   * nothing more than look. Entries a concurrent write commits meanwhile stay for the next call.
   */
  async refreshSummaries(recompute: (trx: Transaction<Database>, regions: string[]) => Promise<void>): Promise<void> {
    const { rows } = await sql<{ pending: boolean }>`select exists (select 1 from dashboard_changes) as pending`.execute(this.db);
    if (!rows[0]?.pending) return;
    await this.room(0);
    await this.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext(current_schema() || '.dashboard'))`.execute(trx);
      const taken = await sql<{ region: string }>`delete from dashboard_changes returning region`.execute(trx);
      const regions = [...new Set(taken.rows.map((r) => r.region))];
      if (regions.length) await recompute(trx, regions);
    });
  }

  /** Deletes a disclosure with everything derived from it and its stored files. False when there was none. */
  async delete(id: number): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await this.#lockDepartmentsOf(trx, [id]);
      const parts = await trx.deleteFrom('disclosure_parts').where('disclosure_id', '=', id).returning('file_sha256').execute();
      const row = await trx.deleteFrom('disclosures').where('id', '=', id).returning(['file_sha256', 'department_id', 'year', 'kind']).executeTakeFirst();
      if (!row) return false;
      await trx.deleteFrom('files').where('sha256', 'in', [row.file_sha256, ...parts.map((p) => p.file_sha256)]).execute();
      // The latest remaining version becomes current again.
      await settleVersions(trx, row);
      return true;
    });
  }

  /**
   * Sums of facts grouped by department, region, year, kind, table, row and/or column, exact (NUMERIC). `value`
   * is summed only when all facts of a group share a unit, `yuan` only when all of them are money.
   */
  async aggregate(query: AggregateQuery): Promise<AggregateRow[]> {
    const GROUP_SQL: Record<GroupKey, RawBuilder<unknown>> = {
      department: sql`dep.name`,
      region: sql`nullif(dep.region, '')`,
      year: sql`d.year`,
      kind: sql`d.kind`,
      table: sql`f.table_id`,
      row: sql`f.row`,
      column: sql`f.column_name`,
    };
    const keys = [...new Set(query.groupBy)];
    const selectKeys = keys.map((k, i) => sql`${GROUP_SQL[k]} as ${sql.ref(`k${i}`)}`);
    const groupBy = keys.length ? sql`group by ${sql.join(keys.map((_, i) => sql.raw(String(i + 1))))}` : sql``;
    const orderBy = keys.length ? sql`order by ${sql.join(keys.map((_, i) => sql.raw(`${i + 1} nulls last`)))}` : sql``;
    const { rows } = await sql<Record<string, unknown>>`
      select ${sql.join([...selectKeys, sql`count(*) as facts`])}, count(distinct d.id) as disclosures,
        sum(f.value)::text as value, min(f.unit) as unit_min, max(f.unit) as unit_max,
        sum(f.yuan)::text as yuan, count(f.yuan) as money
      from facts f join disclosures d on d.id = f.disclosure_id left join departments dep on dep.id = d.department_id
      where ${filterSql(query.filter)} and ${selectorSql(query)}
      ${groupBy} ${orderBy}`.execute(this.db);
    return rows
      .filter((r) => toNumber(r.facts) > 0)
      .map((r) => {
        const facts = toNumber(r.facts);
        const oneUnit = r.unit_min === r.unit_max;
        const key: AggregateRow['key'] = {};
        keys.forEach((k, i) => {
          const v = r[`k${i}`];
          key[k] = v === null || v === undefined ? null : k === 'year' ? toNumber(v) : String(v);
        });
        return {
          key,
          facts,
          disclosures: toNumber(r.disclosures),
          value: oneUnit ? (r.value as string) : null,
          unit: oneUnit ? (r.unit_min as string) : null,
          yuan: toNumber(r.money) === facts ? (r.yuan as string) : null,
        };
      });
  }

  /** The facts of several disclosures side by side, keyed by (table, row, column). */
  async compare(ids: readonly number[], selector: FactSelector = {}): Promise<CompareRow[]> {
    if (ids.length === 0) return [];
    const { rows } = await sql<{ disclosure_id: number; table_id: string; row: string; column_name: string; printed: string; unit: string; yuan: string | null }>`
      select f.disclosure_id, f.table_id, f.row, f.column_name, f.printed, f.unit, f.yuan::text as yuan
      from facts f where f.disclosure_id in (${sql.join(ids)}) and ${selectorSql(selector)}
      order by f.table_id, f.disclosure_id, f.ordinal`.execute(this.db);
    const byKey = new Map<string, CompareRow>();
    for (const r of rows) {
      const key = `${r.table_id}|${r.row}|${r.column_name}`;
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { table: r.table_id, row: r.row, column: r.column_name, values: {} }));
      entry.values[String(toNumber(r.disclosure_id))] = { value: r.printed, unit: r.unit, yuan: r.yuan };
    }
    return [...byKey.values()];
  }

  /**
   * Facts of the disclosures matching a filter, in pages of `batch` (keyset on the fact id, so that the
   * export of millions of facts never holds them all in memory).
   */
  async *factRows(filter: ListFilter = {}, selector: FactSelector = {}, batch = 5000): AsyncGenerator<FactRow[]> {
    let after = '0';
    for (;;) {
      const { rows } = await sql<{
        id: string | number;
        disclosure_id: number;
        department: string | null;
        region: string | null;
        year: number | null;
        table_id: string;
        row: string;
        column_name: string;
        printed: string;
        unit: string;
        yuan: string | null;
        source: Source;
        confidence: number | null;
      }>`select f.id, f.disclosure_id, dep.name as department, nullif(dep.region, '') as region, d.year, f.table_id, f.row, f.column_name,
          f.printed, f.unit, f.yuan::text as yuan, f.source, f.confidence
        from facts f join disclosures d on d.id = f.disclosure_id left join departments dep on dep.id = d.department_id
        where f.id > ${after}::bigint and ${filterSql(filter)} and ${selectorSql(selector)}
        order by f.id limit ${batch}`.execute(this.db);
      if (rows.length === 0) return;
      yield rows.map((r) => ({
        disclosureId: toNumber(r.disclosure_id),
        department: r.department,
        region: r.region,
        year: r.year === null ? null : toNumber(r.year),
        table: r.table_id as TableId,
        row: r.row,
        column: r.column_name,
        value: r.printed,
        unit: r.unit,
        ...(r.yuan !== null ? { yuan: r.yuan } : {}),
        source: r.source,
        ...(r.confidence !== null ? { confidence: r.confidence } : {}),
      }));
      after = String(rows[rows.length - 1]!.id);
      if (rows.length < batch) return;
    }
  }

  /**
   * Disclosures whose department or region contains the query, that print the query as a classification code,
   * or whose titles, codes or narrative contain it; department matches first, then code matches, newest first.
   *
   * Candidates come from indexes (department names, the code column of facts, the bigram GIN index); only the
   * best-ranked SEARCH_WINDOW of them are read in full to confirm the substring, since confirming a term that
   * nearly every disclosure contains would read all their text. `totalExact` is false when the total is the
   * candidates' count (an upper bound) rather than the confirmed count.
   */
  async search(query: string, limit = 20, window = SEARCH_WINDOW): Promise<SearchResult> {
    const q = query.trim();
    if (!q) return { items: [], total: 0, totalExact: true };
    let page = await this.#search(q, limit, window);
    // A short window can miss hits further down when many candidates fail the substring test: read them all.
    if (page.items.length < limit && page.candidates > window) page = await this.#search(q, limit, undefined);
    return { items: page.items, total: page.total, totalExact: page.totalExact };
  }

  async #search(q: string, limit: number, window: number | undefined): Promise<SearchResult & { candidates: number }> {
    const like = `%${escapeLike(q)}%`;
    const needle = q.toLowerCase();
    // The text is kept as printed, so that snippets quote it; letter case matters only for Latin letters, and only
    // then is the text folded (Chinese, the usual query, is matched as it is).
    const haystack = /[A-Za-z]/.test(q) ? sql`lower(d.search_text)` : sql`d.search_text`;
    const isCode = /^\d{3,7}$/.test(q);
    const grams = searchGrams(needle);
    // A query without a bigram (one character) has no index to use: every disclosure is a candidate.
    const byText = grams.length > 0 ? sql`select id from disclosures where search_grams @> ${grams}::text[]` : sql`select id from disclosures`;
    const byCode = isCode ? sql`union select disclosure_id from facts where row = ${q}` : sql``;
    const candidates = sql`select d.id from disclosures d join departments dep on dep.id = d.department_id where dep.name ilike ${like} or dep.region ilike ${like}
      union ${byText} ${byCode}`;
    return this.db.transaction().execute(async (trx) => {
      // The planner does not cost reading the out-of-line (TOAST) gram arrays, so on a small or fresh table it
      // scans them all instead of asking the GIN index; the index is always the better way here.
      await sql`set local enable_seqscan = off`.execute(trx);
      const { rows } = await sql<SummaryRecord & { m_department: boolean; m_code: boolean; pos: number; snippet: string | null; total: string | number; candidates: string | number }>`
        with candidates as (${candidates}),
        -- Each disclosure printing the code, once: an exists() per candidate would read the code's facts again each time.
        -- Asked as "in" (a hashed subplan): the gram index's estimate of one candidate made a left join of it a nested
        -- loop over every candidate and every hit (8.6 s for "201" on 10,000 disclosures, 0.6 s this way).
        code_hits as (${isCode ? sql`select distinct disclosure_id as id from facts where row = ${q}` : sql`select null::integer as id where false`}),
        ranked as (
          select d.id, coalesce(dep.name ilike ${like} or dep.region ilike ${like}, false) as m_department, d.id in (select id from code_hits) as m_code
          from candidates c join disclosures d on d.id = c.id and d.superseded_by is null left join departments dep on dep.id = d.department_id
          order by 2 desc, 3 desc, d.year desc nulls last, d.id
          ${window === undefined ? sql`` : sql`limit ${window}`}
        ), hits as (
          select r.*, strpos(${haystack}, ${needle}) as pos from ranked r join disclosures d on d.id = r.id
        ), page as (
          select ${SUMMARY_COLUMNS}, h.m_department, h.m_code, h.pos, count(*) over () as total, (select count(*) from candidates) as candidates
          from hits h join disclosures d on d.id = h.id join files fl on fl.sha256 = d.file_sha256 left join departments dep on dep.id = d.department_id
          where h.m_department or h.m_code or h.pos > 0
          order by h.m_department desc, h.m_code desc, d.year desc nulls last, d.id limit ${limit}
        )
        -- The snippet only for the page: cutting it out of every confirmed text would read them all a second time.
        select p.*, case when p.pos > 0 then substr(d.search_text, greatest(p.pos - 40, 1), ${needle.length + 80}) end as snippet
        from page p join disclosures d on d.id = p.id
        order by p.m_department desc, p.m_code desc, p.year desc nulls last, p.id`.execute(trx);
      const items = rows.map((r) => ({
        disclosure: toSummary(r),
        matches: [...(r.m_department ? (['department'] as const) : []), ...(r.m_code ? (['code'] as const) : []), ...(toNumber(r.pos) > 0 ? (['text'] as const) : [])],
        snippet: r.snippet === null ? null : r.snippet.replace(/\s+/g, ' ').trim(),
      }));
      const found = rows.length > 0 ? toNumber(rows[0]!.candidates) : await this.#count(trx, sql`select count(*) as n from (${candidates}) c`);
      const exact = window === undefined || found <= window;
      return { items, total: exact ? toNumber(rows[0]?.total ?? 0) : found, totalExact: exact, candidates: found };
    });
  }

  async #count(trx: Transaction<Database>, query: RawBuilder<unknown>): Promise<number> {
    const { rows } = await sql<{ n: string | number }>`${query}`.execute(trx);
    return toNumber(rows[0]?.n ?? 0);
  }

  /** Departments with how many disclosures they have, of which years, and how many errors in total. */
  async departments(filter: { region?: string | undefined } = {}): Promise<DepartmentSummary[]> {
    const { rows } = await sql<{ id: number; name: string; region: string | null; disclosures: string | number; years: unknown; errors: string | number | null }>`
      select dep.id, dep.name, nullif(dep.region, '') as region, count(d.id) as disclosures,
        coalesce(jsonb_agg(distinct d.year) filter (where d.year is not null), '[]'::jsonb) as years, coalesce(sum(d.errors), 0) as errors
      from departments dep join disclosures d on d.department_id = dep.id and d.superseded_by is null
      where ${filter.region === undefined ? sql`true` : sql`dep.region = ${filter.region}`}
      group by dep.id order by dep.region, dep.name`.execute(this.db);
    return rows.map((r) => ({
      id: toNumber(r.id),
      name: r.name,
      region: r.region,
      disclosures: toNumber(r.disclosures),
      years: (r.years as number[]).map(toNumber).sort((a, b) => a - b),
      errors: toNumber(r.errors ?? 0),
    }));
  }

  async stats(): Promise<StoreStats> {
    const { rows } = await sql<Record<keyof StoreStats, string | number>>`select
      (select count(*) from disclosures) as disclosures, (select count(*) from departments) as departments,
      (select count(*) from files) as files, (select count(*) from facts) as facts, (select count(*) from findings) as findings`.execute(this.db);
    const r = rows[0]!;
    return { disclosures: toNumber(r.disclosures), departments: toNumber(r.departments), files: toNumber(r.files), facts: toNumber(r.facts), findings: toNumber(r.findings) };
  }

  /** How many disclosures were audited under another rules version than this one. */
  async staleCount(rulesVersion: string): Promise<number> {
    const row = await this.db
      .selectFrom('disclosures')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('rules_version', '<>', rulesVersion)
      .executeTakeFirstOrThrow();
    return toNumber(row.n);
  }

  /** Disclosures audited under another rules version than this one (all of them with `force`), by id. */
  async staleIds(rulesVersion: string, force = false): Promise<number[]> {
    let query = this.db.selectFrom('disclosures').select('id').orderBy('id');
    if (!force) query = query.where('rules_version', '<>', rulesVersion);
    return (await query.execute()).map((r) => toNumber(r.id));
  }

  /**
   * Stores a file by its content hash, before anything is known about it (the queue stores first, then analyses);
   * the same bytes again change nothing. The name is the one it was first stored under.
   */
  async storeFile(file: FileInput): Promise<{ sha256: string; created: boolean }> {
    const sha256 = sha256Hex(file.bytes);
    await this.room(file.bytes.length);
    const inserted = await this.db
      .insertInto('files')
      .values(fileRow(file, sha256))
      .onConflict((oc) => oc.column('sha256').doNothing())
      .returning('sha256')
      .executeTakeFirst();
    return { sha256, created: inserted !== undefined };
  }

  /** A stored file by its content hash, byte for byte. */
  async fileBySha256(sha256: string): Promise<StoredFile | undefined> {
    const row = await this.db
      .selectFrom('files')
      .select(['sha256', 'name', 'media_type', 'size', sql<string>`encode(bytes, 'base64')`.as('base64')])
      .where('sha256', '=', sha256)
      .executeTakeFirst();
    return row ? storedFile(row) : undefined;
  }
}
