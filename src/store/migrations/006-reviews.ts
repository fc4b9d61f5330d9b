// The reviewer's marks on findings (确认 / 误报 / 已整改, with a comment, who and when), kept by the finding's key so
// that a mark survives a re-audit while the finding stays the same; and, per disclosure, the rules that failed and
// the narrative topics it states figures for, so that the dashboard counts them without reading every finding.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('finding_reviews')
    .addColumn('disclosure_id', 'integer', (c) => c.notNull().references('disclosures.id').onDelete('cascade'))
    .addColumn('finding_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('confirmed', 'false-positive', 'fixed')`))
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reviewer', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('finding_reviews_pk', ['disclosure_id', 'finding_key'])
    .execute();

  await db.schema.alterTable('disclosures').addColumn('failed_rules', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`)).execute();
  await db.schema.alterTable('disclosures').addColumn('topics', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`)).execute();
  await sql`update disclosures d set failed_rules = coalesce((select array_agg(distinct f.rule order by f.rule) from findings f
    where f.disclosure_id = d.id and f.severity in ('error', 'warning')), '{}')`.execute(db);
  await sql`update disclosures d set topics = coalesce((select array_agg(distinct c->>'topic' order by c->>'topic')
    from disclosure_contents dc cross join jsonb_array_elements(dc.claims) c where dc.disclosure_id = d.id), '{}')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('finding_reviews').ifExists().execute();
  await db.schema.alterTable('disclosures').dropColumn('failed_rules').execute();
  await db.schema.alterTable('disclosures').dropColumn('topics').execute();
}
