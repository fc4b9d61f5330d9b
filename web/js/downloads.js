// The downloads of one disclosure (the export endpoints).
import { h } from './dom.js';

export function downloadsView(d) {
  const base = `/api/disclosures/${d.id}`;
  const items = [
    ['facts.csv', '数字（CSV）', '全部数字，每行一个：表、科目编码与名称、层级、栏、数值、单位、金额（元）和出处。Excel 和 WPS 可直接打开。'],
    ['findings.csv', '审核发现（CSV）', '每个问题一行：级别、规则、位置、说明、应为、实为、差额、允许误差、出处和审核标注。'],
    ['export.xlsx', '工作簿（XLSX）', '概况、审核发现、数字，以及按公开表样排版的各标准表（含科目名称），数字为精确数值。'],
    ['review-letter.docx', '审核意见书（DOCX）', '按严重程度列出问题、位置、依据、改正方法和审核人意见，可直接修改后发出。'],
    ['review-letter.pdf', '审核意见书（PDF）', '同上，PDF 格式。'],
    ['datapackage.zip', '数据包（Fiscal Data Package，ZIP）', '数字（facts.csv）和描述文件（datapackage.json），供开放数据工具使用；描述中说明了如何汇总而不重复计算。'],
    ['export.json', '完整数据（JSON）', '文件信息、表格、数字、审核发现、情况说明和绩效。'],
    ['file', '原文件', `上传时的文件，逐字节不变（${d.fileName}）。`],
  ];
  return h(
    'ul',
    { class: 'downloads' },
    items.map(([path, label, text]) => h('li', {}, h('a', { href: `${base}/${path}`, download: '' }, label), h('p', { class: 'small muted' }, text))),
  );
}
