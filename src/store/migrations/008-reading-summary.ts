// Whether each disclosure's tables were all read (AuditSummary.reading), as columns: lists, the dashboard and their
// filters never count a document with unread numbers as clean, and must tell it apart without reading the summary.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('disclosures')
    .addColumn('incomplete_tables', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('unread_numbers', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Disclosures audited since read status exists carry it in their summary; older ones knew nothing unread.
  await sql`update disclosures set
      incomplete_tables = array(select jsonb_array_elements_text(summary -> 'reading' -> 'incompleteTables')),
      unread_numbers = coalesce((summary -> 'reading' ->> 'unreadNumbers')::integer, 0)
    where summary ? 'reading'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('disclosures').dropColumn('incomplete_tables').dropColumn('unread_numbers').execute();
}
