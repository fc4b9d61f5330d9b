// A disclosure's standard tables rebuilt from its facts (GET /api/disclosures/:id/tables): every number links to
// its source, and cells a finding points at are marked with the finding's severity and message. Each table says how
// completely it was read; a number that was not read is listed with its source and flagged on its row, so that a
// blank cell is never taken for a zero.
import { amount, h } from './dom.js';
import { readStatusLabel, table as tableInfo, tableName } from './labels.js';
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

const READ_CLASS = { complete: 'ok', partial: 'incomplete', unread: 'incomplete', empty: 'info' };
const isIncomplete = (t) => t.reading?.status === 'partial' || t.reading?.status === 'unread';

/** The table's unread numbers by the row they sit on (numbers on no recognised row are left out). */
function unreadByRow(table) {
  const rows = new Map();
  for (const u of table.reading?.unread ?? []) {
    if (u.row === undefined) continue;
    rows.set(u.row, [...(rows.get(u.row) ?? []), u]);
  }
  return rows;
}

const unreadLink = (u, base) =>
  h('a', { class: 'unread-link', href: sourceHref(base, u.source), 'data-src': sourceKey(sourceParams(u.source)), 'aria-label': `未能读取的数字 ${u.text}，查看出处` }, u.text);

/** The read status of a table, with the list of its unread numbers and where each is printed. */
function readingNote(table, base) {
  const r = table.reading;
  if (!r) return null;
  const badge = h('span', { class: ['badge', READ_CLASS[r.status]] }, readStatusLabel(r.status));
  const counts = r.status === 'empty' ? '' : `印出 ${r.numbers} 个数字：读出 ${r.facts} 个，确知不是数据（行次、编码等）${r.nonFacts} 个，未能读取 ${r.unread.length} 个。`;
  if (!isIncomplete(table)) return h('p', { class: 'small reading-status' }, badge, ' ', counts);
  const rowLabels = new Map(table.parts.flatMap((p) => p.rows.map((row) => [row.key, row.label])));
  return h(
    'div',
    { class: 'alert incomplete reading-status' },
    h('p', {}, badge, ' ', counts, '空白的格子未必为零；用到未读数字的核对没有进行。'),
    h(
      'details',
      { open: r.unread.length <= 12 },
      h('summary', {}, `未能读取的数字（${r.unread.length}）`),
      h(
        'ul',
        { class: 'unread-list' },
        r.unread.map((u) => h('li', {}, unreadLink(u, base), ' ', h('span', { class: 'small muted' }, u.row === undefined ? '（未识别的行）' : (rowLabels.get(u.row) ?? u.row)))),
      ),
    ),
  );
}

function partTable(table, part, base, marks) {
  const unread = unreadByRow(table);
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
          const rowUnread = unread.get(row.key) ?? [];
          return h(
            'tr',
            { class: rowUnread.length ? 'has-unread' : null },
            h(
              'th',
              { scope: 'row', class: ['rowhead', row.level ? `lvl-${row.level}` : '', rowMark ? `mark-${rowMark.severity}` : ''], title: rowMark?.messages.join('\n') },
              row.label,
              rowUnread.length ? h('span', { class: 'unread-mark' }, ' 未读：', rowUnread.map((u, i) => [i ? '、' : '', unreadLink(u, base)])) : null,
            ),
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
      readingNote(t, base),
      t.parts.length
        ? t.parts.map((p) => partTable(t, p, base, marks))
        : isIncomplete(t)
          ? h('p', { class: 'muted' }, '本表印有数字，但一个也没有读出；请对照原件核对上面列出的数字。')
          : h('p', { class: 'muted' }, t.note ? `本表没有数字：${t.note}` : '本表没有数字（空表）。'),
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
        isIncomplete(t) ? h('span', { class: 'badge incomplete' }, readStatusLabel(t.reading.status)) : null,
      ),
    ),
  );
  if (!data.tables.length) return h('p', { class: 'muted' }, '这份文件中没有找到标准表。');
  return h('div', {}, h('p', { class: 'small muted' }, '表格由抽取出的数字重建，点击任一数字可查看它在原文中的位置；标红的格子有审核发现；紫色标出未能读取的数字。'), toc, sections);
}
