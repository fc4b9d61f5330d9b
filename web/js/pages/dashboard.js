// The reviewer's dashboard: departments × years, each cell the status of that year's disclosure (errors, warnings,
// passed, or missing); departments with the most errors first; filter by region.
import { getJson, withQuery } from '../api.js';
import { errorBox, field, h, loading, replace, title } from '../dom.js';
import { setQuery } from '../router.js';

function pill(c) {
  const status = c.errors ? 'error' : c.warnings ? 'warning' : 'ok';
  const text = c.errors ? `错误 ${c.errors}` : c.warnings ? `警告 ${c.warnings}` : '通过';
  return h('a', { class: ['pill', status], href: `#/d/${c.id}`, title: `${c.kind}：错误 ${c.errors}、警告 ${c.warnings}、提示 ${c.infos}` }, text);
}

export async function render(main, { query }) {
  const results = h('div', {});
  const regionSelect = h('select', { id: 'dash-region', name: 'region' }, h('option', { value: '' }, '全部地区'));
  const errorsOnly = h('input', { type: 'checkbox', id: 'dash-errors', name: 'errorsOnly' });
  const form = h(
    'form',
    { class: 'form-row', 'aria-label': '筛选' },
    field('dash-region', '地区', regionSelect),
    h('label', { class: 'check' }, errorsOnly, '只看有错误的部门'),
    h('button', { type: 'submit' }, '筛选'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    setQuery('/dashboard', { region: regionSelect.value, errorsOnly: errorsOnly.checked ? 'true' : '' });
  });
  main.append(
    title('审核总览'),
    h('p', { class: 'muted' }, '每行一个部门，每列一个年度；有错误的部门排在前面。点击格子打开该年的决算。'),
    form,
    results,
  );

  async function load(q) {
    const region = q.get('region') ?? '';
    const only = q.get('errorsOnly') === 'true';
    const page = Number(q.get('page') ?? 1) || 1;
    errorsOnly.checked = only;
    replace(results, loading());
    try {
      const data = await getJson(withQuery('/api/dashboard', { region, errorsOnly: only ? 'true' : '', page, pageSize: 50 }));
      replace(regionSelect, h('option', { value: '' }, '全部地区'), data.regions.map((r) => h('option', { value: r, selected: r === region }, r)));
      const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
      const nav = (p) => setQuery('/dashboard', { region, errorsOnly: only ? 'true' : '', page: p > 1 ? p : '' });
      const c = data.counts;
      replace(
        results,
        h(
          'p',
          { class: 'legend', role: 'status' },
          h('span', {}, `${region || '全部地区'}：${c.disclosures} 份决算`),
          h('span', { class: 'pill error' }, `有错误 ${c.withErrors}`),
          h('span', { class: 'pill warning' }, `仅有警告 ${c.withWarnings}`),
          h('span', { class: 'pill ok' }, `通过 ${c.clean}`),
          data.unassigned ? h('span', { class: 'muted' }, `另有 ${data.unassigned} 份未识别部门`) : null,
        ),
        data.departments.length
          ? h(
              'div',
              { class: 'table-scroll' },
              h(
                'table',
                { class: 'data matrix' },
                h('caption', { class: 'sr-only' }, '部门 × 年度审核状态'),
                h(
                  'thead',
                  {},
                  h('tr', {}, h('th', { scope: 'col' }, '部门'), h('th', { scope: 'col' }, '地区'), data.years.map((y) => h('th', { scope: 'col', class: 'num' }, `${y} 年`)), h('th', { scope: 'col', class: 'num' }, '错误合计')),
                ),
                h(
                  'tbody',
                  {},
                  data.departments.map((d) =>
                    h(
                      'tr',
                      {},
                      h('th', { scope: 'row' }, h('a', { href: `#/departments/${d.id}` }, d.name)),
                      h('td', {}, d.region ?? ''),
                      data.years.map((y) => {
                        const cells = d.cells.filter((x) => x.year === y);
                        return h('td', { class: 'cell' }, cells.length ? cells.map(pill) : h('span', { class: 'pill missing', title: '没有这一年的决算' }, '缺'));
                      }),
                      h('td', { class: 'num' }, d.errors ? h('span', { class: 'badge error' }, d.errors) : '0'),
                    ),
                  ),
                ),
              ),
            )
          : h('p', { class: 'muted' }, '没有符合条件的部门。'),
        pages > 1
          ? h(
              'nav',
              { class: 'pager', 'aria-label': '翻页' },
              h('button', { type: 'button', class: 'secondary', disabled: page <= 1, on: { click: () => nav(page - 1) } }, '上一页'),
              h('span', { class: 'muted' }, `第 ${page} / ${pages} 页，共 ${data.total} 个部门`),
              h('button', { type: 'button', class: 'secondary', disabled: page >= pages, on: { click: () => nav(page + 1) } }, '下一页'),
            )
          : null,
      );
    } catch (e) {
      replace(results, errorBox(e));
    }
  }
  await load(query);
  return { update: ({ query: q }) => load(q) };
}
