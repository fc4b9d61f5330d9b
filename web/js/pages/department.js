// A department over the years: its key figures each year with the change from the year before (amount and %), the
// 上年数 each disclosure prints beside the previous year's own figure, charts (ECharts, loaded only here), and its
// spending broken down by function class (类/款/项) or economic class. Older versions are listed, not counted.
import { getJson, withQuery } from '../api.js';
import { amount, errorBox, field, h, loading, replace, title } from '../dom.js';
import { chart, tenThousands } from '../charts.js';
import { statusBadge } from '../audit-status.js';
import { getCatalog } from '../labels.js';
import { budgetFinalView } from './department-budget.js';
import { sourceHref } from '../source-panel.js';

const yuanText = (yuan) => {
  const wan = Number(yuan) / 10000;
  return `${wan >= 0 ? '+' : ''}${wan.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 万元`;
};

function figureCell(d, key) {
  const v = d.figures[key];
  const c = d.changes[key];
  const p = d.prior[key];
  return h(
    'td',
    { class: 'num' },
    v ? h('div', {}, `${amount(v.value)} ${v.unit}`, v.origin === 'narrative' ? h('span', { class: 'small muted', title: '表格中没有，取自情况说明' }, '（说明）') : null) : '—',
    c ? h('div', { class: ['small', Number(c.amount) > 0 ? 'up' : Number(c.amount) < 0 ? 'down' : ''] }, `${yuanText(c.amount)}${c.percent !== null ? `（${Number(c.percent) > 0 ? '+' : ''}${c.percent}%）` : ''}`) : null,
    p
      ? h(
          'div',
          { class: ['small', p.agrees === false ? 'mismatch' : 'muted'], title: p.agrees === false ? '与上一年度决算本身的数不同' : '' },
          `印的上年数 ${amount(p.value)} ${p.unit}${p.agrees === false ? '，与上年决算不符' : p.agrees ? '，与上年决算一致' : ''}`,
        )
      : null,
  );
}

function breakdownView(depId) {
  const by = h('select', { id: 'bd-by' }, h('option', { value: 'function' }, '功能分类（公开03）'), h('option', { value: 'economic' }, '经济分类（公开06）'));
  const level = h('select', { id: 'bd-level' }, ['类', '款', '项'].map((l) => h('option', { value: l }, l)));
  const body = h('div', {});
  const load = async () => {
    replace(body, loading());
    try {
      const data = await getJson(withQuery(`/api/departments/${depId}/breakdown`, { by: by.value, level: level.value }));
      replace(
        body,
        h('p', { class: 'small muted' }, data.label),
        data.rows.length
          ? h(
              'div',
              { class: 'table-scroll' },
              h(
                'table',
                { class: 'data', id: 'breakdown-table' },
                h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '科目'), data.years.map((y) => h('th', { scope: 'col', class: 'num' }, h('a', { href: `#/d/${y.disclosureId}/tables` }, `${y.year ?? '年度不明'}`))))),
                h('tbody', {}, data.rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, `${r.code} ${r.name}`), r.values.map((v) => h('td', { class: 'num' }, v ? `${amount(v.value)} ${v.unit}` : '—'))))),
              ),
            )
          : h('p', { class: 'muted' }, '这一层级没有数字。'),
      );
    } catch (e) {
      replace(body, errorBox(e));
    }
  };
  by.addEventListener('change', load);
  level.addEventListener('change', load);
  load();
  return h('section', { id: 'breakdown' }, h('h2', {}, '支出构成'), h('div', { class: 'form-row' }, field('bd-by', '分类', by), field('bd-level', '层级', level)), body);
}

export async function render(main, { params }) {
  main.append(loading());
  let data;
  try {
    data = await getJson(`/api/departments/${Number(params.id)}`);
  } catch (e) {
    replace(main, title('无法打开这个部门'), errorBox(e));
    return undefined;
  }
  const { department, figures } = data;
  // The key figures are a 决算's (its tables' 决算数); the 预算 are set against them in their own section below.
  const budgetKinds = getCatalog().kinds.find((k) => k.family === 'budget')?.documentKinds ?? [];
  const disclosures = data.disclosures.filter((d) => !budgetKinds.includes(d.kind));
  const current = disclosures.filter((d) => d.supersededBy === null);
  const label = (d) => `${d.year ?? '年度不明'}${current.filter((x) => x.year === d.year).length > 1 ? `（${d.kind}）` : ''}`;
  const years = current.map(label);
  const shown = figures.filter((f) => disclosures.some((d) => d.figures[f.key]));
  const staffShown = data.staffFigures.filter((f) => disclosures.some((d) => d.staff[f.key]));
  const staffCell = (d, key) => {
    const v = d.staff[key];
    return h('td', { class: 'num' }, v ? h('a', { href: sourceHref(`/d/${d.id}/findings`, v.source), title: '部门概况中的说明' }, `${v.value} ${v.unit}`) : '—');
  };
  const chartMoney = h('div', { class: 'chart', id: 'chart-totals' });
  const chartThree = h('div', { class: 'chart', id: 'chart-three' });
  const status = h('div', {});
  const budgetFinal = budgetFinalView(department.id);
  const table = h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'data', id: 'years-table' },
      h('caption', {}, '各年决算的主要数字（原文印刷值），比上年增减，情况说明中印的上年数，及部门概况所述的人数'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '年度'), shown.map((f) => h('th', { scope: 'col', class: 'num' }, f.label)), staffShown.map((f) => h('th', { scope: 'col', class: 'num' }, f.label)), h('th', { scope: 'col' }, '审核'))),
      h(
        'tbody',
        {},
        disclosures.map((d) =>
          h(
            'tr',
            { class: d.supersededBy === null ? null : 'superseded' },
            h('th', { scope: 'row' }, h('a', { href: `#/d/${d.id}` }, label(d)), d.supersededBy === null ? null : h('div', { class: 'small muted' }, '旧版本，不计')),
            shown.map((f) => figureCell(d, f.key)),
            staffShown.map((f) => staffCell(d, f.key)),
            h('td', {}, statusBadge(d), ' ', d.status === 'errors' && d.warnings ? h('span', { class: 'badge warning' }, `警告 ${d.warnings}`) : ''),
          ),
        ),
      ),
    ),
  );
  replace(
    main,
    title(`${department.name} · 历年预算与决算`),
    h('p', { class: 'muted' }, `${department.region ?? '地区未识别'} · 决算共 ${current.length} 个年度${disclosures.length > current.length ? `（另有 ${disclosures.length - current.length} 份旧版本）` : ''}。图中金额换算为万元，表中为原文印刷值。`),
    status,
    h('div', { class: 'charts' }, chartMoney, chartThree),
    table,
    budgetFinal.section,
    breakdownView(department.id),
  );

  const series = (key) => current.map((d) => tenThousands(d.figures[key]));
  const charts = [];
  try {
    charts.push(
      await chart(
        chartMoney,
        {
          title: { text: '收入总计与支出总计（万元）', left: 8, top: 6, textStyle: { fontSize: 14 } },
          tooltip: { trigger: 'axis' },
          legend: { top: 32, left: 8 },
          grid: { left: 56, right: 12, top: 72, bottom: 32, containLabel: true },
          xAxis: { type: 'category', data: years },
          yAxis: { type: 'value' },
          series: [
            { name: '收入总计', type: 'bar', data: series('income') },
            { name: '支出总计', type: 'bar', data: series('expenditure') },
          ],
        },
        `${department.name}各年收入总计与支出总计柱状图：` + current.map((d, i) => `${years[i]} 收入 ${d.figures.income?.value ?? '无'}，支出 ${d.figures.expenditure?.value ?? '无'}`).join('；'),
      ),
    );
    charts.push(
      await chart(
        chartThree,
        {
          title: { text: '“三公”经费与机关运行经费（万元）', left: 8, top: 6, textStyle: { fontSize: 14 } },
          tooltip: { trigger: 'axis' },
          legend: { top: 32, left: 8 },
          grid: { left: 56, right: 12, top: 72, bottom: 32, containLabel: true },
          xAxis: { type: 'category', data: years },
          yAxis: { type: 'value' },
          series: [
            { name: '“三公”经费', type: 'line', data: series('threePublic'), symbolSize: 9, label: { show: true } },
            { name: '机关运行经费', type: 'line', data: series('operatingCost'), symbolSize: 9 },
          ],
        },
        `${department.name}各年“三公”经费与机关运行经费折线图：` + current.map((d, i) => `${years[i]} 三公 ${d.figures.threePublic?.value ?? '无'}，机关运行经费 ${d.figures.operatingCost?.value ?? '无'}`).join('；'),
      ),
    );
    chartMoney.dataset.ready = 'true';
  } catch (e) {
    replace(status, errorBox(e));
  }
  return {
    destroy: () => {
      charts.forEach((c) => c.dispose());
      budgetFinal.dispose();
    },
  };
}
