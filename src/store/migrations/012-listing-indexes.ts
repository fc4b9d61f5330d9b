// Indexes for a store of 100,000 disclosures and more (measured on PostgreSQL, BENCHMARKS.md):
// - the list's first page, newest year first, read from one index without visiting the wide disclosure rows
//   (250 -> 30 ms): the year, id and what the common filters ask (department, errors) in the index itself;
// - a 科目 code's disclosures straight from the index (row, disclosure_id), without reading the facts' rows:
//   searching "201" read 300,000 fact rows from the heap (3.4 s cold, 7 s per search under load); it replaces
//   the index on row alone.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index disclosures_listing on disclosures (year desc nulls last, id) include (department_id, errors) where superseded_by is null`.execute(db);
  await sql`create index facts_row_disclosure on facts (row, disclosure_id)`.execute(db);
  await sql`drop index facts_row`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index facts_row on facts (row)`.execute(db);
  await sql`drop index facts_row_disclosure`.execute(db);
  await sql`drop index disclosures_listing`.execute(db);
}
