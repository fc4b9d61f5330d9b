// What 自评 reports say about a project's money, sentence by sentence: its budget (年初预算 / 预算 / 调整后), what
// was spent (执行支出, 实际支出, 支付), and the rates they claim (完成年初预算98%, 完成率100%, 总体绩效目标完成率
// 100%). A claim is bound to the spending stated in its own sentence, else to the nearest one in the item, and to the
// nearest budget stated before it.
import type { PerformanceFunding, RateBasis } from '../../model/performance.js';
import type { Source } from '../../model/source.js';
import { sentences } from './paragraphs.js';
import { squeeze } from './values.js';

const NUM = String.raw`(\d[\d,，]*(?:\.\d+)?)\s*(万元|元)`;

type Kind = 'initialBudget' | 'budget' | 'annualBudget' | 'executed' | 'rate';

interface Mention {
  kind: Kind;
  value: string;
  unit: string;
  basis?: RateBasis;
  index: number;
}

const PATTERNS: { kind: Kind; re: RegExp; basis?: RateBasis }[] = [
  { kind: 'annualBudget', re: new RegExp(String.raw`(?:调整后(?:项目)?预算(?:支出)?数?|全年(?:部门)?预算数?)(?:为|是|：|:)?\s*${NUM}`, 'g') },
  { kind: 'initialBudget', re: new RegExp(String.raw`年初(?:部门)?预算(?!执行)(?:数|金额)?(?:为|是|：|:)?\s*${NUM}`, 'g') },
  { kind: 'budget', re: new RegExp(String.raw`(?<!年初|全年|调整后|年初部门|全年部门)预算(?!执行)(?:数|金额)?(?:共计|合计|为|是|：|:)?\s*${NUM}`, 'g') },
  {
    kind: 'executed',
    re: new RegExp(String.raw`(?:执行支出|实际支出|实际项目支出|项目支出为|共支出|全年支出|支付|执行数)(?:为|了|是)?\s*${NUM}`, 'g'),
  },
  { kind: 'rate', basis: 'initialBudget', re: /完成年初预算(?:的)?\s*(\d+(?:\.\d+)?)\s*(%)/g },
  { kind: 'rate', basis: 'budget', re: /完成(?:全年)?预算(?:的)?\s*(\d+(?:\.\d+)?)\s*(%)/g },
  { kind: 'rate', basis: 'budget', re: /(?<!目标)(?:支出率|预算执行率|执行率|支出进度|执行进度|完成率)(?:为|达|是|达到)?\s*(\d+(?:\.\d+)?)\s*(%)/g },
  { kind: 'rate', basis: 'target', re: /绩效目标完成率(?:为|达|是|达到)?\s*(\d+(?:\.\d+)?)\s*(%)/g },
  { kind: 'rate', basis: 'target', re: /完成(?:总体)?(?:项目)?绩效(?:目标)?的?\s*(\d+(?:\.\d+)?)\s*(%)/g },
];

function mentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const { kind, re, basis } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const at = m.index + m[0].lastIndexOf(m[1]!);
      if (found.some((f) => f.index === at)) continue; // a rate matched by two patterns
      found.push({ kind, value: squeeze(m[1]!), unit: m[2] === '%' ? '%' : m[2]!, index: at, ...(basis ? { basis } : {}) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const NAME_FIELD = /(?:项目)?(?:年初(?:部门)?预算数?|全年(?:部门)?预算数?|全年共|预算(?:及追加)?|经费执行支出|执行支出|实际支出|实际项目支出|支出|资金总额|金额|共计|为|是|：|:)+$/;
const GENERIC = /^(部门|单位|我局|本局|本项目|该项目|本单位|项目|年初部门)$/;

/** The project an item talks about: "X项目完成情况：", else the words before its first amount. */
export function itemName(text: string): string | undefined {
  const declared = /^(?:\d+[、.．]\s*)?(.{2,40}?)项目完成情况[：:]/.exec(text);
  if (declared) return declared[1];
  const first = new RegExp(NUM).exec(text);
  if (!first) return undefined;
  const before = text.slice(0, first.index).replace(/[\s：:]+$/, '');
  const clause = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('：'), before.lastIndexOf(':')) + 1);
  const name = clause
    .replace(/^\s*(?:\d+[、.．]|[（(]\d+[）)]|[①-⑳])\s*/, '')
    .replace(/^\d{4}\s*年度?/, '')
    .trim()
    .replace(NAME_FIELD, '')
    .trim();
  return name.length >= 2 && name.length <= 40 && !/[，,]/.test(name) && !GENERIC.test(name) ? name : undefined;
}

/**
 * The funding lines of one item (a numbered paragraph with its continuation, or a paragraph): one per sentence that
 * states spending or a rate. A bare "项目X万元" right after the name counts as its budget.
 */
export function itemStatements(text: string, source: Source): PerformanceFunding[] {
  const all = mentions(text);
  const name = itemName(text) ?? '';
  if (name) {
    const bare = new RegExp(`${escape(name)}\\s*${NUM}`).exec(text);
    const at = bare ? bare.index + bare[0].lastIndexOf(bare[1]!) : -1;
    if (bare && !all.some((m) => m.index === at)) {
      all.push({ kind: 'budget', value: squeeze(bare[1]!), unit: bare[2]!, index: at });
      all.sort((a, b) => a.index - b.index);
    }
  }
  const lines: PerformanceFunding[] = [];
  let offset = 0;
  for (const sentence of sentences(text)) {
    const start = offset;
    const end = (offset += sentence.length);
    const inside = all.filter((m) => m.index >= start && m.index < end);
    const rates = inside.filter((m) => m.kind === 'rate');
    const spent = inside.find((m) => m.kind === 'executed');
    if (!rates.length && !spent) continue;
    const executed = spent ?? nearest(all, 'executed', start);
    for (const claim of rates.length ? rates : [undefined]) {
      const before = (kind: Kind) => all.filter((m) => m.kind === kind && m.index < (claim?.index ?? executed?.index ?? end)).at(-1);
      const initial = before('initialBudget');
      const budget = before('budget');
      const annual = before('annualBudget');
      const unit = executed?.unit ?? initial?.unit ?? budget?.unit ?? annual?.unit;
      // "预算" without 年初/调整后 is the item's budget: the 年初 one when no other is stated.
      const initialValue = initial?.value ?? budget?.value;
      lines.push({
        label: name,
        role: 'project',
        ...(unit && unit !== '%' ? { unit } : {}),
        ...(initialValue !== undefined ? { initialBudget: initialValue } : {}),
        ...(annual ? { annualBudget: annual.value } : {}),
        ...(executed ? { executed: executed.value } : {}),
        ...(claim ? { rate: claim.value, rateBasis: claim.basis ?? 'budget' } : {}),
        quote: sentence.trim(),
        source,
      });
    }
  }
  return lines;
}

function nearest(all: readonly Mention[], kind: Kind, at: number): Mention | undefined {
  const candidates = all.filter((m) => m.kind === kind);
  return candidates.filter((m) => m.index < at).at(-1) ?? candidates.find((m) => m.index >= at);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "项目支出主要包括：A 184.61万元、B 5万元和C 3.6万元…" → the amount of each project, by what the list is about. */
export function listStatements(text: string, source: Source): PerformanceFunding[] {
  const marker = /主要(?:包括|为|有)[：:]/.exec(text);
  if (!marker) return [];
  const intro = text.slice(0, marker.index);
  const field = /调整后|调整/.test(intro) ? 'annualBudget' : /决算|实际|支出合计|执行/.test(intro) ? 'executed' : 'initialBudget';
  const list = text.slice(marker.index + marker[0].length).split(/[。；]/)[0] ?? '';
  const lines: PerformanceFunding[] = [];
  for (const m of list.matchAll(/([^、，,。；：和]+?)\s*(\d+(?:\.\d+)?)\s*(万元|元)/g)) {
    const label = m[1]!.trim();
    if (label.length < 2) continue;
    lines.push({ label, role: 'project', unit: m[3]!, [field]: m[2]!, quote: m[0].trim(), source });
  }
  return lines;
}
