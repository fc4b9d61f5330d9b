/* global localStorage */
// The findings of one disclosure, errors first: one part per severity, inside it one group per table or narrative
// section. Each finding says what its rule checks, on what basis and how to fix it (from the rule registry, else its
// family), shows its figures with units, links to its sources, and carries the reviewer's mark: 确认 / 误报 /
// 已整改 with a comment, who and when.
import { ApiError, sendJson } from './api.js';
import { announce, errorBox, h, replace } from './dom.js';
import { askForToken } from './dropzone.js';
import { describeLocation, describeSource, family, familyLabel, severities, severityLabel, tableName } from './labels.js';
import { sourceHref, sourceKey, sourceParams } from './source-panel.js';

const REVIEW = { confirmed: '确认', 'false-positive': '误报', fixed: '已整改' };
const REVIEWER_KEY = 'juesuan.reviewer';

function groupOf(location) {
  if ('table' in location) return { key: `0${location.table}`, label: tableName(location.table) };
  if ('section' in location) return { key: `1${location.section}`, label: `情况说明 · ${location.section}` };
  return { key: '2', label: '全文' };
}

function figures(f) {
  const items = [
    ['应为', f.shown?.expected],
    ['实为', f.shown?.actual],
    ['差额', f.shown?.difference],
    ['允许误差', f.shown?.tolerance],
  ].filter(([, v]) => v !== undefined && v !== null);
  if (!items.length) return null;
  return h('dl', { class: 'figures' }, items.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v))));
}

/** What the rule checks, why, and how to fix it: the rule's own words where written, else its family's. */
function explanation(f, rule) {
  const fam = family(f.family);
  const own = (k) => rule?.[k];
  const rows = [
    ['核对什么', own('description') ?? rule?.title ?? fam?.description],
    ['依据', own('basis') ?? fam?.basis],
    ['怎样改正', own('fix') ?? fam?.fix],
  ].filter(([, v]) => v);
  return h(
    'details',
    { class: 'explain' },
    h('summary', {}, '为什么是问题、怎样改正'),
    h('dl', {}, rows.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v)))),
    own('basis') ? null : h('p', { class: 'small muted' }, `（依据和改正方法为「${familyLabel(f.family)}」类规则的通用说明。）`),
  );
}

function reviewText(review) {
  return `${REVIEW[review.status]} · ${review.reviewer} · ${review.reviewedAt.slice(0, 16).replace('T', ' ')}${review.comment ? `：${review.comment}` : ''}`;
}

/** The reviewer's controls: the current mark, and a small form to set, change or remove it. */
function reviewControls(disclosureId, f, onChange) {
  const box = h('div', { class: 'review' });
  const draw = () => {
    const status = h('p', { class: ['review-status', f.review ? `mark-${f.review.status}` : ''], 'aria-live': 'polite' }, f.review ? `审核标注：${reviewText(f.review)}` : '尚未标注');
    const comment = h('textarea', { rows: 2, maxlength: 2000, 'aria-label': '审核意见', placeholder: '审核意见（可选），如：已与单位核实，应为 60.70 万元' }, f.review?.comment ?? '');
    const reviewer = h('input', { type: 'text', maxlength: 100, 'aria-label': '审核人', placeholder: '审核人姓名', value: f.review?.reviewer ?? localStorage.getItem(REVIEWER_KEY) ?? '' });
    const message = h('div', {});
    const send = async (next) => {
      const name = reviewer.value.trim();
      if (!name) {
        replace(message, errorBox(new Error('请先填写审核人姓名。')));
        reviewer.focus();
        return;
      }
      localStorage.setItem(REVIEWER_KEY, name);
      try {
        f.review = await sendJson('PUT', `/api/disclosures/${disclosureId}/findings/${f.key}/review`, { status: next, comment: comment.value.trim(), reviewer: name });
        announce(`已标注为${REVIEW[next]}。`);
        onChange();
        draw();
      } catch (e) {
        replace(message, errorBox(e));
        if (e instanceof ApiError && e.status === 401) askForToken(() => send(next));
      }
    };
    const clear = async () => {
      try {
        await sendJson('DELETE', `/api/disclosures/${disclosureId}/findings/${f.key}/review`);
        f.review = null;
        announce('已撤销标注。');
        onChange();
        draw();
      } catch (e) {
        replace(message, errorBox(e));
      }
    };
    replace(
      box,
      status,
      h(
        'details',
        { class: 'review-form' },
        h('summary', {}, f.review ? '修改标注' : '标注这条发现'),
        h('div', { class: 'review-fields' }, comment, reviewer),
        h(
          'div',
          { class: 'row' },
          Object.entries(REVIEW).map(([key, label]) =>
            h('button', { type: 'button', class: f.review?.status === key ? null : 'secondary', 'aria-pressed': String(f.review?.status === key), 'data-review': key, on: { click: () => send(key) } }, label),
          ),
          f.review ? h('button', { type: 'button', class: 'secondary', on: { click: clear } }, '撤销标注') : null,
        ),
        message,
      ),
    );
  };
  draw();
  return box;
}

/** For a finding across documents: the other document, and its figures' sources opened in that document. */
export function relatedLinks(f) {
  const rel = f.related;
  if (!rel) return null;
  const doc = rel.document;
  const name = `${doc.year ? `${doc.year}年度` : ''}${doc.kind}（${doc.file}）`;
  const base = doc.id === undefined ? null : `/d/${doc.id}`;
  return h(
    'div',
    { class: 'source-links related-links' },
    h('span', { class: 'small' }, '对照文件：', base ? h('a', { href: `#${base}` }, name) : name),
    base
      ? rel.sources.map((s, i) => h('a', { href: sourceHref(base, s), 'aria-label': `查看对照文件中的出处 ${i + 1}：${describeSource(s)}` }, `对照出处 ${i + 1} · ${describeSource(s)}`))
      : null,
  );
}

function findingItem(detail, f, base, rules, onChange) {
  const rule = rules.get(f.rule);
  return h(
    'li',
    {},
    h(
      'article',
      { class: ['finding', f.severity, f.review ? `reviewed-${f.review.status}` : ''], 'data-key': f.key },
      h('div', { class: 'meta' }, h('span', { class: ['badge', f.severity] }, severityLabel(f.severity)), h('span', {}, describeLocation(f.location))),
      h('p', { class: 'message' }, f.message),
      figures(f),
      h(
        'div',
        { class: 'meta' },
        h('a', { href: `#/rules?rule=${encodeURIComponent(f.rule)}` }, rule ? `${rule.title}（${f.rule}）` : `规则 ${f.rule}`),
        h('span', {}, familyLabel(f.family)),
        f.alsoReportedBy?.length ? h('span', {}, `规则 ${f.alsoReportedBy.join('、')} 也发现了此问题`) : null,
      ),
      explanation(f, rule),
      f.sources.length
        ? h(
            'div',
            { class: 'source-links' },
            f.sources.map((s, i) =>
              h('a', { href: sourceHref(base, s), 'data-src': sourceKey(sourceParams(s)), 'aria-label': `查看出处 ${i + 1}：${describeSource(s)}（${f.message.slice(0, 30)}）` }, `出处 ${i + 1} · ${describeSource(s)}`),
            ),
          )
        : h('p', { class: 'small muted' }, '（此问题没有具体出处）'),
      relatedLinks(f),
      reviewControls(detail.id, f, onChange),
    ),
  );
}

function reviewSummary(findings) {
  const marked = findings.filter((f) => f.review);
  if (!marked.length) return '尚无审核标注。';
  const count = (s) => marked.filter((f) => f.review.status === s).length;
  return `已标注 ${marked.length} 条：确认 ${count('confirmed')}、误报 ${count('false-positive')}、已整改 ${count('fixed')}。`;
}

/** The findings list; `base` is the route path the source links open on; `rules` maps rule ids to the registry's entries. */
export function findingsView(detail, base, rules) {
  const { findings, summary } = detail;
  const tally = h('p', { class: 'small muted', role: 'status' }, reviewSummary(findings));
  const onChange = () => (tally.textContent = reviewSummary(findings));
  const parts = [
    h(
      'div',
      { class: 'letter-bar' },
      tally,
      h(
        'div',
        { class: 'row' },
        h('span', { class: 'small' }, '审核意见书：'),
        h('a', { class: 'button secondary', href: `/api/disclosures/${detail.id}/review-letter.docx`, download: '' }, '下载 DOCX'),
        h('a', { class: 'button secondary', href: `/api/disclosures/${detail.id}/review-letter.pdf`, download: '' }, '下载 PDF'),
      ),
    ),
  ];
  const reading = detail.reading;
  if (reading && !reading.complete) {
    parts.push(
      h(
        'div',
        { class: 'alert incomplete', role: 'status' },
        `审核不完整：${reading.incompleteTables.map(tableName).join('、')} 共 ${reading.unreadNumbers} 个数字未能读取，用到这些数字的核对没有进行。`,
        h('a', { href: `#/d/${detail.id}/tables` }, '在表格中查看未读数字'),
      ),
    );
  } else if (!findings.some((f) => f.severity !== 'info')) parts.push(h('div', { class: 'alert ok', role: 'status' }, '没有发现错误或警告。'));
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
      .map(([, g]) => h('section', {}, h('h3', {}, `${g.label}（${g.items.length}）`), h('ul', { class: 'findings' }, g.items.map((f) => findingItem(detail, f, base, rules, onChange)))));
    const heading = [h('span', { class: ['badge', severity] }, severityLabel(severity)), `${list.length} 个${severity === 'info' ? '提示（尾差等）' : severityLabel(severity)}`];
    // Hints (rounding differences) are many and rarely need action: folded until asked for.
    parts.push(
      severity === 'info'
        ? h('details', { class: 'finding-group', 'data-severity': severity }, h('summary', {}, h('h2', { class: 'inline' }, heading)), content)
        : h('section', { class: 'finding-group', 'data-severity': severity }, h('h2', {}, heading), content),
    );
  }
  if (summary?.notEvaluable?.length) {
    parts.push(
      h(
        'details',
        { class: 'finding-group' },
        h('summary', {}, `无法评估的规则 ${summary.notEvaluable.length} 条（缺少输入，不算作通过）`),
        h('ul', {}, summary.notEvaluable.map((n) => h('li', { class: 'small' }, `${rules.get(n.rule)?.title ?? n.rule}（${n.rule}，${familyLabel(n.family)}）：${n.reason}`))),
      ),
    );
  }
  if (summary?.rules) {
    const r = summary.rules;
    parts.push(h('p', { class: 'small muted' }, `规则：通过 ${r.passed} 条、未通过 ${r.failed} 条、无法评估 ${r.notEvaluable} 条。`, h('a', { href: '#/rules' }, '查看全部规则')));
  }
  return h('div', { class: 'findings-view' }, parts);
}
