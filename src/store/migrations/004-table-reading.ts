// Each table's read status (complete / partial / unread / empty, with its unread numbers), DESIGN.md §3.1.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('disclosure_tables').addColumn('reading', 'jsonb').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('disclosure_tables').dropColumn('reading').execute();
}
