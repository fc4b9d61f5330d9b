// Findings across documents: the other document a finding compares with and where it prints the figures
// (findings.related), and each disclosure's summary as audited on its own (own_summary), kept when the rules across
// documents add their outcome to `summary`, so that they can be re-run whenever a related document changes.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('findings').addColumn('related', 'jsonb').execute();
  await db.schema.alterTable('disclosures').addColumn('own_summary', 'jsonb').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('findings').dropColumn('related').execute();
  await db.schema.alterTable('disclosures').dropColumn('own_summary').execute();
}
