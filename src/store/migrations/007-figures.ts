// The key figures of each disclosure (store/key-figures.ts) in a table of their own, for rankings, a department's
// history and comparisons; and the search text kept as the document prints it (no codes the document does not
// print, original letter case), so that search snippets quote it verbatim.
import { sql, type Kysely } from 'kysely';
import type { Claim } from '../../model/claim.js';
import type { Fact } from '../../model/fact.js';
import type { Section } from '../../model/narrative.js';
import type { PerformanceEvaluation } from '../../model/performance.js';
import { keyFigures } from '../key-figures.js';
import { searchGrams } from '../search-grams.js';
import { searchText } from '../search-text.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('disclosure_figures')
    .addColumn('disclosure_id', 'integer', (c) => c.notNull().references('disclosures.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull().check(sql`period in ('本年', '上年')`))
    .addColumn('printed', 'text', (c) => c.notNull())
    .addColumn('value', 'numeric', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('yuan', 'numeric')
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('source', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('disclosure_figures_pk', ['disclosure_id', 'key', 'period'])
    .execute();
  await db.schema.createIndex('disclosure_figures_key').on('disclosure_figures').columns(['key', 'period']).execute();

  // Disclosures stored before: their figures and search text from what is stored, in batches.
  let after = 0;
  for (;;) {
    const { rows } = await sql<{ id: number; claims: Claim[]; sections: Section[]; performance: PerformanceEvaluation[] }>`
      select d.id, dc.claims, dc.sections, dc.performance from disclosures d join disclosure_contents dc on dc.disclosure_id = d.id
      where d.id > ${after} order by d.id limit 200`.execute(db);
    if (rows.length === 0) break;
    for (const r of rows) {
      const facts = await sql<Fact>`select table_id as "table", row, column_name as "column", printed as value, unit, yuan::text as yuan, source
        from facts where disclosure_id = ${r.id} and table_id in ('T01', 'T03', 'T09') order by ordinal`.execute(db);
      const tables = await sql<{ title: string }>`select title from disclosure_tables where disclosure_id = ${r.id} order by ordinal`.execute(db);
      const figures = keyFigures({ facts: facts.rows.map((f) => ({ ...f, yuan: f.yuan ?? undefined }) as Fact), claims: r.claims });
      if (figures.length) {
        await sql`insert into disclosure_figures (disclosure_id, key, period, printed, value, unit, yuan, origin, source)
          select ${r.id}, x.key, x.period, x.printed, x.printed::numeric, x.unit, x.yuan::numeric, x.origin, x.source
          from jsonb_to_recordset(${JSON.stringify(figures)}::jsonb) as x(key text, period text, printed text, unit text, yuan text, origin text, source jsonb)`.execute(db);
      }
      const text = searchText({ tables: tables.rows, sections: r.sections, performance: r.performance });
      await sql`update disclosures set search_text = ${text}, search_grams = ${searchGrams(text)}::text[] where id = ${r.id}`.execute(db);
    }
    after = Number(rows[rows.length - 1]!.id);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('disclosure_figures').ifExists().execute();
}
