/* global queueMicrotask */
// Comparing disclosures (departments, or years of one department): pick them by department name, then see the key
// figures as a chart (“三公” on its own axis: it is far smaller than the totals) and every figure side by side with
// its 科目 name, in the order the tables print them; "只看不同" keeps only the rows that differ and marks the cells
// that differ from the first disclosure.
import { getJson, withQuery } from '../api.js';
import { amount, errorBox, field, h, loading, replace, title } from '../dom.js';
import { chart, tenThousands } from '../charts.js';
import { disclosureName, keyFigures, tableName } from '../labels.js';
import { setQuery } from '../router.js';

/** Key figures on the main axis (totals) and on their own axis (三公 and its items, 机关运行经费). */
const SMALL = new Set(['threePublic', 'overseas', 'vehicles', 'reception', 'operatingCost']);

const idsOf = (q) => [...new Set((q.get('ids') ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0))].slice(0, 20);

export async function render(main, { query }) {
  let ids = idsOf(query);
  const chosen = h('ul', { class: 'chips', 'aria-label': '已选的决算' });
  const found = h('div', {});
  const result = h('div', {});
  const nameInput = h('input', { id: 'cmp-dep', type: 'search', placeholder: '部门名称的一部分' });
  const yearInput = h('input', { id: 'cmp-year', type: 'text', inputmode: 'numeric', size: 6 });
  const picker = h(
    'form',
    { class: 'form-row', role: 'search', 'aria-label': '查找要对比的决算' },
    field('cmp-dep', '部门', nameInput),
    field('cmp-year', '年度', yearInput),
    h('button', { type: 'submit' }, '查找'),
  );
  const setIds = (next) => setQuery('/compare', { ids: next.join(',') });
  /** The 加入对比 buttons say whether their disclosure is already chosen. */
  const markButtons = () => {
    for (const b of found.querySelectorAll('button[data-id]')) {
      const on = ids.includes(Number(b.dataset.id));
      b.disabled = on;
      b.textContent = on ? '已加入' : '加入对比';
      b.setAttribute('aria-pressed', String(on));
    }
  };
  picker.addEventListener('submit', async (e) => {
    e.preventDefault();
    replace(found, loading());
    try {
      const data = await getJson(withQuery('/api/disclosures', { department: nameInput.value.trim(), year: yearInput.value.trim(), pageSize: 20 }));
      replace(
        found,
        data.items.length
          ? h(
              'ul',
              { class: 'results' },
              data.items.map((d) =>
                h(
                  'li',
                  { class: 'row' },
                  h('span', {}, `${disclosureName(d)}（${d.region ?? '地区未识别'}）`),
                  h('button', { type: 'button', class: 'secondary', 'data-id': d.id, on: { click: () => setIds([...ids, d.id]) } }, '加入对比'),
                ),
              ),
            )
          : h('p', { class: 'muted' }, '没有找到。'),
      );
      markButtons();
    } catch (err) {
      replace(found, errorBox(err));
    }
  });

  main.append(
    title('对比决算'),
    h('p', { class: 'muted' }, '选择两份或更多决算（不同部门，或同一部门的不同年度），逐项对比它们的数字。'),
    picker,
    found,
    h('h2', {}, '已选'),
    chosen,
    result,
  );

  async function load(q) {
    ids = idsOf(q);
    markButtons();
    if (!ids.length) {
      replace(chosen, h('li', { class: 'muted' }, '尚未选择。'));
      replace(result);
      return;
    }
    replace(result, loading());
    try {
      const data = await getJson(withQuery('/api/compare', { ids: ids.join(',') }));
      replace(
        chosen,
        data.disclosures.map((d) =>
          h(
            'li',
            {},
            h('a', { href: `#/d/${d.id}` }, disclosureName(d)),
            h('button', { type: 'button', class: 'secondary', 'aria-label': `移除 ${disclosureName(d)}`, on: { click: () => setIds(ids.filter((x) => x !== d.id)) } }, '移除'),
          ),
        ),
      );
      if (data.disclosures.length < 2) {
        replace(result, h('p', { class: 'muted' }, '再选一份决算即可对比。'));
        return;
      }
      replace(result, comparison(data));
    } catch (e) {
      replace(result, errorBox(e));
    }
  }
  await load(query);
  return { update: ({ query: q }) => load(q) };
}

/** The amount a cell compares by: 元 when known, else the printed value. */
const compared = (v) => (v ? (v.yuan ?? v.value) : null);

function comparison(data) {
  const names = data.disclosures.map((d) => `${d.department ?? '未识别'} ${d.year ?? ''}`);
  const first = String(data.disclosures[0].id);
  const differs = (row) => new Set(data.disclosures.map((d) => compared(row.values[String(d.id)]))).size > 1;
  const chartEl = h('div', { class: 'chart', id: 'compare-chart' });
  const tableSelect = h('select', { id: 'cmp-table' }, h('option', { value: '' }, '全部表'), [...new Set(data.rows.map((r) => r.table))].map((t) => h('option', { value: t }, tableName(t))));
  const onlyDiff = h('input', { type: 'checkbox', id: 'cmp-diff', checked: true });
  const body = h('tbody', {});
  const fill = () => {
    const rows = data.rows.filter((r) => (!tableSelect.value || r.table === tableSelect.value) && (!onlyDiff.checked || differs(r)));
    replace(
      body,
      rows.length ? null : h('tr', {}, h('td', { colspan: data.disclosures.length + 2, class: 'muted' }, onlyDiff.checked ? '所选决算的这些数字完全相同。' : '没有数字。')),
      rows.slice(0, 1000).map((r) => {
        const rowDiffers = differs(r);
        const base = compared(r.values[first]);
        return h(
          'tr',
          { class: rowDiffers ? 'differs' : null },
          h('th', { scope: 'row' }, h('span', { class: 'small muted' }, r.tableName), h('div', {}, r.rowName)),
          h('td', { class: 'small' }, r.column),
          data.disclosures.map((d, i) => {
            const v = r.values[String(d.id)];
            // Only the cells that differ from the first disclosure are marked, not the whole row.
            const mark = rowDiffers && i > 0 && compared(v) !== base;
            return h('td', { class: ['num', mark ? 'diff' : ''] }, v ? `${amount(v.value)} ${v.unit}` : '—');
          }),
        );
      }),
      rows.length > 1000 ? h('tr', {}, h('td', { colspan: data.disclosures.length + 2, class: 'muted' }, `只显示前 1000 行，共 ${rows.length} 行；请按表筛选。`)) : null,
    );
  };
  tableSelect.addEventListener('change', fill);
  onlyDiff.addEventListener('change', fill);
  fill();
  const figures = keyFigures().filter((k) => data.disclosures.some((d) => d.figures[k.key]));
  const wrap = h(
    'div',
    {},
    h('div', { class: 'section-head' }, h('h2', {}, '主要数字'), h('a', { class: 'button secondary', href: `/api/compare.csv?ids=${data.disclosures.map((d) => d.id).join(',')}`, download: '' }, '下载对比（CSV）')),
    chartEl,
    h('h2', {}, '逐项对比'),
    h('div', { class: 'form-row' }, field('cmp-table', '表', tableSelect), h('label', { class: 'check' }, onlyDiff, '只看不同')),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data', id: 'compare-table' },
        h('caption', { class: 'sr-only' }, '逐项对比'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '科目或行'), h('th', { scope: 'col' }, '栏'), names.map((n) => h('th', { scope: 'col', class: 'num' }, n)))),
        body,
      ),
    ),
  );
  // Drawn once the element is in the document (ECharts measures its box).
  queueMicrotask(() =>
    chart(
      chartEl,
      {
        tooltip: { trigger: 'axis' },
        title: { text: '主要数字（万元）', left: 8, top: 6, textStyle: { fontSize: 14 } },
        legend: { type: 'scroll', top: 30, left: 8, right: 8 },
        grid: { left: 8, right: 8, top: 72, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: figures.map((k) => k.label), axisLabel: { interval: 0, width: 64, overflow: 'break' } },
        yAxis: [
          { type: 'value', name: '收支（万元）' },
          { type: 'value', name: '“三公”等（万元）', splitLine: { show: false } },
        ],
        series: data.disclosures.flatMap((d, i) => [
          { name: names[i], type: 'bar', yAxisIndex: 0, data: figures.map((k) => (SMALL.has(k.key) ? null : tenThousands(d.figures[k.key]))) },
          { name: names[i], type: 'bar', yAxisIndex: 1, data: figures.map((k) => (SMALL.has(k.key) ? tenThousands(d.figures[k.key]) : null)) },
        ]),
      },
      `主要数字对比柱状图：${data.disclosures.map((d, i) => `${names[i]} ${figures.map((k) => `${k.label} ${d.figures[k.key]?.value ?? '无'}`).join('，')}`).join('；')}`,
    )
      .then(() => (chartEl.dataset.ready = 'true'))
      .catch((e) => chartEl.replaceWith(errorBox(e))),
  );
  return wrap;
}
