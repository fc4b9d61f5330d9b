// Full-text and code search over GET /api/search: departments, classification codes (e.g. 2101501) and the
// narrative; each hit says why it matched and shows the text around the match.
import { getJson, withQuery } from '../api.js';
import { announce, errorBox, h, highlighted, loading, replace, title } from '../dom.js';
import { disclosureName } from '../labels.js';
import { setQuery } from '../router.js';

const WHY = { department: '部门或地区', code: '科目编码', text: '文字' };

export async function render(main, { query }) {
  const input = h('input', { id: 'search-q', name: 'q', type: 'search', size: 40, maxlength: 200, placeholder: '如：医疗保障局、2101501、公务接待费', required: true });
  const form = h(
    'form',
    { class: 'form-row', role: 'search' },
    h('div', { class: 'field' }, h('label', { for: 'search-q' }, '搜索部门、科目编码或文字'), input),
    h('button', { type: 'submit' }, '搜索'),
  );
  const results = h('div', {});
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    setQuery('/search', { q: input.value.trim() });
  });
  main.append(title('搜索'), form, results);

  async function run(q) {
    const text = (q.get('q') ?? '').trim();
    input.value = text;
    if (!text) return replace(results);
    replace(results, loading('正在搜索…'));
    try {
      const data = await getJson(withQuery('/api/search', { q: text, limit: 50 }));
      // The total is an upper bound when the server confirmed only the best-ranked candidates (totalExact false).
      const found = data.totalExact === false ? `至多 ${data.total} 份决算` : `${data.total} 份决算`;
      announce(`找到 ${found}。`);
      replace(
        results,
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
              hit.disclosure.errors ? h('span', { class: 'badge error' }, `错误 ${hit.disclosure.errors}`) : h('span', { class: 'badge ok' }, '无错误'),
              h('div', { class: 'small muted' }, `${hit.disclosure.region ?? ''} · 匹配：${hit.matches.map((m) => WHY[m] ?? m).join('、')}`),
              hit.snippet ? h('p', { class: 'small' }, '…', highlighted(hit.snippet, text), '…') : null,
            ),
          ),
        ),
      );
    } catch (e) {
      replace(results, errorBox(e));
    }
  }
  await run(query);
  return { update: ({ query: q }) => run(q) };
}
