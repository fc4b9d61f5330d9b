/* global CSS */
// Every audit rule, by family: what it checks, on what basis, and how a failure is fixed (GET /api/rules); a rule's
// own words where written, otherwise its family's, said so. ?rule=ID brings one rule into view.
import { getJson } from '../api.js';
import { errorBox, h, loading, replace, title } from '../dom.js';
import { getCatalog, severityLabel } from '../labels.js';

function ruleItem(rule, fam) {
  const rows = [
    ['核对什么', rule.description],
    ['依据', rule.basis],
    ['怎样改正', rule.fix],
  ].filter(([, v]) => v);
  return h(
    'li',
    { id: `rule-${rule.id}`, 'data-rule': rule.id },
    h('div', { class: 'row' }, h('strong', {}, rule.title), h('span', { class: 'small muted' }, rule.id), h('span', { class: ['badge', rule.severity] }, `不成立时为${severityLabel(rule.severity)}`)),
    rows.length ? h('dl', {}, rows.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v)))) : h('p', { class: 'small muted' }, `依据与改正方法见「${fam.label}」类的说明。`),
  );
}

export async function render(main, { query }) {
  main.append(title('审核规则'), loading());
  let data;
  try {
    data = await getJson('/api/rules');
  } catch (e) {
    replace(main, title('审核规则'), errorBox(e));
    return undefined;
  }
  const { families, severities } = getCatalog();
  const sections = families.map((fam) => {
    const list = data.items.filter((r) => r.family === fam.id);
    if (!list.length) return null;
    return h(
      'section',
      { id: `family-${fam.id}` },
      h('h2', {}, `${fam.label}（${list.length} 条）`),
      h('p', {}, fam.description),
      h('dl', { class: 'small' }, h('div', {}, h('dt', {}, '依据'), h('dd', {}, fam.basis)), h('div', {}, h('dt', {}, '怎样改正'), h('dd', {}, fam.fix))),
      h('ul', { class: 'rule-list' }, list.map((r) => ruleItem(r, fam))),
    );
  });
  replace(
    main,
    title('审核规则'),
    h('p', { class: 'muted' }, `共 ${data.items.length} 条规则（规则版本 ${data.rulesVersion}）。每条规则有编号、所属类别和不成立时的严重程度：`, severities.map((s) => `${s.label}——${s.description}`).join(' ')),
    h('nav', { class: 'toc', 'aria-label': '规则类别' }, families.map((f) => h('a', { href: `#/rules?family=${f.id}` }, f.label))),
    sections,
  );
  const focus = (q) => {
    const id = q.get('rule');
    const fam = q.get('family');
    for (const li of main.querySelectorAll('.rule-list li.active')) li.classList.remove('active');
    const target = id ? main.querySelector(`[data-rule="${CSS.escape(id)}"]`) : fam ? main.querySelector(`#family-${CSS.escape(fam)}`) : null;
    if (target) {
      target.classList.add('active');
      target.scrollIntoView({ block: 'start' });
    }
  };
  focus(query);
  return { update: ({ query: q }) => focus(q) };
}
