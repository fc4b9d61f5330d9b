// The database as kysely sees it. NUMERIC columns travel as exact decimal strings (both drivers return NUMERIC
// as text; we never let the driver turn money into a JS number). JSONB columns are written as JSON text and read
// back parsed.
import type { ColumnType, Generated } from 'kysely';

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
}

export interface Database {
  files: FilesTable;
  departments: DepartmentsTable;
  disclosures: DisclosuresTable;
  disclosure_contents: DisclosureContentsTable;
  disclosure_tables: DisclosureTablesTable;
  facts: FactsTable;
  findings: FindingsTable;
}
