// Text search through a GIN index of character bigrams instead of a scan of every disclosure's text.
import { sql, type Kysely } from 'kysely';
import { searchGrams } from '../search-grams.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('disclosures')
    .addColumn('search_grams', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .execute();
  // Rows stored before this migration get their grams here, in batches so a large store is not read at once.
  let after = 0;
  for (;;) {
    const { rows } = await sql<{ id: number; search_text: string }>`
      select id, search_text from disclosures where id > ${after} order by id limit 500`.execute(db);
    if (rows.length === 0) break;
    for (const r of rows) {
      await sql`update disclosures set search_grams = ${searchGrams(r.search_text)}::text[] where id = ${r.id}`.execute(db);
    }
    after = Number(rows[rows.length - 1]!.id);
  }
  await sql`create index disclosures_search_grams on disclosures using gin (search_grams)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('disclosures').dropColumn('search_grams').execute();
}
