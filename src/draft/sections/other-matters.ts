// §十 其他重要事项: (一) 机关运行经费 (公开10 行政单位 + 参公单位), (二) 政府采购 (公开10 货物/工程/服务;
// 授予中小企业 from the user), (三) 国有资产占用 (公开10 vehicles by category and large equipment), (四) 预算绩效
// and (五) other matters, which only the department can write.
import Big from 'big.js';
import { VEHICLE_CATEGORIES } from '../../catalog/kinds/index.js';
import { TERMS as T } from '../../model/glossary.js';
import type { DraftContext } from '../context.js';
import type { DraftSection } from '../drafted.js';
import { inUnit, isZero, type Money } from '../fact-book.js';
import { formatCount, formatPercent, ratio } from '../number-format.js';
import { figure, gap, joined, paragraph, type Part } from '../runs.js';
import { changeReason, comparedWithPrior } from '../year-change.js';
import { money, section, SECTION_IDS } from './section.js';

const NO_T10 = '本部门未公开部门决算公开相关信息统计表，请补充';

function operatingCost(ctx: DraftContext): DraftSection {
  const heading = '（一）机关运行经费支出情况说明';
  const sum = (book: DraftContext['book'] | undefined): Money | undefined => {
    const admin = book?.money('T10', T.administrativeUnits, T.statistic);
    const managed = book?.money('T10', T.civilServantManagedUnits, T.statistic);
    return admin && managed ? { value: admin.value.plus(managed.value), unit: admin.unit } : undefined;
  };
  const current = sum(ctx.book);
  if (!current) return section(SECTION_IDS.operatingCost, heading, [paragraph(`${ctx.yearWords}${ctx.self}机关运行经费支出`, gap(`机关运行经费：${NO_T10}`), '。')], 2);
  const prior = sum(ctx.prior);
  return section(
    SECTION_IDS.operatingCost,
    heading,
    [
      paragraph(
        `${ctx.yearWords}${ctx.self}机关运行经费支出`,
        money(current),
        '。',
        comparedWithPrior('机关运行经费支出', current, prior),
        '。',
        changeReason(ctx, SECTION_IDS.operatingCost, current, prior),
      ),
    ],
    2,
  );
}

function smallEnterprises(ctx: DraftContext, total: Money): Part[] {
  const given = ctx.options.smallEnterpriseContracts;
  const parse = (v: string | undefined): Money | undefined => {
    const s = v?.replace(/[,，\s]/g, '');
    return s && /^\d+(\.\d+)?$/.test(s) ? { value: new Big(s), unit: ctx.unit } : undefined;
  };
  // Nothing bought: nothing awarded.
  const sme = isZero(total) ? { value: new Big(0), unit: total.unit } : parse(given?.total);
  const micro = isZero(total) ? sme : parse(given?.micro);
  const share = (m: Money) => {
    const r = ratio(inUnit(m, total.unit).value, total.value);
    return r ? ['，占政府采购支出总额的', figure(formatPercent(r))] : [];
  };
  return [
    '授予中小企业合同金额',
    sme ? [money(sme), share(sme)] : gap('授予中小企业合同金额：请补充'),
    '，其中授予小微企业合同金额',
    micro ? [money(micro), share(micro)] : gap('授予小微企业合同金额：请补充'),
    '。',
  ];
}

function procurement(ctx: DraftContext): DraftSection {
  const heading = '（二）政府采购支出情况说明';
  const total = ctx.book.money('T10', T.procurementTotal, T.statistic);
  if (!total) return section(SECTION_IDS.procurement, heading, [paragraph(`${ctx.yearWords}${ctx.self}政府采购支出总额`, gap(`政府采购支出：${NO_T10}`), '。')], 2);
  const kind = (row: string) => ctx.book.money('T10', row, T.statistic)!;
  return section(
    SECTION_IDS.procurement,
    heading,
    [
      paragraph(
        `${ctx.yearWords}${ctx.self}政府采购支出总额`,
        money(total),
        '，其中：政府采购货物支出',
        money(kind(T.goods)),
        '、政府采购工程支出',
        money(kind(T.works)),
        '、政府采购服务支出',
        money(kind(T.services)),
        '。',
        smallEnterprises(ctx, total),
      ),
    ],
    2,
  );
}

function assets(ctx: DraftContext): DraftSection {
  const heading = '（三）国有资产占用情况说明';
  const when = ctx.year ? `截至${ctx.year}年12月31日` : '截至本年末';
  const vehicles = ctx.book.count('T10', T.vehicleCount, T.statistic);
  if (vehicles === undefined) return section(SECTION_IDS.assets, heading, [paragraph(`${when}，${ctx.self}车辆及单价100万元（含）以上设备占用情况`, gap(NO_T10), '。')], 2);
  const categories = VEHICLE_CATEGORIES.map((row) => [row, figure(formatCount(ctx.book.count('T10', row, T.statistic)!, T.vehicles))]);
  const equipment = ctx.book.count('T10', T.largeEquipment, T.statistic)!;
  return section(
    SECTION_IDS.assets,
    heading,
    [
      paragraph(
        `${when}，${ctx.self}共有车辆`,
        figure(formatCount(vehicles, T.vehicles)),
        '，其中：',
        joined(categories, '、'),
        '；单价100万元（含）以上设备（不含车辆）',
        figure(formatCount(equipment, T.equipmentSets)),
        '。',
      ),
    ],
    2,
  );
}

export function otherMatters(ctx: DraftContext): DraftSection[] {
  return [
    section(SECTION_IDS.otherMatters, '十、其他重要事项的情况说明', []),
    operatingCost(ctx),
    procurement(ctx),
    assets(ctx),
    section(
      SECTION_IDS.performance,
      '（四）预算绩效情况说明',
      [
        paragraph('绩效管理工作开展情况', gap('开展绩效自评的项目个数、涉及资金及占项目支出的比例：请补充'), '。'),
        paragraph('项目绩效自评结果', gap('各项目自评得分、等级、预算执行情况及发现的问题和改进措施：请补充'), '。'),
        paragraph('部门整体支出绩效自评结果', gap('请补充'), '。'),
      ],
      2,
    ),
    section(SECTION_IDS.otherNotes, '（五）其他需要说明的事项', [paragraph(gap('巡视、审计和财会监督中发现的问题等其他需要说明的事项，没有则写“无”：请补充'))], 2),
  ];
}
