// The reviewer's dashboard summarised per department and per region, so that it does not aggregate every disclosure
// of the store on each view (350 ms on 10,000 in the embedded store). Every write that can change what the
// dashboard shows appends the regions it touches to dashboard_changes (a trigger, so that no write path can forget);
// the dashboard recomputes those regions before it reads (server/dashboard-summaries.ts, which knows the catalog:
// which tables a kind must publish). The change log is append-only on purpose: a reader removes only the entries
// its snapshot sees, so a write that commits meanwhile leaves its own entry for the next reader.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table dashboard_changes (id bigserial primary key, region text not null)`.execute(db);
  await sql`create table dashboard_departments (
    department_id integer primary key references departments (id) on delete cascade,
    region text not null,
    name text not null,
    disclosures integer not null,
    errors integer not null,
    warnings integer not null,
    cells jsonb not null)`.execute(db);
  await sql`create index dashboard_departments_order on dashboard_departments (errors desc, warnings desc, region, name, department_id)`.execute(db);
  await sql`create index dashboard_departments_region on dashboard_departments (region)`.execute(db);
  await sql`create table dashboard_regions (
    region text primary key,
    disclosures integer not null,
    with_errors integer not null,
    incomplete integer not null,
    with_warnings integer not null,
    years integer[] not null,
    failed_rules jsonb not null default '{}'::jsonb,
    completeness jsonb not null default '{}'::jsonb)`.execute(db);
  // The disclosures without a department, counted apart on every view.
  await sql`create index disclosures_unassigned on disclosures (id) where department_id is null and superseded_by is null`.execute(db);

  // The function resolves its tables in the schema it was created in, whatever the writing session's search path.
  await sql`create function dashboard_changed() returns trigger language plpgsql set search_path from current as $$
    begin
      if tg_table_name = 'departments' then
        insert into dashboard_changes (region) values (old.region), (new.region);
        return null;
      end if;
      if tg_op <> 'INSERT' and old.department_id is not null then
        insert into dashboard_changes (region) select region from departments where id = old.department_id;
      end if;
      if tg_op <> 'DELETE' and new.department_id is not null then
        insert into dashboard_changes (region) select region from departments where id = new.department_id;
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger disclosures_dashboard after insert or delete or update of
      department_id, superseded_by, year, kind, tables, errors, warnings, infos, incomplete_tables, failed_rules, topics
    on disclosures for each row execute function dashboard_changed()`.execute(db);
  await sql`create trigger departments_dashboard after update of name, region on departments
    for each row when (old.name is distinct from new.name or old.region is distinct from new.region) execute function dashboard_changed()`.execute(db);
  // Everything stored so far is summarised on the first view.
  await sql`insert into dashboard_changes (region) select distinct region from departments`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger departments_dashboard on departments`.execute(db);
  await sql`drop trigger disclosures_dashboard on disclosures`.execute(db);
  await sql`drop function dashboard_changed()`.execute(db);
  await sql`drop index disclosures_unassigned`.execute(db);
  await sql`drop table dashboard_regions, dashboard_departments, dashboard_changes`.execute(db);
}
