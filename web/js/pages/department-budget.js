// A department's 预算 beside its 决算 (GET /api/departments/{id}/budget-final): the timeline of its packages by year,
// the 预决算 comparison by function class (类) and for “三公” as charts with the printed figures in a table (a figure
// not read is said to be unread, never drawn as 0), and the findings across its documents with links into both.
import { getJson } from '../api.js';
import { amount, errorBox, field, h, loading, replace } from '../dom.js';
import { chart, tenThousands } from '../charts.js';
import { statusBadge } from '../audit-status.js';
import { relatedLinks } from '../findings.js';
import { describeLocation, describeSource, getCatalog, severityLabel, table, tableName } from '../labels.js';
import { sourceHref } from '../source-panel.js';

/** "预算", "决算": the kinds' family names from the catalog. */
const familyName = (family) => getCatalog().kinds.find((k) => k.family === family)?.name ?? family;
/** A column's label in a table of the catalog. */
const columnLabel = (tableId, key) => table(tableId)?.columns.find((c) => c.key === key)?.label ?? key;

const STATE_TEXT = { blank: '空（0）', unread: '未能读取', absent: '无此表' };

/** A compared figure for the table: the printed value with a link to its source, or why there is none. */
function figureCell(fig, documentId) {
  if (fig.state !== 'printed') return h('td', { class: ['num', fig.state === 'unread' ? 'mismatch' : 'muted'], 'data-state': fig.state }, STATE_TEXT[fig.state]);
  return h('td', { class: 'num', 'data-state': 'printed' }, h('a', { href: sourceHref(`/d/${documentId}`, fig.source), title: describeSource(fig.source) }, `${amount(fig.value)} ${fig.unit}`));
}

/** For a chart only: 万元 as a number, or null where nothing was printed or read (a gap in the chart, never 0). */
const plotted = (fig) => (fig.state === 'printed' ? tenThousands(fig) : fig.state === 'blank' ? 0 : null);

function timeline(data) {
  return h(
    'ol',
    { class: 'timeline', id: 'budget-final-timeline' },
    data.years.map((y) =>
      h(
        'li',
        { 'data-year': y.year },
        h('strong', {}, `${y.year} 年度`),
        ' ',
        y.documents.map((d) => h('span', { class: 'timeline-doc', 'data-kind': d.kind }, h('a', { href: `#/d/${d.id}` }, d.kind), ' ', statusBadge(d), ' ')),
      ),
    ),
  );
}

function findingsList(data) {
  if (!data.findings.length) return h('p', { class: 'muted', id: 'cross-findings' }, '各文件之间的核对没有发现问题（或库中还没有可对照的文件）。');
  const yearOf = (id) => data.years.find((y) => y.documents.some((d) => d.id === id));
  return h(
    'ul',
    { class: 'findings', id: 'cross-findings' },
    data.findings.map((f) => {
      const doc = yearOf(f.disclosureId)?.documents.find((d) => d.id === f.disclosureId);
      return h(
        'li',
        {},
        h(
          'article',
          { class: ['finding', f.severity] },
          h('div', { class: 'meta' }, h('span', { class: ['badge', f.severity] }, severityLabel(f.severity)), h('a', { href: `#/d/${f.disclosureId}` }, doc ? `${yearOf(f.disclosureId).year}年度${doc.kind}` : `文件 ${f.disclosureId}`), h('span', {}, describeLocation(f.location))),
          h('p', { class: 'message' }, f.message),
          h('div', { class: 'source-links' }, f.sources.map((s, i) => h('a', { href: sourceHref(`/d/${f.disclosureId}`, s) }, `出处 ${i + 1} · ${describeSource(s)}`))),
          relatedLinks(f),
        ),
      );
    }),
  );
}

/** The comparison of one year: charts by 类 and for “三公”, and the printed figures. */
async function yearView(data, index, holder, charts) {
  const y = data.years[index];
  const budget = familyName('budget');
  const final = familyName('final-accounts');
  const byClass = h('div', { class: 'chart', id: 'chart-budget-final-classes' });
  const three = h('div', { class: 'chart', id: 'chart-budget-final-three' });
  const classRows = data.classes.rows.filter((r) => r.years[index].budget.state !== 'absent' || r.years[index].final.state !== 'absent');
  const printedClasses = classRows.filter((r) => r.years[index].budget.state === 'printed' || r.years[index].final.state === 'printed');
  const threeLabel = (row) => columnLabel('T09', row.column);
  const place = (p) => `${tableName(p.table)}${p.column ? `「${columnLabel(p.table, p.column)}」` : p.row ? `${p.row}` : ''}`;
  replace(
    holder,
    h('p', { class: 'small muted' }, `${budget}：${place(data.classes.budget)}；${final}：${place(data.classes.final)}。图中金额换算为万元，表中为原文印刷值，点击可看出处。`),
    h('div', { class: 'charts' }, byClass, three),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data', id: 'budget-final-table' },
        h('caption', {}, `${y.year} 年度按类的${budget}与${final}，及“三公”经费`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '项目'), h('th', { scope: 'col', class: 'num' }, `${budget}（年初）`), h('th', { scope: 'col', class: 'num' }, `${final}表的预算数（调整后）`), h('th', { scope: 'col', class: 'num' }, final))),
        h(
          'tbody',
          {},
          classRows.map((r) => h('tr', { 'data-code': r.code }, h('th', { scope: 'row' }, `${r.code} ${r.name}`), figureCell(r.years[index].budget, y.budgetId), h('td', { class: 'muted' }, '—'), figureCell(r.years[index].final, y.finalId))),
          data.threePublic.rows.map((r) =>
            h('tr', { 'data-three-public': r.column }, h('th', { scope: 'row' }, `“三公”：${threeLabel(r)}`), figureCell(r.years[index].budget, y.budgetId), figureCell(r.years[index].adjusted, y.finalId), figureCell(r.years[index].final, y.finalId)),
          ),
        ),
      ),
    ),
  );
  charts.splice(0).forEach((c) => c.dispose());
  charts.push(
    await chart(
      byClass,
      {
        title: { text: `${y.year} 年度按类：${budget}与${final}（万元）`, left: 8, top: 6, textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'axis' },
        legend: { top: 32, left: 8 },
        grid: { left: 56, right: 12, top: 72, bottom: 32, containLabel: true },
        xAxis: { type: 'category', data: printedClasses.map((r) => r.name || r.code), axisLabel: { interval: 0, rotate: printedClasses.length > 4 ? 30 : 0 } },
        yAxis: { type: 'value' },
        series: [
          { name: `${budget}（年初）`, type: 'bar', data: printedClasses.map((r) => plotted(r.years[index].budget)) },
          { name: final, type: 'bar', data: printedClasses.map((r) => plotted(r.years[index].final)) },
        ],
      },
      `${y.year} 年度按类的${budget}与${final}柱状图：` + printedClasses.map((r) => `${r.name || r.code} ${budget} ${r.years[index].budget.value ?? STATE_TEXT[r.years[index].budget.state]}，${final} ${r.years[index].final.value ?? STATE_TEXT[r.years[index].final.state]}`).join('；'),
    ),
  );
  charts.push(
    await chart(
      three,
      {
        title: { text: `${y.year} 年度“三公”经费（万元）`, left: 8, top: 6, textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'axis' },
        legend: { top: 32, left: 8 },
        grid: { left: 56, right: 12, top: 72, bottom: 32, containLabel: true },
        xAxis: { type: 'category', data: data.threePublic.rows.map(threeLabel), axisLabel: { interval: 0, rotate: 30 } },
        yAxis: { type: 'value' },
        series: [
          { name: `${budget}（年初）`, type: 'bar', data: data.threePublic.rows.map((r) => plotted(r.years[index].budget)) },
          { name: '调整后预算', type: 'bar', data: data.threePublic.rows.map((r) => plotted(r.years[index].adjusted)) },
          { name: final, type: 'bar', data: data.threePublic.rows.map((r) => plotted(r.years[index].final)) },
        ],
      },
      `${y.year} 年度“三公”经费柱状图：` + data.threePublic.rows.map((r) => `${threeLabel(r)} ${budget} ${r.years[index].budget.value ?? STATE_TEXT[r.years[index].budget.state]}，${final} ${r.years[index].final.value ?? STATE_TEXT[r.years[index].final.state]}`).join('；'),
    ),
  );
  byClass.dataset.ready = 'true';
}

/** The section, filled once its data arrives; returns it at once with a `dispose` for its charts. */
export function budgetFinalView(depId) {
  const section = h('section', { id: 'budget-final' }, h('h2', {}, '预算与决算'), loading());
  const charts = [];
  (async () => {
    try {
      const data = await getJson(`/api/departments/${depId}/budget-final`);
      const both = data.years.map((y, i) => ({ y, i })).filter(({ y }) => y.budgetId !== null || y.finalId !== null);
      const holder = h('div', {});
      const select = h('select', { id: 'bf-year' }, both.map(({ y, i }) => h('option', { value: String(i) }, `${y.year} 年度${y.budgetId !== null && y.finalId !== null ? '' : y.budgetId !== null ? `（只有${familyName('budget')}）` : `（只有${familyName('final-accounts')}）`}`)));
      // The latest year that has both, else the latest year.
      const preferred = [...both].reverse().find(({ y }) => y.budgetId !== null && y.finalId !== null) ?? both.at(-1);
      if (preferred) select.value = String(preferred.i);
      const show = () => yearView(data, Number(select.value), holder, charts).catch((e) => replace(holder, errorBox(e)));
      select.addEventListener('change', show);
      replace(
        section,
        h('h2', {}, '预算与决算'),
        h('h3', {}, '时间线'),
        timeline(data),
        h('h3', {}, '预决算对照'),
        both.length ? h('div', { class: 'form-row' }, field('bf-year', '年度', select)) : h('p', { class: 'muted' }, '还没有可对照的预算或决算。'),
        holder,
        h('h3', {}, '文件之间的核对'),
        findingsList(data),
      );
      if (both.length) await show();
    } catch (e) {
      replace(section, h('h2', {}, '预算与决算'), errorBox(e));
    }
  })();
  return { section, dispose: () => charts.forEach((c) => c.dispose()) };
}
