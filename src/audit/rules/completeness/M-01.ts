import type { TableId } from '../../../model/table-id.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { tableName } from '../../naming.js';

/** 公开01–09 are in every regional template; 公开10 is a 山西 table (河南, 上海 and others do not print it). */
const REQUIRED: readonly TableId[] = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09'];

const REGIONAL: readonly TableId[] = ['T10'];

export const M_01 = defineRule(
  {
    id: 'M-01',
    family: 'completeness',
    severity: 'error',
    title: '部门决算公开表齐全',
    description: '检查部门决算公开的标准表（收入支出决算总表至“三公”经费支出决算表）是否都已公开；公开10表为部分地区模板特有，缺少时只作提示。',
    basis: '地方预决算公开操作规程（财预〔2016〕143号）：部门决算应公开全部决算表，没有数据的表也应公开并注明。',
    fix: '补充公开缺少的表；本单位确无相关收支的，照常公开空表，并在表下注明“本表无数据”。',
    kinds: FINAL_ACCOUNTS,
  },
  (ctx, rule) => {
    const missingRequired = REQUIRED.filter((t) => !ctx.hasTable(t));
    const location = { document: true as const };
    // A package without any table (四川 publishes them as a separate attachment) is flagged once.
    if (missingRequired.length === REQUIRED.length) {
      return {
        checks: 1,
        findings: [
          makeFinding(rule, {
            severity: 'warning',
            message: '文件中没有找到任何决算公开表（部分地区将表格作为单独附件发布，请一并核对）',
            location,
            sources: [],
          }),
        ],
      };
    }
    const findings = [
      ...missingRequired.map((t) => makeFinding(rule, { message: `缺少《${tableName(t)}》：无数据的表也应公开并注明“本表无数据”`, location, sources: [] })),
      ...REGIONAL.filter((t) => !ctx.hasTable(t)).map((t) =>
        makeFinding(rule, {
          severity: 'info',
          message: `未公开《${tableName(t)}》（山西等地区的模板要求公开此表，其他地区模板可能没有）`,
          location,
          sources: [],
        }),
      ),
    ];
    return { checks: REQUIRED.length + REGIONAL.length, findings };
  },
);
