// The migrations apply in order on a store left at an earlier migration, with data in it: nothing has been
// released, but stores made by main's 004-table-reading must still open. (A fresh store: store.test.ts.)
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';
import { inThisThread, PGliteDialect } from '../pglite-dialect.js';
import { Repository } from '../repository.js';
import type { Database } from '../schema.js';
import { migrationProvider } from './index.js';

const NAMES = Object.keys(await migrationProvider.getMigrations());
const sha = (i: number): string => String(i).repeat(64);

let db: Kysely<Database> | undefined;
afterEach(async () => {
  await db?.destroy();
  db = undefined;
});

const open = async (): Promise<Kysely<Database>> => (db = new Kysely<Database>({ dialect: new PGliteDialect(inThisThread(await PGlite.create())) }));
const applied = async (k: Kysely<Database>): Promise<string[]> =>
  (await new Migrator({ db: k, provider: migrationProvider }).getMigrations()).filter((m) => m.executedAt).map((m) => m.name);

describe('store migrations', () => {
  it('are numbered once each, in order', () => {
    expect(NAMES).toEqual([...NAMES].sort());
    expect(new Set(NAMES.map((n) => n.slice(0, 3))).size).toBe(NAMES.length);
    expect(NAMES.slice(0, 5)).toEqual(['001-initial', '002-search-grams', '003-also-reported-by', '004-table-reading', '005-versions']);
  });

  it('bring a store at 004-table-reading, with disclosures in it, to the latest schema', async () => {
    const k = await open();
    const migrator = new Migrator({ db: k, provider: migrationProvider });
    const at004 = await migrator.migrateTo('004-table-reading');
    expect(at004.error).toBeUndefined();
    expect(await applied(k)).toEqual(NAMES.slice(0, 4));

    // Two uploads of one department-year (the later one current), the later read incompletely (004's summary.reading).
    await sql`insert into departments (name, region) values ('测试县财政局', '测试县')`.execute(k);
    const reading = { complete: false, incompleteTables: ['T03'], unreadNumbers: 4 };
    for (const [i, summary] of [{}, { reading }].entries()) {
      await sql`insert into files (sha256, size, media_type, name, bytes) values (${sha(i)}, 1, 'text/plain', ${`f${i}.txt`}, ${new Uint8Array([i])})`.execute(k);
      await sql`insert into disclosures (file_sha256, department_id, year, kind, tables, rules_version, audited_at, errors, warnings, infos, summary, search_text)
        values (${sha(i)}, 1, 2024, '部门决算', '["T03"]'::jsonb, 'r1', now(), 0, 0, 0, ${JSON.stringify(summary)}::jsonb, '')`.execute(k);
      await sql`insert into disclosure_contents (disclosure_id, document, sections, claims, performance)
        values (${i + 1}, '{}'::jsonb, '[]'::jsonb, '[]'::jsonb, '[]'::jsonb)`.execute(k);
    }

    await migrate(k);
    expect(await applied(k)).toEqual(NAMES);
    const rows = await sql<{ id: number; superseded_by: number | null; incomplete_tables: string[]; unread_numbers: number }>`
      select id, superseded_by, incomplete_tables, unread_numbers from disclosures order by id`.execute(k);
    expect(rows.rows).toEqual([
      { id: 1, superseded_by: 2, incomplete_tables: [], unread_numbers: 0 },
      { id: 2, superseded_by: null, incomplete_tables: ['T03'], unread_numbers: 4 },
    ]);
    const { items } = await new Repository(k).list({}, { page: 1, pageSize: 10 });
    expect(items.map((d) => [d.id, d.status, d.reading.complete])).toEqual([[2, 'incomplete', false]]);
  }, 120_000);
});
