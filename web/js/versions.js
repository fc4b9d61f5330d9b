// Versions: a second upload for the same department, year and kind supersedes the first (unless it holds other
// parts of the same disclosure, which it then joins). Only the current version counts in totals, comparisons and
// the dashboard; every version stays viewable.
import { h } from './dom.js';

/** What an upload's answer says about versions, as a sentence to append ('' when it superseded nothing). */
export function versionNote(upload) {
  // a file holding other parts of a stored disclosure (its tables, or its explanation) joined it instead
  if (upload?.joined) return `；本文件与库中同一部门、年度的公开各含不同部分（如表格与情况说明分开发布），已并入编号 ${upload.id} 的公开一并审核。`;
  const ids = upload?.superseded ?? [];
  return ids.length ? `；这是新版本，已取代旧版本（编号 ${ids.join('、')}），汇总和对比只计新版本。` : '';
}

/** The banner on a disclosure that has other versions: which one is current, and links to each. */
export function versionsBanner(d) {
  const versions = d.versions ?? [];
  if (versions.length < 2) return null;
  const current = versions.find((v) => v.supersededBy === null);
  const n = versions.findIndex((v) => v.id === d.id) + 1;
  const list = h(
    'ol',
    { class: 'versions' },
    versions.map((v, i) =>
      h(
        'li',
        {},
        v.id === d.id ? h('strong', {}, `第 ${i + 1} 版（本页）`) : h('a', { href: `#/d/${v.id}` }, `第 ${i + 1} 版`),
        ` · ${v.fileName} · ${v.importedAt.slice(0, 10)} 导入${v.supersededBy === null ? ' · 当前版本' : ''}`,
      ),
    ),
  );
  return d.supersededBy === null
    ? h('div', { class: 'alert info', role: 'note' }, h('p', {}, `这是当前版本（共 ${versions.length} 版，本页为第 ${n} 版），取代了较早上传的版本；汇总、对比和审核总览只计当前版本。`), list)
    : h(
        'div',
        { class: 'alert warning', role: 'note' },
        h('p', {}, `这是旧版本（第 ${n} 版），已被`, current ? h('a', { href: `#/d/${current.id}` }, `第 ${versions.indexOf(current) + 1} 版`) : '新版本', '取代；汇总、对比和审核总览不计本版。'),
        list,
      );
}
