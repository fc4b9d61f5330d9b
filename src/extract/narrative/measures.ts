// What a number measures, read from the words right before it: 占比 (a share, of a whole it may name),
// 增加/下降 (a change, signed), 完成年初预算的 (a completion rate, against which budget), 年初预算 (a budget),
// 支出决算 (the amount itself), a count or a score.
import type { Claim, ClaimMeasure } from '../../model/claim.js';

export type Direction = NonNullable<Claim['direction']>;
export type Basis = NonNullable<Claim['basis']>;

export interface PercentMeasure {
  measure: ClaimMeasure | undefined;
  direction?: Direction;
  basis?: Basis;
  /** For a share: offset (in the text given) where "占…的" starts; its words name the whole. */
  ofStart?: number;
}

const UP = /增加|增长|上升|提高|增/;
const CHANGE_WORD = /(增加|减少|增长|下降|上升|降低|提高|节约|节省|压减|减|增)(?:了)?(?:幅度)?(?:为|达)?\s*$/;
const COMPLETION = /(?:完成(?:了)?(?:全年|年初|调整后)?(?:预算)?(?:数)?(?:的)?|(?:预算)?(?:完成|执行|支出)率(?:为|达|是)?|(?:支出|执行)进度(?:为|达)?)\s*$/;
const SHARE = /占(?:比)?/g;
/** Words that name a budget type, not a budget amount ("一般公共预算财政拨款支出"). */
const BUDGET_TYPE = /一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|基金预算|预算单位|部门预算项目|预算项目/g;

export function directionOf(word: string): Direction {
  return UP.test(word) ? '增加' : '减少';
}

export function basisOf(words: string): Basis | undefined {
  if (/年初/.test(words)) return '年初';
  if (/全年|调整后/.test(words)) return '全年';
  return /预算/.test(words.replace(BUDGET_TYPE, '')) ? '预算' : undefined;
}

/** The measure of a percentage from the words between the previous number (or clause) and it. */
export function percentMeasure(between: string): PercentMeasure {
  const change = CHANGE_WORD.exec(between);
  if (change) return { measure: 'change-percent', direction: directionOf(change[1]!) };
  const completion = COMPLETION.exec(between);
  if (completion) {
    const basis = basisOf(completion[0]) ?? '预算';
    return { measure: 'completion', basis };
  }
  const shares = [...between.matchAll(SHARE)];
  const last = shares.at(-1);
  if (last) return { measure: 'share', ofStart: last.index };
  return { measure: undefined };
}

export interface MoneyMeasure {
  measure: ClaimMeasure;
  direction?: Direction;
  basis?: Basis;
  /** False when no word said what the amount is (a list item after "其中" takes its lead's measure). */
  explicit: boolean;
}

/**
 * The measure of an amount from its subject's words (`label`, with a few words before them: 年初预算收入) and the
 * words between them and the number:
 * the last of 增加/减少 (change), 预算 (budget), 决算/执行/实际/支出 (the amount) decides.
 */
export function moneyMeasure(label: string, between: string): MoneyMeasure {
  const change = CHANGE_WORD.exec(between);
  if (change) return { measure: 'change', direction: directionOf(change[1]!), explicit: true };
  const words = between.replace(BUDGET_TYPE, '');
  const lastBudget = words.lastIndexOf('预算');
  const lastActual = Math.max(...['决算', '执行', '实际', '支付', '支出', '收入', '完成'].map((w) => words.lastIndexOf(w)));
  if (lastBudget >= 0 && lastBudget > lastActual) return { measure: 'budget', basis: basisOf(words.slice(Math.max(0, lastBudget - 4))) ?? '预算', explicit: true };
  if (lastActual >= 0) return { measure: 'amount', explicit: true };
  const labelWords = label.replace(BUDGET_TYPE, '');
  if (/预算/.test(labelWords)) return { measure: 'budget', basis: basisOf(labelWords) ?? '预算', explicit: true };
  return { measure: 'amount', explicit: false };
}

/**
 * The words that make an amount last year's rather than this year's ("上年决算数为…"), not a comparison — unless the
 * comparison names last year's amount itself before saying how it changed ("比2023年度的0.54万元增加0.15万元"):
 * `after` is the text after the amount. `clause`: the clause the amount is in, from its opening punctuation; one
 * that opens with last year and compares nothing speaks of last year ("（上年财政仅安排…140.2万元）"), except last
 * year's carry-over, which is this year's income (上年结转).
 */
export function isPriorYear(between: string, priorYear: number | undefined, after = '', clause = ''): boolean {
  const { named, opening, compared } = priorYearPatterns(priorYear);
  if (named.test(between)) return true;
  if (opening.test(clause)) return true;
  return compared.test(between) && /^\s*(?:亿元|万元|元)?\s*[，,]?\s*(?:增加|减少|增长|下降|上升|降低)/.test(after);
}

interface PriorYearPatterns {
  /** "上年决算数为" right before the amount. */
  named: RegExp;
  /** A clause opening with last year: "（上年财政仅安排…". */
  opening: RegExp;
  /** "比上年" right before the amount (last year's amount, when a change follows it). */
  compared: RegExp;
}

/** The patterns for one prior year, built once per year (a document's year: a handful per process). */
const priorYearCache = new Map<number | undefined, PriorYearPatterns>();

function priorYearPatterns(priorYear: number | undefined): PriorYearPatterns {
  let patterns = priorYearCache.get(priorYear);
  if (!patterns) {
    const prior = priorYear ? `|${priorYear}年(?:度)?` : '';
    // "2023年当年预算执行数为…" in a 2024 budget: what was spent last year, not this year's budget
    const year = `(?:上年(?:度)?|上一年度?${prior})(?:同期|当年)?`;
    patterns = {
      named: new RegExp(`(?<![比较与同])${year}(?:决算|预算)?(?:执行|支出|收入)?(?:数)?(?:为|是)?\\s*$`),
      opening: new RegExp(`^[（(]\\s*${year}(?!结转|结余)[^比较增减降升]*$`),
      compared: new RegExp(`[比较]${year}的?(?:决算|预算)?(?:支出|收入)?(?:数)?\\s*$`),
    };
    // years come from documents: keep the cache small whatever they say
    if (priorYearCache.size >= 64) priorYearCache.clear();
    priorYearCache.set(priorYear, patterns);
  }
  return patterns;
}
