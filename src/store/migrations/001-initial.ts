// The first schema: stored files, departments, disclosures with their tables, facts, findings and contents.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('files')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addColumn('stored_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('files_sha256_hex', sql`sha256 ~ '^[0-9a-f]{64}$'`)
    .execute();

  await db.schema
    .createTable('departments')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('departments_name_region', ['name', 'region'])
    .execute();

  await db.schema
    .createTable('disclosures')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('file_sha256', 'text', (c) => c.notNull().unique().references('files.sha256'))
    .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
    .addColumn('year', 'integer')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('unit', 'text')
    .addColumn('tables', 'jsonb', (c) => c.notNull())
    .addColumn('rules_version', 'text', (c) => c.notNull())
    .addColumn('audited_at', 'timestamptz', (c) => c.notNull())
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('errors', 'integer', (c) => c.notNull())
    .addColumn('warnings', 'integer', (c) => c.notNull())
    .addColumn('infos', 'integer', (c) => c.notNull())
    .addColumn('summary', 'jsonb', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .execute();
  // Text search scans this column with strpos: kept uncompressed (EXTERNAL), it reads about four times faster.
  await sql`alter table disclosures alter column search_text set storage external`.execute(db);
  await db.schema.createIndex('disclosures_department').on('disclosures').column('department_id').execute();
  await db.schema.createIndex('disclosures_year').on('disclosures').column('year').execute();
  await db.schema.createIndex('disclosures_rules_version').on('disclosures').column('rules_version').execute();

  await db.schema
    .createTable('disclosure_contents')
    .addColumn('disclosure_id', 'integer', (c) => c.primaryKey().references('disclosures.id').onDelete('cascade'))
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addColumn('sections', 'jsonb', (c) => c.notNull())
    .addColumn('claims', 'jsonb', (c) => c.notNull())
    .addColumn('performance', 'jsonb', (c) => c.notNull())
    // Every other part of the Disclosure (departmentMentions, and whatever the model gains later), as one object.
    .addColumn('other', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();

  await db.schema
    .createTable('disclosure_tables')
    .addColumn('disclosure_id', 'integer', (c) => c.notNull().references('disclosures.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('table_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('unit', 'text')
    .addColumn('empty', 'boolean', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('source', 'jsonb', (c) => c.notNull())
    .addColumn('codes', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('disclosure_tables_pk', ['disclosure_id', 'ordinal'])
    .execute();

  await db.schema
    .createTable('facts')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('disclosure_id', 'integer', (c) => c.notNull().references('disclosures.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('table_id', 'text', (c) => c.notNull())
    .addColumn('row', 'text', (c) => c.notNull())
    .addColumn('column_name', 'text', (c) => c.notNull())
    .addColumn('value', 'numeric', (c) => c.notNull())
    .addColumn('printed', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('yuan', 'numeric')
    .addColumn('source', 'jsonb', (c) => c.notNull())
    .addColumn('confidence', 'real')
    .execute();
  await db.schema.createIndex('facts_disclosure').on('facts').columns(['disclosure_id', 'ordinal']).execute();
  await db.schema.createIndex('facts_cell').on('facts').columns(['table_id', 'row', 'column_name']).execute();
  await db.schema.createIndex('facts_row').on('facts').column('row').execute();

  await db.schema
    .createTable('findings')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('disclosure_id', 'integer', (c) => c.notNull().references('disclosures.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('family', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('location', 'jsonb', (c) => c.notNull())
    .addColumn('expected', 'text')
    .addColumn('actual', 'text')
    .addColumn('difference', 'text')
    .addColumn('tolerance', 'text')
    .addColumn('sources', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('findings_disclosure').on('findings').columns(['disclosure_id', 'ordinal']).execute();
  await db.schema.createIndex('findings_rule').on('findings').column('rule').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['findings', 'facts', 'disclosure_tables', 'disclosure_contents', 'disclosures', 'departments', 'files']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
