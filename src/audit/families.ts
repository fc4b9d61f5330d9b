// The rule families in a reviewer's words: what rules of a family check, on what basis, and how a failure is
// usually fixed. A rule's own description, basis and fix (engine.ts Rule) say it more precisely where written.
import type { RuleFamily } from '../model/finding.js';

export interface RuleFamilyInfo {
  label: string;
  description: string;
  basis: string;
  fix: string;
}

export const RULE_FAMILY_INFO: Readonly<Record<RuleFamily, RuleFamilyInfo>> = {
  reading: {
    label: '读取完整',
    description: '表格中印出的每个数字都应当读出：读出为数据，或确知不是数据（行次、编码、年份、页码）。没有读出的数字不能当作零，用到它们的核对也就没有进行。',
    basis: '决算通的审核原则：未读出的数字从不算作零；表格找到了却没有全部读出的文件，不能算作“没有错误”。',
    fix: '对照原件逐一核对所列的未读数字（出处给出页码和位置）；如能取得可复制文字的 PDF 或 Excel 原表，重新上传可读得更完整。',
  },
  arithmetic: {
    label: '表内算术',
    description: '同一张表里的数字应当对得上：合计等于各分项之和，类等于所属各款之和，款等于所属各项之和。',
    basis: '决算报表的表内勾稽关系（数学恒等式，总是成立）。各数四舍五入到印刷位数，差额在由印刷位数推出的尾差范围内只作提示，不算错误。',
    fix: '核对原表该行、该栏的各个数字与合计，改正抄录或计算错误；检查是否漏列了某一分项。',
  },
  'cross-table': {
    label: '表间勾稽',
    description: '同一个数在不同的表里应当相同，例如收入支出决算总表的本年收入合计与收入决算表的合计。',
    basis: '部门决算公开各表之间的对应关系：它们来自同一套决算报表，同一数字两处列示应完全一致。',
    fix: '找出两张表中不一致的一方，按财务决算报表改正。',
  },
  catalog: {
    label: '分类编码',
    description: '科目编码应当是《政府收支分类科目》中的编码，名称与编码相符，类、款、项层级完整。',
    basis: '财政部当年《政府收支分类科目》（支出功能分类、支出经济分类）。',
    fix: '按当年《政府收支分类科目》改正科目编码或名称，补上缺少的上级科目行。',
  },
  completeness: {
    label: '完整性',
    description: '公开文件应当包含规定的全部表格和说明；没有数据的表也要公开并注明。',
    basis: '部门决算公开格式和《地方预决算公开操作规程》对公开内容的要求。',
    fix: '补充缺少的表格或说明；空表注明“本表无数据”并说明原因。',
  },
  narrative: {
    label: '说明与表格一致',
    description: '情况说明里写的数字、单位和增减方向应当与决算表一致。',
    basis: '情况说明是对决算表的解释，其中的数字必须与表中数字相同（部门决算公开要求如实说明）。',
    fix: '按决算表改正情况说明中的数字、单位或增减方向。',
  },
  internal: {
    label: '说明前后一致',
    description: '情况说明中前后陈述的数字应当彼此一致、计算正确：增减额与增减率、占比、构成之和、完成预算的比例。',
    basis: '算术关系：增减率 = 增减额 ÷ 上年数；占比 = 部分 ÷ 整体；各项之和 = 合计；完成比例 = 决算数 ÷ 预算数。百分比按印刷位数允许半个末位单位的误差。',
    fix: '用说明中的金额重新计算，改正写错的增减额、百分比或合计。',
  },
  performance: {
    label: '绩效',
    description: '绩效自评表和自评报告中的资金、执行率、分值、得分和等级应当前后一致、计算正确。',
    basis: '财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）的评分规则和自评表格式。',
    fix: '按自评表的资金数和指标完成情况改正执行率、得分或评价等级，报告与表格取同一口径。',
  },
  'cross-document': {
    label: '跨文件核对',
    description: '同一部门的几份公开文件应当彼此一致：决算中的年初预算数与当年公开的预算，决算中的上年数和比上年增减与上年决算，预算中的比上年增减与上年预算。',
    basis: '决算所说的年初预算就是年初公开的预算；所说的上年数就是上年公开的决算（预算的上年数就是上年公开的预算）。同一数字两处印刷，差额只能来自印刷位数的舍入。',
    fix: '核对两份文件中的数字，改正写错的一方；口径确有调整（如机构改革、预算调整）的，在情况说明中写明调整后的口径和原因。',
  },
};
