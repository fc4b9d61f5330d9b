/* global queueMicrotask */
// Comparing disclosures (departments, or years of one department): pick them by department name, then see the key
// figures as a chart and every figure side by side (GET /api/compare), optionally only where they differ.
import { getJson, withQuery } from '../api.js';
import { amount, errorBox, field, h, loading, replace, title } from '../dom.js';
import { chart, tenThousands } from '../charts.js';
import { disclosureName, keyFigures, tableName } from '../labels.js';
import { setQuery } from '../router.js';


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
                  h('button', { type: 'button', class: 'secondary', disabled: ids.includes(d.id), on: { click: () => setIds([...ids, d.id]) } }, ids.includes(d.id) ? '已加入' : '加入对比'),
                ),
              ),
            )
          : h('p', { class: 'muted' }, '没有找到。'),
      );
    } catch (err) {
      replace(found, errorBox(err));
    }
  });
  const setIds = (next) => setQuery('/compare', { ids: next.join(',') });

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
    for (const b of found.querySelectorAll('button')) b.disabled = false;
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

function comparison(data) {
  const names = data.disclosures.map((d) => `${d.department ?? '未识别'} ${d.year ?? ''}`);
  const keyValues = keyFigures().map((k) => data.rows.find((r) => r.table === k.table && r.row === k.row && (!k.column || r.column === k.column)));
  const chartEl = h('div', { class: 'chart', id: 'compare-chart' });
  const tableSelect = h('select', { id: 'cmp-table' }, h('option', { value: '' }, '全部表'), [...new Set(data.rows.map((r) => r.table))].map((t) => h('option', { value: t }, tableName(t))));
  const onlyDiff = h('input', { type: 'checkbox', id: 'cmp-diff', checked: true });
  const body = h('tbody', {});
  const fill = () => {
    const rows = data.rows.filter((r) => (!tableSelect.value || r.table === tableSelect.value) && (!onlyDiff.checked || differs(r, data.disclosures)));
    replace(
      body,
      rows.length ? null : h('tr', {}, h('td', { colspan: data.disclosures.length + 1, class: 'muted' }, onlyDiff.checked ? '所选决算的这些数字完全相同。' : '没有数字。')),
      rows.slice(0, 1000).map((r) =>
        h(
          'tr',
          { class: differs(r, data.disclosures) ? 'differs' : null },
          h('th', { scope: 'row' }, `${r.table} · ${r.row} · ${r.column}`),
          data.disclosures.map((d) => {
            const v = r.values[String(d.id)];
            return h('td', { class: 'num' }, v ? `${amount(v.value)} ${v.unit}` : '—');
          }),
        ),
      ),
      rows.length > 1000 ? h('tr', {}, h('td', { colspan: data.disclosures.length + 1, class: 'muted' }, `只显示前 1000 行，共 ${rows.length} 行；请按表筛选。`)) : null,
    );
  };
  tableSelect.addEventListener('change', fill);
  onlyDiff.addEventListener('change', fill);
  fill();
  const wrap = h(
    'div',
    {},
    h('h2', {}, '主要数字'),
    chartEl,
    h('h2', {}, '逐项对比'),
    h('div', { class: 'form-row' }, field('cmp-table', '表', tableSelect), h('label', { class: 'check' }, onlyDiff, '只看不同的数字')),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data', id: 'compare-table' },
        h('caption', { class: 'sr-only' }, '逐项对比'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '表 · 行 · 栏'), names.map((n) => h('th', { scope: 'col', class: 'num' }, n)))),
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
        legend: { top: 32, left: 8 },
        grid: { left: 64, right: 16, top: 72, bottom: 32 },
        xAxis: { type: 'category', data: keyFigures().map((k) => k.label) },
        yAxis: { type: 'value' },
        series: data.disclosures.map((d, i) => ({ name: names[i], type: 'bar', data: keyValues.map((r) => tenThousands(r?.values[String(d.id)])) })),
      },
      `主要数字对比柱状图：${data.disclosures.map((d, i) => `${names[i]} ${keyFigures().map((k, j) => `${k.label} ${keyValues[j]?.values[String(d.id)]?.value ?? '无'}`).join('，')}`).join('；')}`,
    )
      .then(() => (chartEl.dataset.ready = 'true'))
      .catch((e) => chartEl.replaceWith(errorBox(e))),
  );
  return wrap;
}

function differs(row, disclosures) {
  const values = disclosures.map((d) => row.values[String(d.id)]?.yuan ?? row.values[String(d.id)]?.value ?? null);
  return new Set(values).size > 1;
}
