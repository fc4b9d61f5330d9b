// Claims: every number of the narrative bound to its subject, scope, measure and period. A sentence is read
// left to right; each number takes the subject named closest before it, else the subject of the number before
// it in the sentence ("收入总计减少3,070.80万元，下降57.58%"), else the paragraph's subject ("较上年决算减少…"
// after a paragraph about one class). "X，其中：" makes X the lead of the list that follows: shares without a
// named whole are of X, and list items without a measure word take X's (a budget list stays a budget list).
// Two statements carry no number: how a 决算 compares with its budget ("决算数小于预算数", a `comparison`), and
// what a 类/款/项 item is mainly used for ("主要用于：…", the `purpose` of the item's claims).
import type { KindFamily } from '../../catalog/kinds/index.js';
import type { Claim, ClaimMeasure, ClaimScope, ClaimTopic } from '../../model/claim.js';
import type { TableInfo } from '../../model/disclosure.js';
import { TERMS } from '../../model/glossary.js';
import { halfWidthDigits } from '../../model/half-width.js';
import { matchesOf } from '../pattern-matches.js';
import type { Section } from '../../model/narrative.js';
import { basisOf, isPriorYear, moneyMeasure, percentMeasure, type Basis, type Direction } from './measures.js';
import { findNumbers, type NumberToken } from './numbers.js';
import { joinParagraphs, sourceAt, type NarrativeParagraph } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { SubjectFinder, threePublicCount, type SubjectMatch } from './subjects.js';
import { narrowScope, phraseScope, sectionTopic, topicScope } from './topics.js';

export const UNRESOLVED = '?';
const S_INCOME = TERMS.currentYearIncome;
const S_EXPENDITURE = TERMS.currentYearExpenditure;

const MONEY_UNITS = new Set(['万元', '元', '亿元', '千元', '万']);
const PERCENT = '%';
const SCORE = '分';

/** Statements that a figure did not change, which carry no number of their own. */
const FLAT = /与上年(?:度)?(?:相比)?(?:相同|持平|一致|无变化)|较上年(?:度)?(?:无变化|持平|相同)|较\d{4}年度?(?:无变化|持平|相同)|同比持平/g;
/** Every FLAT statement ends in one of these: a sentence without them is not searched. */
const FLAT_WORDS = ['相同', '持平', '一致', '无变化'];
const CLAUSE_OPENERS = ['，', ',', '；', ';', '（', '('];

/** Where the clause that reaches `at` opens: at the last comma, semicolon or opening bracket up to `at` (0 if none). */
function lastOpening(text: string, at: number): number {
  let opening = 0;
  for (const p of CLAUSE_OPENERS) opening = Math.max(opening, text.lastIndexOf(p, at));
  return opening;
}

/** Words that may stand between a subject and its rate: measure words, budget types, comparisons. */
const MEASURE_WORDS =
  /财政拨款|一般公共预算|政府性基金预算?|国有资本经营预算?|调整后|年初|全年|预算数?|决算数?|支出|收入|执行数?|实际|完成|比例|比重|占比|占|的|了|为|是|共计|共|合计|总额|金额|较|比|上年度?|同比|与|相比|增加|减少|增长|下降|上升|降低|各|均|分别|约|达到|达|其中|率|经费|费|\d{4}年度?/g;
/** How far before a number its measure words are looked for. */
const NEAR = 40;
const adjacent = (between: string): boolean => (between.replace(MEASURE_WORDS, '').match(/[\u4e00-\u9fa5]/g) ?? []).length < 2;

/** Statements that there was no such money at all: a zero for the section's (or the named budget's) totals. */
const NIL = /本年度?无此项(收支|支出|收入)|(?:没有|无)(?:使用)?(?:政府性基金|国有资本经营)(?:预算)?(?:财政)?(?:拨款)?(?:安排的)?(收支|支出|收入)/g;
const NIL_TOPICS: ReadonlySet<ClaimTopic> = new Set<ClaimTopic>(['fund', 'capital']);

/**
 * "决算数小于预算数", "支出决算大于年初预算", "决算数同预算数持平": the 决算 compared with a budget; "预算数大于决算数"
 * says the same the other way round. "基本持平" (roughly equal) states no comparison that figures could contradict.
 */
const COMPARISONS: readonly { pattern: RegExp; direction: (word: string) => Direction; basis: number }[] = [
  { pattern: /(?:决算|执行|实际支出)数?\s*(大于|小于|等于|高于|低于|超过|超出|多于|少于)\s*(年初|全年|调整后)?预算数?/g, direction: (w) => comparedAs(w), basis: 2 },
  { pattern: /(?:决算|执行|实际支出)数?\s*(?:同|与|和|跟)\s*(年初|全年|调整后)?预算数?\s*(持平|一致|相等|相同)/g, direction: () => '持平', basis: 1 },
  { pattern: /(年初|全年|调整后)?预算数?\s*(大于|小于|高于|低于|超过|多于|少于)\s*(?:决算|执行|实际支出)数?/g, direction: (w) => opposite(comparedAs(w)), basis: 1 },
];
const comparedAs = (word: string): Direction => (/大于|高于|超过|超出|多于/.test(word) ? '增加' : /等于/.test(word) ? '持平' : '减少');
const opposite = (d: Direction): Direction => (d === '增加' ? '减少' : d === '减少' ? '增加' : d);
const COMPARISON_WORD = /大于|小于|等于|高于|低于|超过|超出|多于|少于/;

/** "主要用于：行政单位退休人员支出": what an item is for (a list that follows "主要用于以下方面：" is not). */
const PURPOSE = /主要用于[：:]?\s*([^。；;：:]{2,80})/;

/** Words that introduce a breakdown of the figure before them. */
const LIST_MARKER = /其中|主要用于|主要包括|主要为|具体如下|具体情况如下|分别为?/;
/** Every LIST_MARKER contains one of these: a sentence without them is not searched. */
const LIST_MARKER_WORDS = ['其中', '主要', '具体', '分别'];
/**
 * Words that give the reasons for a figure ("主要原因是…", "主要是因…", "由于…"): the amounts after them, in the rest of
 * the paragraph, are parts of the reason (a policy's cost, another item's change), not the subject's own figures, so
 * they never inherit the subject; a subject they name themselves still binds.
 */
const REASON = /原因|主要是因?|主要由于|由于|因为/;

/** Words before a number that name something the lexicon does not know (财政专户核拨收入, 上年结转): no inheritance. */
const UNKNOWN_NAME = /[\u4e00-\u9fa5]{2,}(?:收入|经费|资金|费|补助|金额|结转|结余)\s*(?:为|是|共|达|共计)?\s*$/;

/** What a sentence states, in order: a number, a flat statement ("与上年持平") or a comparison with the budget. */
interface SentenceEvent {
  at: number;
  token: NumberToken | undefined;
  flat: string | undefined;
  comparison: { written: string; direction: Direction; basis: Basis } | undefined;
}

/** A subject bound to a number: the subject(s) and the scope the words gave it. */
interface Binding {
  subjects: string[];
  scope?: ClaimScope;
  label: string;
}

interface Lead {
  subject: string;
  scope?: ClaimScope;
  measure: ClaimMeasure;
  basis?: Basis;
}

/** Topics outside the 情况说明 proper, where a figure at the head of a paragraph may name a project. */
const PROJECT_TOPICS: ReadonlySet<ClaimTopic> = new Set<ClaimTopic>(['performance', 'profile', 'other']);
const PROJECT_HEADS = [
  /^(?:\d+[、.．]\s*)?(?:\d{4}年度?)?([^，。；：:]{2,40}?)(?:项目)?(?:绩效自评)?综述[：:]/,
  /^(?:\d+[、.．]\s*)?(?:\d{4}年度?)?([^，。；：:]{2,30}?)项目(?:完成|实施|执行)情况[：:]/,
  /^(?:\d+[、.．]\s*)?(?:\d{4}年度?)?(?!我|本|全|共|截[至止])([^，。；：:\d]{2,30}?(?:费|经费|资金|补助|补助金|保障金|安置|救助))(?=年初预算|全年预算|预算|执行|实际|\d)/,
];
const ORDINAL_PREFIX = /^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])\s*/;

function projectSubject(sentence: string): Binding | undefined {
  for (const pattern of PROJECT_HEADS) {
    const m = pattern.exec(sentence);
    const name = m?.[1]?.trim().replace(ORDINAL_PREFIX, '');
    if (name) return { subjects: [`项目:${name}`], label: name };
  }
  return undefined;
}

type Kind = 'money' | 'percent' | 'count' | 'score' | 'bare';

function kindOf(token: NumberToken): Kind {
  if (token.unit === PERCENT) return 'percent';
  if (token.unit === SCORE) return 'score';
  if (MONEY_UNITS.has(token.unit)) return 'money';
  if (token.unit === '') return 'bare';
  return 'count';
}

/** What may stand between a count's words and its number: "在职人员共40人", "编制人数为 338 名", "总编制：43个". */
const ADJACENT_COUNT = /^(?:为|共|共计|合计|有|是|达)?[：:\s]*$/;

const bindingOf = (m: SubjectMatch): Binding => ({ subjects: m.subjects, label: m.label, ...(m.scope ? { scope: m.scope } : {}) });

/** Reads the claims of one document's narrative. */
export class ClaimReader {
  private readonly finder: SubjectFinder;
  private readonly claims: Claim[] = [];
  private section = '';
  private lead: Lead | undefined;
  /** A list introduced by "…：" is running: its items take the lead's measure. */
  private listOpen = false;

  constructor(
    tables: readonly TableInfo[],
    private readonly year: number | undefined,
    family: KindFamily = 'final-accounts',
  ) {
    this.finder = new SubjectFinder(tables, family);
  }

  read(sections: readonly Section[]): Claim[] {
    for (const paragraph of joinParagraphs(sections)) this.readParagraph(paragraph);
    return this.claims;
  }

  private readonly topics = new Map<string, ClaimTopic>();

  private readParagraph(paragraph: NarrativeParagraph): void {
    const section = paragraph.path.join(' > ');
    let topic = this.topics.get(section);
    if (topic === undefined) {
      topic = sectionTopic(paragraph.path);
      this.topics.set(section, topic);
    }
    if (section !== this.section) {
      this.section = section;
      this.lead = undefined;
      this.listOpen = false;
    }
    const state: ParagraphState = { topic, section, subject: undefined, functionContext: undefined, first: true, reasoning: false };
    const from = this.claims.length;
    for (const sentence of splitSentences(paragraph.text)) {
      this.readSentence(paragraph, sentence.start, sentence.text, state);
      state.first = false;
      if (REASON.test(sentence.text)) state.reasoning = true;
    }
    this.notePurpose(paragraph.text, state, this.claims.slice(from));
  }

  /** The purpose a §五 item's paragraph gives, on the claims about that item. */
  private notePurpose(text: string, state: ParagraphState, made: readonly Claim[]): void {
    const item = state.subject?.subjects[0];
    const purpose = PURPOSE.exec(text)?.[1]?.trim();
    if (!item?.startsWith('功能:') || !purpose || /^以下|\d/.test(purpose)) return;
    for (const claim of made) if (claim.subject === item) claim.purpose = purpose;
  }

  private readSentence(paragraph: NarrativeParagraph, offset: number, printed: string, state: ParagraphState): void {
    const { topic } = state;
    // Full-width digits read as ASCII ones; offsets are the printed text's, the quote is the printed sentence.
    const text = halfWidthDigits(printed);
    const sectionScope = topicScope(topic);
    const money = this.finder.find(text, topic, 'money', state.functionContext);
    const sentenceProject = PROJECT_TOPICS.has(topic) ? projectSubject(text) : undefined;
    if (!state.subject && sentenceProject) state.subject = sentenceProject;
    // A §五 item opens with its class/款/项 chain: that chain, resolved or not, is what its paragraph is about.
    const chain = money.find((m) => /[（(]\s*[类款项]\s*[)）]/.test(m.label));
    const firstNamed = chain ?? money.find((m) => m.subjects[0] !== UNRESOLVED);
    const marker = LIST_MARKER_WORDS.some((w) => text.includes(w)) ? LIST_MARKER.exec(text) : null;
    // Numbers, then flat statements, then comparisons, sorted by position (stable). Built by pushing events of one
    // shape: spreads of arrays of changing kinds deoptimised this (large, slow to compile) function again and again.
    const events: SentenceEvent[] = [];
    for (const token of findNumbers(printed)) events.push({ at: token.start, token, flat: undefined, comparison: undefined });
    if (FLAT_WORDS.some((w) => text.includes(w))) for (const m of matchesOf(FLAT, text)) events.push({ at: m.index, token: undefined, flat: m[0], comparison: undefined });
    // every comparison names the budget: most sentences need not be searched
    if (text.includes('预算')) {
      for (const { pattern, direction, basis } of COMPARISONS) {
        for (const m of matchesOf(pattern, text)) {
          const comparison = { written: printed.slice(m.index, m.index + m[0].length), direction: direction(COMPARISON_WORD.exec(m[0])?.[0] ?? ''), basis: basisOf(m[basis] ?? '预算') ?? '预算' };
          events.push({ at: m.index, token: undefined, flat: undefined, comparison });
        }
      }
    }
    events.sort((a, b) => a.at - b.at);
    const nils = NIL_TOPICS.has(topic) ? matchesOf(NIL, text) : [];

    const made: Claim[] = [];
    // The subject of the last figure: amounts and rates inherit from amounts and rates, never from a count.
    let previous: Binding | undefined;
    let previousCount: Binding | undefined;
    let from = 0;
    const sentenceSource = sourceAt(paragraph, offset);
    const emit = (binding: Binding | undefined, fields: Omit<Claim, 'subject' | 'scope' | 'topic' | 'quote' | 'section' | 'source' | 'sentence' | 'label'>, at: number) => {
      const subjects = binding?.subjects ?? [UNRESOLVED];
      for (const subject of subjects) {
        const scope = subject === UNRESOLVED ? undefined : narrowScope(sectionScope, binding?.scope);
        const claim: Claim = {
          subject,
          ...(scope ? { scope } : {}),
          topic,
          ...fields,
          ...(binding?.label ? { label: binding.label } : {}),
          quote: printed,
          section: state.section,
          source: sourceAt(paragraph, offset + at, offset + at + fields.written.length),
          sentence: sentenceSource,
        };
        made.push(claim);
        this.claims.push(claim);
      }
    };

    for (const nil of nils) {
      const what = nil[1] ?? nil[2] ?? '收支';
      const subjects = [...(what.includes('收') ? [S_INCOME] : []), ...(what.includes('支') ? [S_EXPENDITURE] : [])];
      const scope = phraseScope(nil[0]);
      emit({ subjects, label: nil[0], ...(scope ? { scope } : {}) }, { measure: 'amount', period: '本年', value: '0', unit: '', written: nil[0] }, nil.index);
    }
    let leadTaken = false;
    for (const event of events) {
      if (marker && !leadTaken && event.at > marker.index) {
        // "其中，人员经费…" opening a sentence breaks down the paragraph's first figure.
        if (!this.takeLead(made)) {
          if (marker.index <= 2 && state.firstAmount) this.takeLead([state.firstAmount]);
          else this.lead = undefined;
        }
        leadTaken = true;
        previous = undefined;
      }
      const fallback = leadTaken ? undefined : (sentenceProject ?? state.subject);
      const reasoning = state.reasoning || REASON.test(text.slice(0, event.at));
      const inherited = (between: string): Binding | undefined => {
        if (reasoning) return undefined;
        if (!UNKNOWN_NAME.test(between.slice(-NEAR))) return previous ?? fallback;
        // The unknown name may be the project the sentence opens with ("办公场所租赁费5万元").
        return sentenceProject && between.trim() === sentenceProject.label ? sentenceProject : undefined;
      };
      if (event.comparison) {
        const { written, direction, basis } = event.comparison;
        const named = this.finder.closest(money, from, event.at);
        const binding = named ? bindingOf(named) : inherited(text.slice(from, event.at));
        emit(binding, { measure: 'comparison', period: '本年', value: '0', unit: '', written, direction, basis }, event.at);
        from = event.at + written.length;
        continue;
      }
      if (event.flat !== undefined) {
        const named = this.finder.closest(money, from, event.at);
        const binding = named ? bindingOf(named) : inherited(text.slice(from, event.at));
        if (binding) emit(binding, { measure: 'change', period: '本年', value: '0', unit: '', written: event.flat!, direction: '持平' }, event.at);
        from = event.at + event.flat!.length;
        continue;
      }
      const token = event.token!;
      const kind = kindOf(token);
      // Measure words sit right before the number: looking at the last words keeps the patterns linear.
      const between = text.slice(Math.max(from, token.start - NEAR), token.start);
      let binding: Binding | undefined;
      let measure: ClaimMeasure | undefined;
      let direction: Direction | undefined;
      let basis: Basis | undefined;
      let ofBinding: Binding | undefined;

      if (kind === 'percent' || kind === 'bare') {
        const pm = percentMeasure(between);
        const searchEnd = pm.ofStart !== undefined ? token.start - between.length + pm.ofStart : token.start;
        if (pm.ofStart !== undefined) {
          const ofText = between.slice(pm.ofStart);
          const ofMatch = this.finder.closest(this.finder.find(ofText, topic, 'money', state.functionContext), 0, ofText.length);
          if (ofMatch) ofBinding = bindingOf(ofMatch);
        }
        const found = this.finder.closest(money, from, searchEnd);
        // "项目支出规划服务较年初完成92%": a rate is about the words right before it, not a subject further back.
        const named = found && adjacent(text.slice(found.end, searchEnd)) ? found : undefined;
        binding = named ? bindingOf(named) : found ? undefined : inherited(text.slice(from, searchEnd));
        measure = pm.measure;
        direction = pm.direction;
        basis = pm.basis;
        if (kind === 'bare' && measure === undefined) {
          // A bare number is an amount when it has decimals (2280.29。), a count otherwise (人次为16563).
          if (token.value.includes('.')) {
            const mm = moneyMeasure(named ? text.slice(Math.max(0, named.start - 6), named.end) : '', named ? text.slice(Math.max(named.end, token.start - NEAR), token.start) : between);
            measure = mm.measure;
            direction = mm.direction;
            basis = mm.basis;
          } else {
            measure = 'count';
            binding = undefined;
          }
        }
        if (kind === 'percent' && measure === undefined) {
          measure = 'share';
          binding = undefined; // a rate of something the lexicon does not know (参保率, 满意度)
        }
      } else if (kind === 'money') {
        const named = this.finder.closest(money, from, token.start);
        binding = named ? bindingOf(named) : inherited(text.slice(from, token.start));
        const labelText = named ? text.slice(Math.max(0, named.start - 6), named.end) : '';
        const mm = moneyMeasure(labelText, named ? text.slice(Math.max(named.end, token.start - NEAR), token.start) : between);
        measure = mm.measure;
        direction = mm.direction;
        basis = mm.basis;
        const lead = this.lead;
        const inList = (marker !== null && marker.index < token.start) || this.listOpen;
        const before = made.findLast((c) => c.unit === token.unit || MONEY_UNITS.has(c.unit));
        if (!mm.explicit && lead && inList && (lead.measure === 'budget' || lead.measure === 'change')) {
          measure = lead.measure;
          basis = lead.basis;
        } else if (!mm.explicit && !inList && before?.measure === 'budget') {
          // "单位支出预算为5850.45万元，基本支出399万元；…": a list of budgets without 其中.
          measure = 'budget';
          basis = before.basis;
        }
        // "年初部门预算执行数": an amount executed against a budget is neither the budget nor the total.
        if (named && /预算/.test(named.label) && /执行/.test(between)) binding = undefined;
      } else if (kind === 'count') {
        measure = 'count';
        binding = this.countBinding(text, money, from, token, topic, previousCount, state);
      } else {
        measure = 'score';
        binding = previous ?? fallback;
      }

      const signed = direction === '减少' && token.value !== '0' && /^\d/.test(token.value) ? `-${token.value}` : token.value;
      const clause = text.slice(lastOpening(text, token.start - 1), token.start);
      const period =
        (measure === 'amount' || measure === 'budget') && isPriorYear(between, this.year ? this.year - 1 : undefined, text.slice(token.end, token.end + NEAR), clause) ? '上年' : '本年';
      const ofSubject = ofBinding?.subjects[0];
      const lead = this.lead;
      const part = binding?.subjects[0];
      const partScope = binding ? narrowScope(sectionScope, binding.scope) : undefined;
      const wholeFromLead =
        measure === 'share' && part !== undefined && !ofSubject && lead && lead.subject !== UNRESOLVED && (lead.measure === 'amount' || lead.measure === 'budget') && !(lead.subject === part && lead.scope === partScope);
      emit(
        binding,
        {
          measure: measure ?? 'amount',
          period,
          value: signed,
          unit: token.unit,
          written: token.written,
          ...(direction ? { direction } : {}),
          ...(basis && (measure === 'budget' || measure === 'completion') ? { basis } : {}),
          ...(ofSubject ? { of: ofSubject, ...(ofBinding?.scope ? { ofScope: ofBinding.scope } : {}) } : {}),
          ...(wholeFromLead ? { whole: lead.subject, ...(lead.scope ? { wholeScope: lead.scope } : {}) } : {}),
        },
        token.start,
      );
      if (binding && binding.subjects[0] !== UNRESOLVED) {
        if (kind === 'count') previousCount = binding;
        else previous = binding;
      }
      from = token.end;
    }

    state.firstAmount ??= made.find((c) => c.subject !== UNRESOLVED && c.measure === 'amount');
    // The paragraph's subject, for the sentences after it that name none ("较上年决算减少…").
    if (!state.subject) {
      const first = made.find((c) => c.subject !== UNRESOLVED);
      if (chain) state.subject = bindingOf(chain);
      else if (first) state.subject = { subjects: [first.subject], label: first.label ?? '', ...(first.scope ? { scope: first.scope } : {}) };
      else if (firstNamed) state.subject = bindingOf(firstNamed);
    }
    const lastFunction = money.findLast((m) => m.subjects[0]?.startsWith('功能:'));
    if (lastFunction) state.functionContext = lastFunction.subjects[0]!.slice(3);
    if (!leadTaken && /[：:]$/.test(text) && this.takeLead(made)) this.listOpen = true;
    else if (/[。.]$/.test(text)) this.listOpen = false;
  }

  private countBinding(
    text: string,
    money: readonly SubjectMatch[],
    from: number,
    token: NumberToken,
    topic: ClaimTopic,
    previous: Binding | undefined,
    state: ParagraphState,
  ): Binding | undefined {
    if (topic === 'three-public') {
      // What is counted follows from the words before the number and its unit; 出国 or 接待, 国内 or 外事 from
      // the 三公 component the clause is about.
      const label = text.slice(from, token.end);
      const component = money.findLast((m) => m.start < token.start && m.subjects[0]?.startsWith('三公:'));
      // From the start of the component's clause: "国内公务接待15批次" names 公务接待 but says 国内 before it.
      const clause = component ? Math.max(...'，,；;：:。'.split('').map((p) => text.lastIndexOf(p, component.start - 1))) + 1 : 0;
      const context = text.slice(clause, token.end);
      return { subjects: threePublicCount(label, context), label: label.trim() };
    }
    const counts = this.finder.find(text, topic, 'count', state.functionContext, token.unit);
    if (topic === 'profile') {
      // A 概况 counts many things (内设机构, 下属单位, 编制, 人员): only words right before the number name it.
      const named = this.finder.closest(counts, from, token.start);
      return named && ADJACENT_COUNT.test(text.slice(named.end, token.start)) ? bindingOf(named) : undefined;
    }
    const named = this.finder.closest(counts, from, token.start) ?? this.finder.closest(counts, 0, token.start);
    if (named && named.subjects[0] !== UNRESOLVED && topic === 'assets') return bindingOf(named);
    return previous && topic === 'assets' ? previous : undefined;
  }

  /** "X，其中：…" or a sentence ending in "：" makes X (the first figure stated) the lead of what follows. */
  private takeLead(made: readonly Claim[]): boolean {
    // The figure right before "其中" is what the list breaks down ("上年结转0万元，…本年收入合计5294.26万元，其中：").
    const first = made.findLast((c) => c.measure === 'amount' || c.measure === 'budget');
    if (!first) return false;
    this.lead = { subject: first.subject, measure: first.measure, ...(first.scope ? { scope: first.scope } : {}), ...(first.basis ? { basis: first.basis } : {}) };
    return true;
  }
}

interface ParagraphState {
  /** The paragraph's first figure: what a sentence opening with "其中" breaks down. */
  firstAmount?: Claim | undefined;
  topic: ClaimTopic;
  section: string;
  subject: Binding | undefined;
  functionContext: string | undefined;
  first: boolean;
  /** The paragraph has started giving reasons (REASON). */
  reasoning: boolean;
}

/** Every number of the narrative as a claim; numbers whose subject is unknown are kept with subject '?'. */
export function extractClaims(sections: readonly Section[], tables: readonly TableInfo[] = [], year?: number, family: KindFamily = 'final-accounts'): Claim[] {
  return new ClaimReader(tables, year, family).read(sections);
}
