// The reviewer's dashboard: how many disclosures have errors, were not fully read, have only warnings, or pass (each count opens the list so
// filtered); the rules that fail most often; what is missing (standard tables, parts of the 情况说明); and the
// departments × years matrix, departments with the most errors first. Only current versions count. Filters and
// page live in the address.
import { getJson, withQuery } from '../api.js';
import { errorBox, field, h, loading, replace, title } from '../dom.js';
import { setQuery } from '../router.js';
import { statusClass, statusText } from '../audit-status.js';
import { auditStatusLabel } from '../labels.js';

function pill(c) {
  return h('a', { class: ['pill', statusClass(c)], href: `#/d/${c.id}`, title: `${c.kind}：${auditStatusLabel(c.status)}；错误 ${c.errors}、警告 ${c.warnings}、提示 ${c.infos}` }, statusText(c));
}

/** A link to the list of stored disclosures with these filters. */
const listLink = (filters, text, attrs = {}) => h('a', { href: `#/${withQuery('', filters)}`, ...attrs }, text);

function overview(data, region) {
  const c = data.counts;
  const base = region ? { region } : {};
  return h(
    'p',
    { class: 'legend', role: 'status' },
    h('span', {}, `${region || '全部地区'}：`, listLink(base, `${c.disclosures} 份决算`)),
    listLink({ ...base, status: 'errors' }, `有错误 ${c.withErrors}`, { class: 'pill error' }),
    listLink({ ...base, status: 'incomplete' }, `${auditStatusLabel('incomplete')} ${c.incomplete}`, { class: 'pill incomplete', title: '没有错误，但有数字未能读取：审核不完整，不算通过' }),
    listLink({ ...base, status: 'warnings' }, `${auditStatusLabel('warnings')} ${c.withWarnings}`, { class: 'pill warning' }),
    listLink({ ...base, status: 'clean' }, `${auditStatusLabel('clean')} ${c.clean}`, { class: 'pill ok' }),
    data.unassigned ? h('span', { class: 'muted' }, `另有 ${data.unassigned} 份未识别部门`) : null,
  );
}

function topRules(data, region) {
  if (!data.topRules.length) return null;
  return h(
    'section',
    { class: 'card', id: 'top-rules' },
    h('h2', {}, '未通过最多的规则'),
    h(
      'ol',
      { class: 'bars' },
      data.topRules.map((r) =>
        h(
          'li',
          {},
          h('a', { href: `#/rules?rule=${encodeURIComponent(r.rule)}` }, `${r.title}（${r.rule}）`),
          ' ',
          listLink({ ...(region ? { region } : {}), failedRule: r.rule }, `${r.disclosures} 份决算`, { class: 'count' }),
        ),
      ),
    ),
  );
}

function completeness(data, region) {
  const k = data.completeness;
  if (!k.disclosures) return null;
  const base = { ...(region ? { region } : {}) };
  const row = (label, missing, filters, of) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, label),
      h('td', { class: 'num' }, missing ? listLink({ ...base, ...filters }, `${missing} 份`) : '0', of === undefined ? null : h('span', { class: 'muted' }, ` / ${of}`)),
    );
  return h(
    'section',
    { class: 'card', id: 'completeness' },
    h('h2', {}, '完整性'),
    h('p', { class: 'small muted' }, `在 ${k.disclosures} 份决算中：缺少各标准表的份数 / 应公开该表的份数（地区模板增加的表只计这些地区），以及情况说明中没有某部分数字的份数（按说明中读到的数字判断）。`),
    h(
      'div',
      { class: 'two-col' },
      h('table', { class: 'data' }, h('caption', {}, '缺少的表'), h('tbody', {}, k.tables.map((t) => row(t.label, t.missing, { missingTable: t.table, kind: '部门决算' }, t.required)))),
      h('table', { class: 'data' }, h('caption', {}, '情况说明缺少的部分'), h('tbody', {}, k.topics.map((t) => row(t.label, t.missing, { missingTopic: t.topic, kind: '部门决算' })))),
    ),
  );
}

export async function render(main, { query }) {
  const results = h('div', {});
  const regionSelect = h('select', { id: 'dash-region', name: 'region' }, h('option', { value: '' }, '全部地区'));
  const errorsOnly = h('input', { type: 'checkbox', id: 'dash-errors', name: 'errorsOnly' });
  const exportLink = h('a', { class: 'button secondary', download: '' }, '下载总览（CSV）');
  const form = h(
    'form',
    { class: 'form-row', 'aria-label': '筛选' },
    field('dash-region', '地区', regionSelect),
    h('label', { class: 'check' }, errorsOnly, '只看有错误的部门'),
    h('button', { type: 'submit' }, '筛选'),
    exportLink,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    setQuery('/dashboard', { region: regionSelect.value, errorsOnly: errorsOnly.checked ? 'true' : '' });
  });
  main.append(title('审核总览'), h('p', { class: 'muted' }, '只计每个部门、年度的当前版本。点击数字查看相应的决算；矩阵中每行一个部门，每列一个年度。'), form, results);

  async function load(q) {
    const region = q.get('region') ?? '';
    const only = q.get('errorsOnly') === 'true';
    const page = Number(q.get('page') ?? 1) || 1;
    errorsOnly.checked = only;
    exportLink.href = `/api/dashboard.csv${withQuery('', { region, errorsOnly: only ? 'true' : '' })}`;
    replace(results, loading());
    try {
      const data = await getJson(withQuery('/api/dashboard', { region, errorsOnly: only ? 'true' : '', page, pageSize: 50 }));
      replace(regionSelect, h('option', { value: '' }, '全部地区'), data.regions.map((r) => h('option', { value: r, selected: r === region }, r)));
      const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
      const nav = (p) => setQuery('/dashboard', { region, errorsOnly: only ? 'true' : '', page: p > 1 ? p : '' });
      replace(
        results,
        overview(data, region),
        h('div', { class: 'dash-cards' }, topRules(data, region), completeness(data, region)),
        h('h2', {}, '部门 × 年度'),
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
