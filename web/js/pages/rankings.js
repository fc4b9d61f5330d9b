// Rankings across departments (GET /api/rankings): 三公, 机关运行经费, another key figure, or a chosen 科目, per
// region and year; each amount links to where it was read. Choices live in the address.
import { getJson, withQuery } from '../api.js';
import { amount, errorBox, field, h, loading, replace, title } from '../dom.js';
import { getCatalog, keyFigures } from '../labels.js';
import { setQuery } from '../router.js';
import { sourceHref } from '../source-panel.js';

export async function render(main, { query }) {
  const measure = h('select', { id: 'rank-measure', name: 'measure' }, keyFigures().map((k) => h('option', { value: k.key }, k.label)), h('option', { value: 'subject' }, '某个科目（填编码）'));
  const code = h('input', { id: 'rank-code', name: 'code', type: 'text', inputmode: 'numeric', size: 9, placeholder: '如 2101101' });
  const year = h('input', { id: 'rank-year', name: 'year', type: 'text', inputmode: 'numeric', size: 6 });
  const region = h('input', { id: 'rank-region', name: 'region', type: 'text', size: 10, placeholder: '地区名称的一部分' });
  const kind = h('select', { id: 'rank-kind', name: 'kind' }, h('option', { value: '' }, '全部'), getCatalog().documentKinds.map((k) => h('option', { value: k }, k)));
  const exportLink = h('a', { class: 'button secondary', download: '' }, '下载排名（CSV）');
  const form = h(
    'form',
    { class: 'form-row', 'aria-label': '排名条件' },
    field('rank-measure', '排什么', measure),
    field('rank-code', '科目编码', code),
    field('rank-year', '年度', year),
    field('rank-region', '地区', region),
    field('rank-kind', '类型', kind),
    h('button', { type: 'submit' }, '排名'),
    exportLink,
  );
  const results = h('div', {});
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    setQuery('/rankings', { measure: measure.value, code: measure.value === 'subject' ? code.value.trim() : '', year: year.value.trim(), region: region.value.trim(), kind: kind.value });
  });
  main.append(title('部门排名'), h('p', { class: 'muted' }, '按年度和地区比较各部门的“三公”经费、机关运行经费或某个科目的支出，由高到低；只计当前版本。'), form, results);

  async function load(q) {
    const params = { measure: q.get('measure') || 'threePublic', code: q.get('code') ?? '', year: q.get('year') ?? '', region: q.get('region') ?? '', kind: q.get('kind') ?? '' };
    measure.value = params.measure;
    code.value = params.code;
    year.value = params.year;
    region.value = params.region;
    kind.value = params.kind;
    code.closest('.field').hidden = params.measure !== 'subject';
    exportLink.href = `/api/rankings.csv${withQuery('', { ...params, limit: 500 })}`;
    if (params.measure === 'subject' && !params.code) return replace(results, h('p', { class: 'muted' }, '请填写要排名的科目编码。'));
    replace(results, loading());
    try {
      const data = await getJson(withQuery('/api/rankings', { ...params, limit: 100 }));
      replace(
        results,
        h('h2', {}, `${data.label}${params.year ? `（${params.year} 年）` : ''}${params.region ? ` · ${params.region}` : ''}`),
        h('p', { class: 'small muted' }, `共 ${data.total} 个部门有此数字${data.total > data.items.length ? `，显示前 ${data.items.length} 个` : ''}。人均数需要文件给出人员数，目前尚不能从文件中识别，故不列出。`),
        data.items.length
          ? h(
              'div',
              { class: 'table-scroll' },
              h(
                'table',
                { class: 'data', id: 'ranking-table' },
                h('caption', { class: 'sr-only' }, data.label),
                h('thead', {}, h('tr', {}, ['名次', '部门', '地区', '年度', '金额', '取自'].map((t, i) => h('th', { scope: 'col', class: i === 4 || i === 0 ? 'num' : null }, t)))),
                h(
                  'tbody',
                  {},
                  data.items.map((r) =>
                    h(
                      'tr',
                      {},
                      h('td', { class: 'num' }, r.rank),
                      h('td', {}, h('a', { href: `#/d/${r.disclosureId}` }, r.department)),
                      h('td', {}, r.region ?? ''),
                      h('td', { class: 'num' }, r.year ?? ''),
                      h('td', { class: 'num' }, h('a', { href: sourceHref(`/d/${r.disclosureId}/${r.origin === 'table' ? 'tables' : 'findings'}`, r.source), title: '查看出处' }, `${amount(r.value)} ${r.unit}`)),
                      h('td', { class: 'small' }, r.origin === 'table' ? '表格' : '情况说明'),
                    ),
                  ),
                ),
              ),
            )
          : h('p', { class: 'muted' }, '没有符合条件的部门。'),
      );
    } catch (e) {
      replace(results, errorBox(e));
    }
  }
  measure.addEventListener('change', () => (code.closest('.field').hidden = measure.value !== 'subject'));
  await load(query);
  return { update: ({ query: q }) => load(q) };
}
