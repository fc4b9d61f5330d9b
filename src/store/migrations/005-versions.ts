// A department's disclosure of one year and kind may be uploaded again (a corrected file): each upload is a version,
// the latest one is current and the others point at it. Aggregates, comparisons and the dashboard count only
// current versions; every version stays stored and viewable.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('disclosures')
    .addColumn('superseded_by', 'integer', (c) => c.references('disclosures.id').onDelete('set null'))
    .execute();
  // Disclosures stored before versions existed: the latest upload of each department, year and kind is current.
  await sql`update disclosures d set superseded_by = v.latest
    from (select id, max(id) over (partition by department_id, year, kind) as latest from disclosures
          where department_id is not null and year is not null) v
    where v.id = d.id and v.latest <> d.id`.execute(db);
  await sql`create index disclosures_current on disclosures (department_id, year, kind) where superseded_by is null`.execute(db);
  await db.schema.createIndex('disclosures_superseded_by').on('disclosures').column('superseded_by').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('disclosures').dropColumn('superseded_by').execute();
}
