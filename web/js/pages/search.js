// Search: figures by 科目 code or name (GET /api/figures: each amount with its 科目 name, linked to its cell in the
// tables view), and documents by department, code or text (GET /api/search: why each matched and the words around
// the match, quoted as printed). Filters (year, region, kind) and the page live in the address.
import { getJson, withQuery } from '../api.js';
import { amount, announce, errorBox, field, h, highlighted, loading, replace, title } from '../dom.js';
import { disclosureName, getCatalog } from '../labels.js';
import { setQuery } from '../router.js';
import { sourceHref } from '../source-panel.js';
import { statusBadge } from '../audit-status.js';

const WHY = { department: '部门或地区', code: '科目编码', text: '文字' };
const KEYS = ['q', 'year', 'region', 'kind'];

function figuresPart(data, params, page) {
  if (!data.total) return h('p', { class: 'muted' }, data.understood.length ? '没有找到这些科目的数字。' : '没有与之对应的科目。');
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const go = (p) => setQuery('/search', { ...params, page: p > 1 ? p : '' });
  return [
    h('p', { class: 'small muted' }, `按「${data.understood.slice(0, 6).join('、')}${data.understood.length > 6 ? ` 等 ${data.understood.length} 个` : ''}」查找${data.truncated ? '（匹配的科目太多，只查了前一部分，请输入更完整的名称或编码）' : ''}：${data.totalExact ? '' : '至少 '}${data.total} 个数字。`),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data', id: 'figure-results' },
        h('caption', { class: 'sr-only' }, '找到的数字'),
        h('thead', {}, h('tr', {}, ['部门', '地区', '年度', '表', '科目', '栏', '金额'].map((t, i) => h('th', { scope: 'col', class: i === 6 ? 'num' : null }, t)))),
        h(
          'tbody',
          {},
          data.items.map((f) =>
            h(
              'tr',
              {},
              h('td', {}, h('a', { href: `#/d/${f.disclosureId}` }, f.department ?? '（未识别部门）')),
              h('td', {}, f.region ?? ''),
              h('td', { class: 'num' }, f.year ?? ''),
              h('td', { class: 'small' }, f.tableName),
              h('td', {}, f.rowName),
              h('td', { class: 'small' }, f.column),
              h('td', { class: 'num' }, h('a', { href: sourceHref(`/d/${f.disclosureId}/tables`, f.source), title: '在表格中查看这一格及其出处' }, `${amount(f.value)} ${f.unit}`)),
            ),
          ),
        ),
      ),
    ),
    pages > 1
      ? h(
          'nav',
          { class: 'pager', 'aria-label': '数字翻页' },
          h('button', { type: 'button', class: 'secondary', disabled: page <= 1, on: { click: () => go(page - 1) } }, '上一页'),
          h('span', { class: 'muted' }, `第 ${page} / ${pages} 页`),
          h('button', { type: 'button', class: 'secondary', disabled: page >= pages, on: { click: () => go(page + 1) } }, '下一页'),
        )
      : null,
  ];
}

function documentsPart(data, text) {
  const found = data.totalExact === false ? `至多 ${data.total} 份决算` : `${data.total} 份决算`;
  return [
    h('p', { role: 'status' }, data.total ? `找到 ${found}${data.total > data.items.length ? `，显示前 ${data.items.length} 份` : ''}。` : `没有找到与「${text}」有关的决算。`),
    h(
      'ul',
      { class: 'results' },
      data.items.map((hit) =>
        h(
          'li',
          {},
          h('a', { href: `#/d/${hit.disclosure.id}` }, highlighted(disclosureName(hit.disclosure), text)),
          ' ',
          statusBadge(hit.disclosure),
          h('div', { class: 'small muted' }, `${hit.disclosure.region ?? ''} · 匹配：${hit.matches.map((m) => WHY[m] ?? m).join('、')}`),
          hit.snippet ? h('blockquote', { class: 'small snippet' }, '…', highlighted(hit.snippet, text), '…') : null,
        ),
      ),
    ),
  ];
}

export async function render(main, { query }) {
  const input = h('input', { id: 'search-q', name: 'q', type: 'search', maxlength: 200, placeholder: '如：2101501、行政运行、公务接待费、医疗保障局', required: true });
  const year = h('input', { id: 'search-year', name: 'year', type: 'text', inputmode: 'numeric', size: 6 });
  const region = h('input', { id: 'search-region', name: 'region', type: 'text', size: 10 });
  const kind = h('select', { id: 'search-kind', name: 'kind' }, h('option', { value: '' }, '全部'), getCatalog().documentKinds.map((k) => h('option', { value: k }, k)));
  const form = h(
    'form',
    { class: 'form-row', role: 'search' },
    h('div', { class: 'field grow' }, h('label', { for: 'search-q' }, '科目编码、科目名称、部门或文字'), input),
    field('search-year', '年度', year),
    field('search-region', '地区', region),
    field('search-kind', '类型', kind),
    h('button', { type: 'submit' }, '搜索'),
  );
  const figures = h('section', { id: 'figures', 'aria-labelledby': 'figures-h' });
  const documents = h('section', { id: 'documents', 'aria-labelledby': 'documents-h' });
  const exportLink = h('a', { class: 'button secondary', download: '' }, '下载这些数字（CSV）');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    setQuery('/search', { q: input.value.trim(), year: year.value.trim(), region: region.value.trim(), kind: kind.value });
  });
  main.append(title('搜索'), form, figures, documents);

  async function run(q) {
    const params = Object.fromEntries(KEYS.map((k) => [k, (q.get(k) ?? '').trim()]));
    const page = Math.max(1, Number(q.get('page') ?? 1) || 1);
    input.value = params.q;
    year.value = params.year;
    region.value = params.region;
    kind.value = params.kind;
    if (!params.q) return replace(figures), replace(documents);
    exportLink.href = `/api/figures.csv${withQuery('', { ...params, page, pageSize: 200 })}`;
    replace(figures, h('h2', { id: 'figures-h' }, '数字'), loading('正在查找数字…'));
    replace(documents, h('h2', { id: 'documents-h' }, '文件'), loading('正在搜索文件…'));
    const filters = { year: params.year, region: params.region, kind: params.kind };
    const [fig, doc] = await Promise.allSettled([
      getJson(withQuery('/api/figures', { ...params, page, pageSize: 50 })),
      getJson(withQuery('/api/search', { q: params.q, limit: 50 })),
    ]);
    replace(
      figures,
      h('div', { class: 'section-head' }, h('h2', { id: 'figures-h' }, '数字'), fig.status === 'fulfilled' && fig.value.total ? exportLink : null),
      fig.status === 'fulfilled' ? figuresPart(fig.value, params, page) : errorBox(fig.reason),
    );
    replace(
      documents,
      h('h2', { id: 'documents-h' }, '文件'),
      Object.values(filters).some(Boolean) ? h('p', { class: 'small muted' }, '（文件搜索不按年度、地区和类型筛选。）') : null,
      doc.status === 'fulfilled' ? documentsPart(doc.value, params.q) : errorBox(doc.reason),
    );
    if (fig.status === 'fulfilled') announce(`找到 ${fig.value.total} 个数字。`);
  }
  await run(query);
  return { update: ({ query: q }) => run(q) };
}
