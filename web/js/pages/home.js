/* global window, URLSearchParams */
// Home: upload one file and go to its findings; below, the disclosures already stored. The list's filters and page
// live in the address (#/?region=…&page=2), so a filtered list is a link (the dashboard's counts point here).
import { getJson, uploadFile, withQuery } from '../api.js';
import { announce, bytes, errorBox, field, h, loading, replace, title } from '../dom.js';
import { askForToken, dropzone } from '../dropzone.js';
import { auditStatuses, topicLabel, tableName } from '../labels.js';
import { statusBadge } from '../audit-status.js';
import { setQuery } from '../router.js';
import { versionNote } from '../versions.js';

/** The list filters the address may carry; the first four have form fields, the others come from links. */
const FIELDS = ['department', 'region', 'year', 'status', 'kind', 'failedRule', 'missingTable', 'missingTopic', 'versions'];

export function render(main, { query }) {
  const status = h('div', { class: 'upload-status', 'aria-live': 'polite' });
  const zone = dropzone({ onFiles: (files) => upload(files[0]), onRefused: (messages) => replace(status, errorBox(new Error(messages.join('\n')))) });

  async function upload(file) {
    const bar = h('progress', { max: 100, value: 0, 'aria-label': '上传进度' });
    const stage = h('p', {}, `正在上传 ${file.name}（${bytes(file.size)}）…`);
    replace(status, stage, bar);
    try {
      const { body } = await uploadFile(file, {
        onProgress: (sent, total) => (bar.value = total ? Math.round((sent / total) * 100) : 0),
        onStage: (s) => {
          if (s === 'analysing') {
            stage.textContent = `已上传，正在读取和审核 ${file.name}…`;
            bar.removeAttribute('value');
          }
        },
      });
      announce(`${file.name} 审核完成。${versionNote(body)}`);
      window.location.hash = `#/d/${body.id}`;
    } catch (e) {
      replace(status, errorBox(e));
      if (e.status === 401) askForToken(() => upload(file));
    }
  }

  const list = storedList();
  main.append(
    title('上传决算文件，立即审核'),
    h('p', { class: 'muted' }, '上传一份部门决算公开文件，决算通会读出每个数字、逐条核对，并把每个问题定位到原文。'),
    zone.element,
    status,
    h('h2', { id: 'stored' }, '已导入的决算'),
    list.element,
  );
  list.load(query);
  return { update: ({ query: q }) => list.load(q) };
}

/** The words for a filter that has no form field (it came from a link), with a way to drop it. */
function linkedFilterText(key, value) {
  if (key === 'failedRule') return `规则 ${value} 未通过`;
  if (key === 'missingTable') return `缺少${tableName(value)}`;
  if (key === 'missingTopic') return `情况说明中没有「${topicLabel(value)}」的数字`;
  if (key === 'kind') return value;
  if (key === 'versions') return '含被取代的旧版本';
  return `${key}=${value}`;
}

function storedList() {
  const input = (name, attrs) => h('input', { id: `f-${name}`, name, type: 'text', ...attrs });
  const inputs = {
    department: input('department', { placeholder: '部门名称的一部分' }),
    region: input('region', { size: 10, placeholder: '地区名称的一部分' }),
    year: input('year', { inputmode: 'numeric', size: 6 }),
    status: h('select', { id: 'f-status', name: 'status' }, h('option', { value: '' }, '全部'), auditStatuses().map((s) => h('option', { value: s.id }, s.label))),
  };
  const chips = h('ul', { class: 'chips', 'aria-label': '其他筛选条件' });
  const form = h(
    'form',
    { class: 'form-row', role: 'search', 'aria-label': '筛选已导入的决算' },
    field('f-department', '部门', inputs.department),
    field('f-region', '地区', inputs.region),
    field('f-year', '年度', inputs.year),
    field('f-status', '审核结果', inputs.status),
    h('button', { type: 'submit' }, '筛选'),
  );
  const exports = h('div', { class: 'row exports' });
  const results = h('div', {});
  let current = new URLSearchParams();
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = {};
    for (const key of FIELDS) next[key] = key in inputs ? inputs[key].value.trim() : (current.get(key) ?? '');
    setQuery('/', next);
  });

  async function load(query) {
    current = query;
    const filters = Object.fromEntries(FIELDS.map((k) => [k, query.get(k) ?? '']));
    for (const [k, el] of Object.entries(inputs)) el.value = filters[k];
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const pageSize = 20;
    const linked = FIELDS.filter((k) => !(k in inputs) && filters[k]);
    replace(
      chips,
      linked.map((k) =>
        h('li', {}, linkedFilterText(k, filters[k]), h('button', { type: 'button', class: 'secondary', 'aria-label': `去掉条件：${linkedFilterText(k, filters[k])}`, on: { click: () => setQuery('/', { ...filters, [k]: '' }) } }, '×')),
      ),
    );
    const exportQuery = withQuery('', filters);
    replace(
      exports,
      h('span', { class: 'small' }, '下载筛选结果：'),
      h('a', { class: 'button secondary', href: `/api/facts.csv${exportQuery}`, download: '' }, '全部数字（CSV）'),
      h('a', { class: 'button secondary', href: `/api/facts.xlsx${exportQuery}`, download: '' }, '全部数字（XLSX）'),
      h('a', { class: 'button secondary', href: `/api/datapackage.zip${exportQuery}`, download: '' }, '数据包（ZIP）'),
    );
    replace(results, loading());
    try {
      const body = await getJson(withQuery('/api/disclosures', { ...filters, page, pageSize }));
      const pages = Math.max(1, Math.ceil(body.total / pageSize));
      const go = (p) => setQuery('/', { ...filters, page: p > 1 ? p : '' });
      replace(
        results,
        body.items.length
          ? h(
              'div',
              { class: 'table-scroll' },
              h(
                'table',
                { class: 'data', id: 'stored-table' },
                h('caption', { class: 'sr-only' }, '已导入的决算'),
                h('thead', {}, h('tr', {}, ['部门', '地区', '年度', '类型', '表', '审核结果', '警告', '文件'].map((t) => h('th', { scope: 'col' }, t)))),
                h(
                  'tbody',
                  {},
                  body.items.map((d) =>
                    h(
                      'tr',
                      { class: d.supersededBy === null ? null : 'superseded' },
                      h('td', {}, h('a', { href: `#/d/${d.id}` }, d.department ?? '（未识别部门）'), d.supersededBy === null ? null : h('span', { class: 'badge' }, '旧版本')),
                      h('td', {}, d.region ?? ''),
                      h('td', { class: 'num' }, d.year ?? ''),
                      h('td', {}, d.kind),
                      h('td', { class: 'num' }, d.tables.length),
                      h('td', {}, statusBadge(d)),
                      h('td', { class: 'num' }, d.warnings),
                      h('td', { class: 'small wrap' }, d.fileName),
                    ),
                  ),
                ),
              ),
            )
          : h('p', { class: 'muted' }, '没有符合条件的决算。'),
        h(
          'nav',
          { class: 'pager', 'aria-label': '翻页' },
          h('button', { type: 'button', class: 'secondary', disabled: page <= 1, on: { click: () => go(page - 1) } }, '上一页'),
          h('span', { class: 'muted' }, `第 ${page} / ${pages} 页，共 ${body.total} 份`),
          h('button', { type: 'button', class: 'secondary', disabled: page >= pages, on: { click: () => go(page + 1) } }, '下一页'),
        ),
      );
      announce(`共 ${body.total} 份决算。`);
    } catch (e) {
      replace(results, errorBox(e));
    }
  }
  return { element: h('div', {}, form, chips, exports, results), load };
}
