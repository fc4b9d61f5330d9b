// A department's years side by side: 收入总计, 支出总计 and 三公 spending by year as charts (ECharts, loaded only
// here) and as a table of the exact printed values, each year linking to its disclosure.
import { getJson } from '../api.js';
import { amount, errorBox, h, loading, replace, title } from '../dom.js';
import { chart, tenThousands } from '../charts.js';

export async function render(main, { params }) {
  main.append(loading());
  let data;
  try {
    data = await getJson(`/api/departments/${Number(params.id)}`);
  } catch (e) {
    replace(main, title('无法打开这个部门'), errorBox(e));
    return undefined;
  }
  const { department, disclosures, figures } = data;
  const years = disclosures.map((d) => `${d.year ?? '年度不明'}${disclosures.filter((x) => x.year === d.year).length > 1 ? `（${d.kind}）` : ''}`);
  const chartMoney = h('div', { class: 'chart', id: 'chart-totals' });
  const chartThree = h('div', { class: 'chart', id: 'chart-three' });
  const status = h('div', {});
  const table = h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'data', id: 'years-table' },
      h('caption', {}, '各年数字（按原文印刷值）'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '年度'), figures.map((f) => h('th', { scope: 'col', class: 'num' }, f.label)), h('th', { scope: 'col' }, '审核'))),
      h(
        'tbody',
        {},
        disclosures.map((d, i) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, h('a', { href: `#/d/${d.id}` }, years[i])),
            figures.map((f) => {
              const v = d.figures[f.key];
              return h('td', { class: 'num' }, v ? `${amount(v.value)} ${v.unit}` : '—');
            }),
            h('td', {}, d.errors ? h('span', { class: 'badge error' }, `错误 ${d.errors}`) : h('span', { class: 'badge ok' }, '无错误'), ' ', d.warnings ? h('span', { class: 'badge warning' }, `警告 ${d.warnings}`) : ''),
          ),
        ),
      ),
    ),
  );
  replace(
    main,
    title(`${department.name} · 历年决算`),
    h('p', { class: 'muted' }, `${department.region ?? '地区未识别'} · 共 ${disclosures.length} 份决算。图中金额换算为万元，表中为原文印刷值。`),
    status,
    h('div', { class: 'charts' }, chartMoney, chartThree),
    table,
  );

  const series = (key) => disclosures.map((d) => tenThousands(d.figures[key]));
  const charts = [];
  try {
    charts.push(
      await chart(
        chartMoney,
        {
          title: { text: '收入总计与支出总计（万元）', left: 8, top: 6, textStyle: { fontSize: 14 } },
          tooltip: { trigger: 'axis' },
          legend: { top: 32, left: 8 },
          grid: { left: 64, right: 16, top: 72, bottom: 32 },
          xAxis: { type: 'category', data: years },
          yAxis: { type: 'value' },
          series: [
            { name: '收入总计', type: 'bar', data: series('income') },
            { name: '支出总计', type: 'bar', data: series('expenditure') },
          ],
        },
        `${department.name}各年收入总计与支出总计柱状图：` + disclosures.map((d, i) => `${years[i]} 收入 ${d.figures.income?.value ?? '无'}，支出 ${d.figures.expenditure?.value ?? '无'}`).join('；'),
      ),
    );
    charts.push(
      await chart(
        chartThree,
        {
          title: { text: '“三公”经费支出（万元）', left: 8, top: 6, textStyle: { fontSize: 14 } },
          tooltip: { trigger: 'axis' },
          grid: { left: 64, right: 24, top: 56, bottom: 32 },
          xAxis: { type: 'category', data: years },
          yAxis: { type: 'value' },
          series: [{ name: '“三公”经费支出', type: 'line', data: series('threePublic'), symbolSize: 9, label: { show: true } }],
        },
        `${department.name}各年“三公”经费支出折线图：` + disclosures.map((d, i) => `${years[i]} ${d.figures.threePublic?.value ?? '无'}`).join('；'),
      ),
    );
    chartMoney.dataset.ready = 'true';
  } catch (e) {
    replace(status, errorBox(e));
  }
  return { destroy: () => charts.forEach((c) => c.dispose()) };
}
