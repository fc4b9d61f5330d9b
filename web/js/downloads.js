// The downloads of one disclosure (the export endpoints).
import { h } from './dom.js';

export function downloadsView(d) {
  const base = `/api/disclosures/${d.id}`;
  const items = [
    ['facts.csv', '数字（CSV）', '全部数字，每行一个：表、行、栏、数值、单位、金额（元）和出处。可用 Excel 或 WPS 打开（UTF-8）。'],
    ['findings.csv', '审核发现（CSV）', '每个问题一行：规则、级别、说明、位置、应为、实为、差额、容差、出处。'],
    ['export.xlsx', '工作簿（XLSX）', '概况、数字、审核发现和表格四个工作表，数字为精确数值。'],
    ['export.json', '完整数据（JSON）', '文件信息、表格、数字、审核发现、情况说明和绩效。'],
    ['datapackage.json', '数据包描述（Fiscal Data Package）', '与“数字（CSV）”配套的数据包描述文件，供开放数据工具使用。'],
    ['file', '原文件', `上传时的文件，逐字节不变（${d.fileName}）。`],
  ];
  return h(
    'ul',
    { class: 'downloads' },
    items.map(([path, label, text]) => h('li', {}, h('a', { href: `${base}/${path}`, download: '' }, label), h('p', { class: 'small muted' }, text))),
  );
}
