// The findings of one disclosure, errors first: one part per severity, inside it one group per table or
// narrative section, each finding with its figures and links to its sources.
import { h } from './dom.js';
import { describeLocation, describeSource, familyLabel, severities, severityLabel, tableName } from './labels.js';
import { sourceHref, sourceKey, sourceParams } from './source-panel.js';

function groupOf(location) {
  if ('table' in location) return { key: `0${location.table}`, label: tableName(location.table) };
  if ('section' in location) return { key: `1${location.section}`, label: `情况说明 · ${location.section}` };
  return { key: '2', label: '全文' };
}

function figures(f) {
  const items = [
    ['应为', f.expected],
    ['实为', f.actual],
    ['差额', f.difference],
    ['容差', f.tolerance],
  ].filter(([, v]) => v !== undefined && v !== null);
  if (!items.length) return null;
  return h('dl', { class: 'figures' }, items.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v))));
}

function findingItem(f, base) {
  return h(
    'li',
    {},
    h(
      'article',
      { class: ['finding', f.severity] },
      h('div', { class: 'meta' }, h('span', { class: ['badge', f.severity] }, severityLabel(f.severity)), h('span', {}, describeLocation(f.location))),
      h('p', { class: 'message' }, f.message),
      figures(f),
      h('div', { class: 'meta' }, h('span', {}, `规则 ${f.rule}`), h('span', {}, familyLabel(f.family))),
      f.sources.length
        ? h(
            'div',
            { class: 'source-links' },
            f.sources.map((s, i) =>
              h('a', { href: sourceHref(base, s), 'data-src': sourceKey(sourceParams(s)), 'aria-label': `查看出处 ${i + 1}：${describeSource(s)}（${f.message.slice(0, 30)}）` }, `出处 ${i + 1} · ${describeSource(s)}`),
            ),
          )
        : h('p', { class: 'small muted' }, '（此问题没有具体出处）'),
    ),
  );
}

/** The findings list; `base` is the route path the source links open on. */
export function findingsView(detail, base) {
  const { findings, summary } = detail;
  const parts = [];
  if (!findings.some((f) => f.severity !== 'info')) parts.push(h('div', { class: 'alert ok', role: 'status' }, '没有发现错误或警告。'));
  for (const { id: severity } of severities()) {
    const list = findings.filter((f) => f.severity === severity);
    if (!list.length) continue;
    const groups = new Map();
    for (const f of list) {
      const g = groupOf(f.location);
      if (!groups.has(g.key)) groups.set(g.key, { label: g.label, items: [] });
      groups.get(g.key).items.push(f);
    }
    const content = [...groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, g]) => h('section', {}, h('h3', {}, `${g.label}（${g.items.length}）`), h('ul', { class: 'findings' }, g.items.map((f) => findingItem(f, base)))));
    const heading = [h('span', { class: ['badge', severity] }, severityLabel(severity)), `${list.length} 个${severity === 'info' ? '提示（尾差等）' : severityLabel(severity)}`];
    // Hints (rounding differences) are many and rarely need action: folded until asked for.
    parts.push(
      severity === 'info'
        ? h('details', { class: 'finding-group', 'data-severity': severity }, h('summary', {}, h('h2', { style: { display: 'inline-flex', gap: '8px' } }, heading)), content)
        : h('section', { class: 'finding-group', 'data-severity': severity }, h('h2', {}, heading), content),
    );
  }
  if (summary?.notEvaluable?.length) {
    parts.push(
      h(
        'details',
        { class: 'finding-group' },
        h('summary', {}, `无法评估的规则 ${summary.notEvaluable.length} 条（缺少输入，不算作通过）`),
        h('ul', {}, summary.notEvaluable.map((n) => h('li', { class: 'small' }, `${n.rule}（${familyLabel(n.family)}）：${n.reason}`))),
      ),
    );
  }
  if (summary?.rules) {
    const r = summary.rules;
    parts.push(h('p', { class: 'small muted' }, `规则：通过 ${r.passed} 条、未通过 ${r.failed} 条、无法评估 ${r.notEvaluable} 条。`));
  }
  return h('div', { class: 'findings-view' }, parts);
}

