/* global window */
// Home: upload one file and go to its findings; below, the disclosures already stored, filterable.
import { getJson, uploadFile, withQuery } from '../api.js';
import { announce, bytes, errorBox, field, h, loading, replace, title } from '../dom.js';
import { askForToken, dropzone } from '../dropzone.js';
import { versionNote } from '../versions.js';

export function render(main) {
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

  const list = recentList();
  main.append(
    title('上传决算文件，立即审核'),
    h('p', { class: 'muted' }, '上传一份部门决算公开文件，决算通会读出每个数字、逐条核对，并把每个问题定位到原文。'),
    zone.element,
    status,
    h('h2', {}, '已导入的决算'),
    list.element,
  );
  list.load();
}

function recentList() {
  const state = { page: 1, pageSize: 20 };
  const form = h(
    'form',
    { class: 'form-row', role: 'search', 'aria-label': '筛选已导入的决算' },
    field('f-dep', '部门', h('input', { id: 'f-dep', name: 'department', type: 'text', placeholder: '部门名称的一部分' })),
    field('f-region', '地区', h('input', { id: 'f-region', name: 'region', type: 'text', size: 10 })),
    field('f-year', '年度', h('input', { id: 'f-year', name: 'year', type: 'text', inputmode: 'numeric', size: 6 })),
    field(
      'f-errors',
      '审核结果',
      h('select', { id: 'f-errors', name: 'hasErrors' }, h('option', { value: '' }, '全部'), h('option', { value: 'true' }, '有错误'), h('option', { value: 'false' }, '无错误')),
    ),
    h('button', { type: 'submit' }, '筛选'),
  );
  const results = h('div', {});
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    state.page = 1;
    load();
  });

  async function load() {
    replace(results, loading());
    const filters = Object.fromEntries([...new window.FormData(form)].map(([k, v]) => [k, String(v).trim()]));
    try {
      const body = await getJson(withQuery('/api/disclosures', { ...filters, page: state.page, pageSize: state.pageSize }));
      const pages = Math.max(1, Math.ceil(body.total / state.pageSize));
      const prev = h('button', { type: 'button', class: 'secondary', disabled: state.page <= 1, on: { click: () => (state.page--, load()) } }, '上一页');
      const next = h('button', { type: 'button', class: 'secondary', disabled: state.page >= pages, on: { click: () => (state.page++, load()) } }, '下一页');
      replace(
        results,
        body.items.length
          ? h(
              'div',
              { class: 'table-scroll' },
              h(
                'table',
                { class: 'data' },
                h('caption', { class: 'sr-only' }, '已导入的决算'),
                h('thead', {}, h('tr', {}, ['部门', '地区', '年度', '类型', '表', '错误', '警告', '文件'].map((t) => h('th', { scope: 'col' }, t)))),
                h(
                  'tbody',
                  {},
                  body.items.map((d) =>
                    h(
                      'tr',
                      {},
                      h('td', {}, h('a', { href: `#/d/${d.id}` }, d.department ?? '（未识别部门）')),
                      h('td', {}, d.region ?? ''),
                      h('td', { class: 'num' }, d.year ?? ''),
                      h('td', {}, d.kind),
                      h('td', { class: 'num' }, d.tables.length),
                      h('td', { class: 'num' }, d.errors ? h('span', { class: 'badge error' }, d.errors) : '0'),
                      h('td', { class: 'num' }, d.warnings),
                      h('td', { class: 'small' }, d.fileName),
                    ),
                  ),
                ),
              ),
            )
          : h('p', { class: 'muted' }, '没有符合条件的决算。'),
        h('nav', { class: 'pager', 'aria-label': '翻页' }, prev, h('span', { class: 'muted' }, `第 ${state.page} / ${pages} 页，共 ${body.total} 份`), next),
      );
      announce(`共 ${body.total} 份决算。`);
    } catch (e) {
      replace(results, errorBox(e));
    }
  }
  return { element: h('div', {}, form, results), load };
}
