// A disclosure published in several files (a department's tables in one file, its explanation in another) is one
// disclosure: its first file is disclosures.file_sha256, the others are its parts here, in the order they arrived.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('disclosure_parts')
    .addColumn('file_sha256', 'text', (c) => c.primaryKey().references('files.sha256'))
    .addColumn('disclosure_id', 'integer', (c) => c.notNull().references('disclosures.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addUniqueConstraint('disclosure_parts_order', ['disclosure_id', 'ordinal'])
    .execute();
  await sql`create index disclosure_parts_disclosure on disclosure_parts (disclosure_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('disclosure_parts').execute();
}
