import { kindSpec, regionalProfilesOf, requiredTables } from '../../../catalog/kinds/index.js';
import { defineRule, makeFinding } from '../../engine.js';
import { KINDS_WITH_TABLES } from '../../kinds.js';
import { tableName } from '../../naming.js';

export const M_01 = defineRule(
  {
    id: 'M-01',
    family: 'completeness',
    severity: 'error',
    title: '公开表齐全',
    description: '检查公开文件的标准表（决算为收入支出决算总表至“三公”经费支出决算表）是否都已公开；地区模板特有的表（山西的公开10表）在该地区必须公开，其他地区缺少时只作提示。',
    basis: '地方预决算公开操作规程（财预〔2016〕143号）：部门预决算应公开全部预决算表，没有数据的表也应公开并注明。',
    fix: '补充公开缺少的表；本单位确无相关收支的，照常公开空表，并在表下注明“本表无数据”。',
    kinds: KINDS_WITH_TABLES,
  },
  (ctx, rule) => {
    const kind = kindSpec(ctx.disclosure.document.kind)!;
    // A region's template may add tables (山西's 公开10): required there, worth a note elsewhere.
    const own = regionalProfilesOf(kind, ctx.disclosure.document);
    const required = requiredTables(kind, ctx.disclosure.document);
    const elsewhere = kind.regional.filter((p) => !own.includes(p)).flatMap((p) => p.tables.map((table) => ({ table, regions: p.regions })));
    const missingRequired = required.filter((t) => !ctx.hasTable(t));
    const location = { document: true as const };
    // A package without any table (四川 publishes them as a separate attachment) is flagged once.
    if (missingRequired.length === required.length) {
      return {
        checks: 1,
        findings: [
          makeFinding(rule, {
            severity: 'warning',
            message: `文件中没有找到任何${kind.name}公开表（部分地区将表格作为单独附件发布，请一并核对）`,
            location,
            sources: [],
          }),
        ],
      };
    }
    const findings = [
      ...missingRequired.map((t) => makeFinding(rule, { message: `缺少《${tableName(t)}》：无数据的表也应公开并注明“本表无数据”`, location, sources: [] })),
      ...elsewhere
        .filter(({ table }) => !ctx.hasTable(table))
        .map(({ table, regions }) =>
          makeFinding(rule, {
            severity: 'info',
            message: `未公开《${tableName(table)}》（${regions.join('、')}等地区的模板要求公开此表，其他地区模板可能没有）`,
            location,
            sources: [],
          }),
        ),
    ];
    return { checks: required.length + elsewhere.length, findings };
  },
);
