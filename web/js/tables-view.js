// A disclosure's standard tables rebuilt from its facts (GET /api/disclosures/:id/tables): every number links to
// its source, and cells a finding points at are marked with the finding's severity and message.
import { amount, h } from './dom.js';
import { table as tableInfo, tableName } from './labels.js';
import { sourceHref, sourceKey, sourceParams } from './source-panel.js';

const RANK = { error: 2, warning: 1, info: 0 };

function markIndex(marks) {
  const cells = new Map();
  for (const m of marks) {
    if (m.severity === 'info') continue;
    const key = `${m.table}|${m.row ?? ''}|${m.column ?? ''}`;
    const had = cells.get(key);
    if (!had || RANK[m.severity] > RANK[had.severity]) cells.set(key, { severity: m.severity, messages: [...(had?.messages ?? []), m.message] });
    else had.messages.push(m.message);
  }
  return cells;
}

function partTable(table, part, base, marks) {
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'data rebuilt' },
      h('caption', {}, part.title ? `${part.title}部分` : h('span', { class: 'sr-only' }, tableName(table.id))),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '项目'), part.columns.map((c) => h('th', { scope: 'col', class: 'num' }, c)))),
      h(
        'tbody',
        {},
        part.rows.map((row) => {
          const rowMark = marks.get(`${table.id}|${row.key}|`);
          return h(
            'tr',
            {},
            h('th', { scope: 'row', class: ['rowhead', row.level ? `lvl-${row.level}` : '', rowMark ? `mark-${rowMark.severity}` : ''], title: rowMark?.messages.join('\n') }, row.label),
            row.cells.map((cell, i) => {
              if (!cell) return h('td', { class: 'num' }, '');
              const column = part.columns[i];
              const mark = marks.get(`${table.id}|${row.key}|${column}`);
              const unit = cell.unit !== table.unit ? ` ${cell.unit}` : '';
              return h(
                'td',
                { class: ['num', mark ? `mark-${mark.severity}` : ''], title: mark?.messages.join('\n') },
                h(
                  'a',
                  {
                    class: 'cell-link',
                    href: sourceHref(base, cell.source),
                    'data-src': sourceKey(sourceParams(cell.source)),
                    'aria-label': `${row.label}，${column}：${cell.value}${cell.unit}${mark ? `（${mark.severity === 'error' ? '有错误' : '有警告'}）` : ''}，查看出处`,
                  },
                  `${amount(cell.value)}${unit}`,
                ),
              );
            }),
          );
        }),
      ),
    ),
  );
}

export function tablesView(data, base) {
  const marks = markIndex(data.marks);
  const sections = data.tables.map((t) =>
    h(
      'section',
      { class: 'rebuilt', id: `table-${t.id}`, 'aria-labelledby': `table-${t.id}-h` },
      h('h2', { id: `table-${t.id}-h`, tabindex: '-1' }, tableName(t.id)),
      h('p', { class: 'small muted' }, [t.title !== tableInfo(t.id)?.title ? `印刷标题：${t.title}` : '', t.label ? `表号：${t.label}` : '', t.unit ? `单位：${t.unit}` : ''].filter(Boolean).join(' · ')),
      t.parts.length ? t.parts.map((p) => partTable(t, p, base, marks)) : h('p', { class: 'muted' }, t.note ? `本表没有数字：${t.note}` : '本表没有数字（空表）。'),
    ),
  );
  const toc = h(
    'ul',
    { class: 'toc', 'aria-label': '表格目录' },
    data.tables.map((t) =>
      h(
        'li',
        {},
        h(
          'a',
          {
            href: `#table-${t.id}`,
            on: {
              click: (e) => {
                // The hash holds the route: scroll and focus instead of following the anchor.
                e.preventDefault();
                const heading = e.currentTarget.ownerDocument.getElementById(`table-${t.id}-h`);
                heading?.scrollIntoView({ block: 'start' });
                heading?.focus({ preventScroll: true });
              },
            },
          },
          tableName(t.id),
        ),
      ),
    ),
  );
  if (!data.tables.length) return h('p', { class: 'muted' }, '这份文件中没有找到标准表。');
  return h('div', {}, h('p', { class: 'small muted' }, '表格由抽取出的数字重建，点击任一数字可查看它在原文中的位置；标红的格子有审核发现。'), toc, sections);
}
