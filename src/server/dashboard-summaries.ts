// What the dashboard's summaries (store migration 011) hold: the regions that writes have touched since the last view
// are recomputed from their current disclosures before the dashboard reads (Repository.refreshSummaries takes them
// from the store's change log, one refresher at a time). A view after no change costs one tiny query; after an
// import, the import's region only; after a store-wide re-audit, the whole store once. Computed here rather than in
// the store because what a disclosure must publish comes from the catalog (kinds, their tables, regional templates).
import { sql, type RawBuilder } from 'kysely';
import { KINDS_WITH_TABLES } from '../audit/kinds.js';
import { KIND_SPECS } from '../catalog/kinds/index.js';
import { EXPLANATION_TOPICS } from '../model/claim.js';
import type { Repository } from '../store/repository.js';

/** The parts of the 情况说明 a 决算 is expected to explain. */
export const TOPICS = [...EXPLANATION_TOPICS];

/**
 * Every table some disclosure must publish, with the disclosures that must: those of its kind when every template
 * requires it, else those in the regions whose template adds it (山西's 公开10).
 */
export const EXPECTED_TABLES = KIND_SPECS.flatMap((kind) =>
  kind.tables.flatMap((t) => {
    const regions = kind.regional.filter((p) => p.tables.includes(t.id)).flatMap((p) => p.regions);
    const everywhere = kind.required.includes(t.id);
    if (!everywhere && regions.length === 0) return [];
    const ofKind = sql`d.kind in (${sql.join(kind.kinds)})`;
    // The same test as regionalProfilesOf: the department's or the region's name names the region.
    const inRegion = sql.join(
      regions.map((r) => sql`(strpos(dep.region, ${r}) > 0 or strpos(dep.name, ${r}) > 0)`),
      sql` or `,
    );
    return [{ table: t.id, applies: everywhere ? ofKind : sql`(${ofKind} and (${inRegion}))` }];
  }),
);

/** Keys of dashboard_regions.completeness: disclosures counted, and per table required/missing, per topic missing. */
export const completenessKey = {
  counted: 'n',
  required: (table: string) => `required:${table}`,
  missingTable: (table: string) => `missing:${table}`,
  missingTopic: (topic: string) => `topic:${topic}`,
};

/** jsonb_build_object takes at most 100 arguments: pairs are built in chunks and merged. */
function jsonObject(pairs: [string, RawBuilder<unknown>][]) {
  const chunks = [];
  for (let i = 0; i < pairs.length; i += 40) {
    chunks.push(sql`jsonb_build_object(${sql.join(pairs.slice(i, i + 40).flatMap(([k, v]) => [sql`${k}::text`, v]))})`);
  }
  return sql.join(chunks, sql` || `);
}

const COMPLETENESS = jsonObject([
  [completenessKey.counted, sql`count(*)`],
  ...EXPECTED_TABLES.flatMap((e): [string, RawBuilder<unknown>][] => [
    [completenessKey.required(e.table), sql`count(*) filter (where ${e.applies})`],
    [completenessKey.missingTable(e.table), sql`count(*) filter (where ${e.applies} and not (d.tables ? ${e.table}))`],
  ]),
  ...TOPICS.map((t): [string, RawBuilder<unknown>] => [completenessKey.missingTopic(t), sql`count(*) filter (where not (${t} = any(d.topics)))`]),
]);

/** Recomputes the summaries of the regions changed since the last view; a no-op (one query) when none did. */
export async function refreshDashboard(repo: Repository): Promise<void> {
  await repo.refreshSummaries(async (trx, regions) => {
    const changed = sql`${regions}::text[]`;
    const current = sql`departments dep join disclosures d on d.department_id = dep.id and d.superseded_by is null`;
    const incomplete = sql`cardinality(d.incomplete_tables) > 0`;
    await sql`delete from dashboard_departments where region = any(${changed})`.execute(trx);
    await sql`insert into dashboard_departments (department_id, region, name, disclosures, errors, warnings, cells)
      select dep.id, dep.region, dep.name, count(*), sum(d.errors), sum(d.warnings),
        jsonb_agg(jsonb_build_object('id', d.id, 'year', d.year, 'kind', d.kind, 'errors', d.errors, 'warnings', d.warnings, 'infos', d.infos,
          'complete', not ${incomplete}) order by d.year nulls last, d.id)
      from ${current} where dep.region = any(${changed}) group by dep.id`.execute(trx);
    await sql`delete from dashboard_regions where region = any(${changed})`.execute(trx);
    await sql`insert into dashboard_regions (region, disclosures, with_errors, incomplete, with_warnings, years)
      select dep.region, count(*), count(*) filter (where d.errors > 0), count(*) filter (where d.errors = 0 and ${incomplete}),
        count(*) filter (where d.errors = 0 and not ${incomplete} and d.warnings > 0),
        coalesce(array_agg(distinct d.year) filter (where d.year is not null), '{}')
      from ${current} where dep.region = any(${changed}) group by dep.region`.execute(trx);
    await sql`update dashboard_regions s set failed_rules = x.rules
      from (select region, jsonb_object_agg(rule, n) as rules
        from (select dep.region, r.rule, count(*) as n from ${current}, unnest(d.failed_rules) as r(rule)
          where dep.region = any(${changed}) group by 1, 2) y group by region) x
      where s.region = x.region`.execute(trx);
    await sql`update dashboard_regions s set completeness = x.c
      from (select dep.region, ${COMPLETENESS} as c from ${current}
        where dep.region = any(${changed}) and d.kind in (${sql.join(KINDS_WITH_TABLES)}) group by dep.region) x
      where s.region = x.region`.execute(trx);
  });
}
