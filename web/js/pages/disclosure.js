/* global window */
// One disclosure: its findings (errors first), its tables rebuilt from the facts, and its downloads; a source
// opened from a finding or a table cell is shown beside them, highlighted.
import { getJson, withQuery } from '../api.js';
import { errorBox, h, loading, replace, title } from '../dom.js';
import { downloadsView } from '../downloads.js';
import { findingsView } from '../findings.js';
import { disclosureName, loadRules } from '../labels.js';
import { setQuery } from '../router.js';
import { sourceFromQuery, sourceKey, sourcePanel, sourceParams } from '../source-panel.js';
import { tablesView } from '../tables-view.js';
import { versionsBanner } from '../versions.js';
import { statusBadge } from '../audit-status.js';

const TABS = [
  ['findings', '审核发现'],
  ['tables', '表格'],
  ['downloads', '下载'],
];

function header(d, tab) {
  const depLink = h('span', {});
  // The department's page needs its id, which the summary does not carry: look it up by name and region.
  if (d.department) {
    getJson(withQuery('/api/departments', { region: d.region }))
      .then(({ items }) => {
        const dep = items.find((x) => x.name === d.department && (x.region ?? null) === (d.region ?? null));
        if (dep) replace(depLink, h('a', { href: `#/departments/${dep.id}` }, dep.years.length > 1 ? `历年对比（${dep.years.length} 年）` : '本部门历年'));
      })
      .catch(() => {});
  }
  return [
    h(
      'div',
      { class: 'doc-head' },
      h(
        'div',
        {},
        title(disclosureName(d)),
        h(
          'p',
          { class: 'doc-meta' },
          d.region ? h('span', {}, `地区：${d.region}`) : null,
          h('span', {}, `金额单位：${d.unit ?? '未识别'}`),
          h('span', {}, `标准表 ${d.tables.length} 张`),
          // a disclosure published in several files (its tables and its explanation apart) names them all
          h('span', {}, `文件：${(d.document?.files ?? [d.fileName]).join('、')}`),
          depLink,
        ),
      ),
      h(
        'div',
        { class: 'counts', 'aria-label': '审核结果' },
        h('span', { class: 'badge error' }, `错误 ${d.errors}`),
        h('span', { class: 'badge warning' }, `警告 ${d.warnings}`),
        h('span', { class: 'badge info' }, `提示 ${d.infos}`),
        d.reading && !d.reading.complete ? statusBadge({ ...d, status: 'incomplete' }) : null,
      ),
    ),
    versionsBanner(d),
    h(
      'nav',
      { class: 'tabs', 'aria-label': '决算内容' },
      TABS.map(([key, label]) => h('a', { href: `#/d/${d.id}${key === 'findings' ? '' : `/${key}`}`, 'aria-current': key === tab ? 'page' : null }, label)),
    ),
  ];
}

export async function render(main, { params, query }) {
  const id = Number(params.id);
  const tab = params.tab ?? 'findings';
  const base = `/d/${id}${tab === 'findings' ? '' : `/${tab}`}`;
  main.append(loading());
  const rulesLoading = loadRules().catch(() => new Map());
  let detail;
  try {
    detail = await getJson(`/api/disclosures/${id}/findings`);
  } catch (e) {
    replace(main, title('无法打开这份决算'), errorBox(e), h('p', {}, h('a', { href: '#/' }, '回到首页')));
    return undefined;
  }

  const content = h('div', { class: 'workspace-main' });
  const workspace = h('div', { class: 'workspace' }, content);
  let opener; // the link that opened the source, to return focus to on close
  const panel = sourcePanel(id, {
    onClose: () => {
      setQuery(base, {}, { replace: true });
      opener?.focus();
    },
  });
  replace(main, ...header(detail, tab), workspace);

  if (tab === 'findings') content.append(findingsView(detail, base, await rulesLoading));
  else if (tab === 'downloads') content.append(downloadsView(detail));
  else {
    content.append(loading('正在重建表格…'));
    try {
      replace(content, tablesView(await getJson(`/api/disclosures/${id}/tables`), base));
    } catch (e) {
      replace(content, errorBox(e));
    }
  }

  // Remember which link was used, so that closing the source returns there.
  content.addEventListener('click', (e) => {
    const a = e.target.closest?.('a[href*="?"]');
    if (a) opener = a;
  });

  function showSource(q, focus) {
    const source = sourceFromQuery(q);
    const key = source ? sourceKey(sourceParams(source)) : '';
    for (const a of content.querySelectorAll('a[data-src]')) {
      const active = Boolean(source) && a.dataset.src === key;
      if (active) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
      a.closest('article')?.classList.toggle('active', active);
      a.closest('td')?.classList.toggle('active', active);
    }
    if (!source) {
      panel.element.remove();
      workspace.classList.remove('with-source');
      return;
    }
    if (!panel.isConnected()) workspace.append(panel.element);
    workspace.classList.add('with-source');
    panel.show(source, { focus });
    // On a narrow screen the panel sits below the list: bring it into view where the reader tapped.
    if (focus && window.matchMedia('(max-width: 900px)').matches) panel.element.scrollIntoView({ block: 'start' });
  }
  showSource(query, false);

  return {
    update: ({ query: q }) => showSource(q, true),
  };
}
