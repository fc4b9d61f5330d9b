// Rankings across departments (GET /api/rankings): 三公, 机关运行经费, another key figure, or a chosen 科目, per
// region and year, in total or per person (the staff a department's 概况 states); each amount links to where it
// was read, and each staff figure to its sentence. Choices live in the address.
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
  const per = h('select', { id: 'rank-per', name: 'per' }, h('option', { value: '' }, '总额'), h('option', { value: 'staffInPost' }, '人均（按在职人数）'), h('option', { value: 'authorisedPosts' }, '人均（按编制数）'));
  const exportLink = h('a', { class: 'button secondary', download: '' }, '下载排名（CSV）');
  const form = h(
    'form',
    { class: 'form-row', 'aria-label': '排名条件' },
    field('rank-measure', '排什么', measure),
    field('rank-code', '科目编码', code),
    field('rank-year', '年度', year),
    field('rank-region', '地区', region),
    field('rank-kind', '类型', kind),
    field('rank-per', '总额或人均', per),
    h('button', { type: 'submit' }, '排名'),
    exportLink,
  );
  const results = h('div', {});
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    setQuery('/rankings', { measure: measure.value, code: measure.value === 'subject' ? code.value.trim() : '', year: year.value.trim(), region: region.value.trim(), kind: kind.value, per: per.value });
  });
  main.append(title('部门排名'), h('p', { class: 'muted' }, '按年度和地区比较各部门的“三公”经费、机关运行经费或某个科目的支出，由高到低，可按人均；只计当前版本。人数取自各部门概况的说明。'), form, results);

  async function load(q) {
    const params = { measure: q.get('measure') || 'threePublic', code: q.get('code') ?? '', year: q.get('year') ?? '', region: q.get('region') ?? '', kind: q.get('kind') ?? '', per: q.get('per') ?? '' };
    measure.value = params.measure;
    code.value = params.code;
    year.value = params.year;
    region.value = params.region;
    kind.value = params.kind;
    per.value = params.per;
    code.closest('.field').hidden = params.measure !== 'subject';
    exportLink.href = `/api/rankings.csv${withQuery('', { ...params, limit: 500 })}`;
    if (params.measure === 'subject' && !params.code) return replace(results, h('p', { class: 'muted' }, '请填写要排名的科目编码。'));
    replace(results, loading());
    try {
      const data = await getJson(withQuery('/api/rankings', { ...params, limit: 100 }));
      replace(
        results,
        h('h2', {}, `${data.label}${params.year ? `（${params.year} 年）` : ''}${params.region ? ` · ${params.region}` : ''}`),
        h(
          'p',
          { class: 'small muted' },
          data.perCapita
            ? `共 ${data.total} 个部门有此数字且在部门概况中说明了${data.perCapita.label}${data.total > data.items.length ? `，显示前 ${data.items.length} 个` : ''}；另有 ${data.perCapita.withoutStaff} 个部门有此数字但没有说明${data.perCapita.label}，不参与人均排名（没有说明不等于零）。`
            : `共 ${data.total} 个部门有此数字${data.total > data.items.length ? `，显示前 ${data.items.length} 个` : ''}。人数一栏取自部门概况所述的在职人数，没有说明的留空。`,
        ),
        data.items.length
          ? h(
              'div',
              { class: 'table-scroll' },
              h(
                'table',
                { class: 'data', id: 'ranking-table' },
                h('caption', { class: 'sr-only' }, data.label),
                h('thead', {}, h('tr', {}, ['名次', '部门', '地区', '年度', '金额', '取自', data.perCapita ? data.perCapita.label : '在职人数', ...(data.perCapita ? ['人均（元/人）'] : [])].map((t, i) => h('th', { scope: 'col', class: i === 1 || i === 2 || i === 5 ? null : 'num' }, t)))),
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
                      h('td', { class: 'num' }, r.staff ? h('a', { href: sourceHref(`/d/${r.disclosureId}/findings`, r.staff.source), title: '查看部门概况中的说明' }, `${r.staff.count} ${r.staff.unit}`) : '—'),
                      data.perCapita ? h('td', { class: 'num' }, amount(r.perCapitaYuan)) : null,
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
