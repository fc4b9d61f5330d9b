// The database as kysely sees it. NUMERIC columns travel as exact decimal strings (both drivers return NUMERIC
// as text; we never let the driver turn money into a JS number). JSONB columns are written as JSON text and read
// back parsed.
import type { ColumnType, Generated, RawBuilder } from 'kysely';
import type { ReviewStatus } from './records.js';

/** A NUMERIC column: an exact decimal string in both directions. */
export type Numeric = ColumnType<string, string, string>;
/** A NUMERIC column that may be NULL. */
export type NullableNumeric = ColumnType<string | null, string | null, string | null>;
/** A JSONB column: written as JSON text, read back as the parsed value. */
export type Jsonb<T> = ColumnType<T, string, string>;
/** A JSONB column that may be NULL. */
export type NullableJsonb<T> = ColumnType<T | null, string | null, string | null>;
/** A timestamptz column: read as Date, written as Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** The original uploaded bytes, byte for byte, addressed by their SHA-256. */
export interface FilesTable {
  sha256: string;
  size: number;
  /** Detected media type (text/plain, application/pdf …). */
  media_type: string;
  /** Name the file was first imported under. */
  name: string;
  bytes: Uint8Array;
  stored_at: ColumnType<Date, never, never>;
}

export interface DepartmentsTable {
  id: Generated<number>;
  name: string;
  /** '' when the region is unknown (so that (name, region) can be unique). */
  region: string;
}

export interface DisclosuresTable {
  id: Generated<number>;
  file_sha256: string;
  department_id: number | null;
  year: number | null;
  kind: string;
  unit: string | null;
  /** Table ids found in the document, sorted. */
  tables: Jsonb<string[]>;
  rules_version: string;
  audited_at: Timestamp;
  imported_at: ColumnType<Date, never, never>;
  errors: number;
  warnings: number;
  infos: number;
  summary: Jsonb<unknown>;
  /** Department, region, titles and narrative text, for text search. */
  search_text: string;
  /** Distinct character bigrams of search_text (GIN-indexed), see search-grams.ts. */
  search_grams: string[];
  /** The current version of the same department, year and kind when this one is an older version; null when current. */
  superseded_by: ColumnType<number | null, number | null | undefined, number | null>;
  /** Rules with an error or warning finding here, for the dashboard's most frequently failed rules. */
  failed_rules: string[];
  /** Tables with numbers left unread (AuditSummary.reading.incompleteTables); empty when every number was read. */
  incomplete_tables: ColumnType<string[], string[] | RawBuilder<string[]> | undefined, string[] | RawBuilder<string[]>>;
  unread_numbers: ColumnType<number, number | undefined, number>;
  /** Narrative topics (claim topics) the document states figures for, for the dashboard's completeness view. */
  topics: string[];
  /**
   * The summary of the document audited on its own, once the rules across documents have put their outcome into
   * `summary`; null while `summary` is that one.
   */
  own_summary: ColumnType<unknown, string | null | undefined, string | null>;
}

/** A reviewer's mark on a finding, by the finding's key (see store/finding-key.ts). */
export interface FindingReviewsTable {
  disclosure_id: number;
  finding_key: string;
  status: ReviewStatus;
  comment: ColumnType<string, string | undefined, string>;
  reviewer: string;
  reviewed_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** What the document carries besides facts and findings: its info, narrative, claims and 绩效 evaluations. */
export interface DisclosureContentsTable {
  disclosure_id: number;
  document: Jsonb<unknown>;
  sections: Jsonb<unknown>;
  claims: Jsonb<unknown>;
  performance: Jsonb<unknown>;
  /** The Disclosure's remaining parts, so that a part added to the model is stored without a migration. */
  other: ColumnType<unknown, string | undefined, string>;
}

export interface DisclosureTablesTable {
  disclosure_id: number;
  ordinal: number;
  table_id: string;
  title: string;
  label: string | null;
  unit: string | null;
  /** Whether the table prints no number at all (reading.status = 'empty'). */
  empty: boolean;
  note: string | null;
  /** The table's read status (TableReading); NULL for disclosures stored before it was recorded. */
  reading: NullableJsonb<unknown>;
  source: Jsonb<unknown>;
  codes: Jsonb<unknown>;
}

export interface FactsTable {
  id: Generated<string>;
  disclosure_id: number;
  ordinal: number;
  table_id: string;
  row: string;
  column_name: string;
  value: Numeric;
  /** The decimal exactly as printed (thousands separators removed). */
  printed: string;
  unit: string;
  yuan: NullableNumeric;
  source: Jsonb<unknown>;
  confidence: number | null;
}

export interface FindingsTable {
  id: Generated<string>;
  disclosure_id: number;
  ordinal: number;
  rule: string;
  family: string;
  severity: string;
  message: string;
  location: Jsonb<unknown>;
  expected: string | null;
  actual: string | null;
  difference: string | null;
  tolerance: string | null;
  sources: Jsonb<unknown>;
  /** Other rules that reported the same finding. */
  also_reported_by: Jsonb<unknown> | null;
  /** A finding across documents: the other document and its sources (Finding.related). */
  related: ColumnType<unknown, string | null | undefined, string | null>;
}

/** A disclosure's key figures (store/key-figures.ts): this year's, and the 上年数 its 情况说明 prints. */
export interface DisclosureFiguresTable {
  disclosure_id: number;
  key: string;
  period: '本年' | '上年';
  printed: string;
  value: Numeric;
  unit: string;
  yuan: NullableNumeric;
  origin: 'table' | 'narrative';
  source: Jsonb<unknown>;
}

/** The further files of a disclosure published in several files (its first is disclosures.file_sha256). */
export interface DisclosurePartsTable {
  file_sha256: string;
  disclosure_id: number;
  /** 1 for the second file, 2 for the third … */
  ordinal: number;
}

/** The regions whose dashboard summaries are out of date (appended by a trigger on every relevant write). */
export interface DashboardChangesTable {
  id: Generated<string>;
  region: string;
}

/** A department's current disclosures as the dashboard shows them (server/dashboard-summaries.ts). */
export interface DashboardDepartmentsTable {
  department_id: number;
  region: string;
  name: string;
  disclosures: number;
  errors: number;
  warnings: number;
  cells: Jsonb<unknown>;
}

/** A region's dashboard counts: statuses, years, failed rules and what is missing (server/dashboard-summaries.ts). */
export interface DashboardRegionsTable {
  region: string;
  disclosures: number;
  with_errors: number;
  incomplete: number;
  with_warnings: number;
  years: number[];
  failed_rules: Jsonb<Record<string, number>>;
  completeness: Jsonb<Record<string, number>>;
}

export interface Database {
  files: FilesTable;
  departments: DepartmentsTable;
  disclosures: DisclosuresTable;
  disclosure_contents: DisclosureContentsTable;
  disclosure_tables: DisclosureTablesTable;
  facts: FactsTable;
  findings: FindingsTable;
  finding_reviews: FindingReviewsTable;
  disclosure_figures: DisclosureFiguresTable;
  disclosure_parts: DisclosurePartsTable;
  dashboard_changes: DashboardChangesTable;
  dashboard_departments: DashboardDepartmentsTable;
  dashboard_regions: DashboardRegionsTable;
}
