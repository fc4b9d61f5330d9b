// Shared by the 绩效 rules: where an evaluation is in the document, how its printed figures are read (exact
// decimals, percent tolerance from the printed precision, indicator values with their comparator), grade bands and
// the matching of project names between the narrative and the tables.
import Big from 'big.js';
import { printedDecimals, toYuan } from '../../../../model/decimal.js';
import type { Location } from '../../../../model/finding.js';
import type { Grade, PerformanceEvaluation, PerformanceFunding } from '../../../../model/performance.js';
import type { AuditContext } from '../../../context.js';
import { memoizeText } from '../../../../model/text-memo.js';
import { SplitTolerance } from '../../../tolerance.js';

export const isTable = (e: PerformanceEvaluation): boolean => e.kind !== 'report';

/** The evaluations read from 自评 tables (project and department). */
export const tablesOf = (ctx: AuditContext): PerformanceEvaluation[] => ctx.disclosure.performance.filter(isTable);

/** "医保档案规范化整理经费 自评表", "城乡居民医疗救助 综述", "元氏县医疗保障局部门 自评报告". */
export function describe(e: PerformanceEvaluation): string {
  if (isTable(e)) return `${e.name} ${e.kind === 'department' ? '部门整体支出绩效自评表' : '绩效自评表'}`;
  if (e.title?.endsWith('综述')) return `${e.name} 绩效自评综述`;
  if (e.title && !/报告$/.test(e.title)) return e.title;
  return `${e.name} 绩效自评报告`;
}

/** The location of a finding about an evaluation: its section and, when given, the words it is about. */
export function locate(e: PerformanceEvaluation, quote?: string): Location {
  return quote ? { section: describe(e), quote } : { section: describe(e) };
}

export const dec = (value: string): Big => new Big(value);

export function isDecimal(value: string | undefined): value is string {
  return value !== undefined && /^-?\d+(\.\d+)?$/.test(value);
}

/** A Big printed with at least `min` and at most enough decimals to be exact up to `max`. */
export function show(value: Big, decimals = 2): string {
  return value.round(decimals, Big.roundHalfUp).toFixed(decimals);
}

/** Half a unit of the last printed digit: "60.697" → 0.0005. */
export const halfUnit = (value: string): Big => new Big(5).div(new Big(10).pow(printedDecimals(value) + 1));

/** Whether `computed` rounds (half up) to the printed `declared`. */
export function roundsTo(computed: Big, declared: string): boolean {
  return computed.round(printedDecimals(declared), Big.roundHalfUp).eq(dec(declared));
}

/**
 * Tolerance for a printed percentage a/b×100 (domain README §3.2): half a unit of its last digit plus the rounding
 * the printed amounts carry, ε = 100·(u/|b| + |a|·u/b²) with u their half-unit.
 */
export function percentTolerance(declared: string, a: string, b: string): SplitTolerance {
  return new SplitTolerance(halfUnit(declared), () => {
    const u = [a, b].map(halfUnit).reduce((x, y) => (x.gt(y) ? x : y));
    const bb = dec(b).abs();
    return bb.eq(0) ? new Big(0) : new Big(100).times(u.div(bb).plus(dec(a).abs().times(u).div(bb.times(bb))));
  });
}

/** a / b × 100, or undefined for a zero base. */
export function percent(a: string, b: string): Big | undefined {
  return dec(b).eq(0) ? undefined : dec(a).div(dec(b)).times(100);
}

/**
 * A printed value that is the computed one shown with fewer decimals than it pretends to have ("70.60" for 70.63:
 * the rate was rounded to one decimal and padded). A presentation slip rather than a wrong figure.
 */
export function coarserMatch(computed: Big, declared: string): boolean {
  const trimmed = declared.includes('.') ? declared.replace(/0+$/, '').replace(/\.$/, '') : declared;
  const k = printedDecimals(trimmed);
  return k < printedDecimals(declared) && computed.round(k, Big.roundHalfUp).eq(dec(trimmed));
}

/** Amounts of two lines compared in 元 (a report in 元 about a table in 万元). */
export function inYuan(value: string, unit: string | undefined): Big | undefined {
  const yuan = toYuan(value, unit ?? '万元');
  return yuan === undefined ? undefined : new Big(yuan);
}

export const unitOf = (e: PerformanceEvaluation, f?: PerformanceFunding): string => f?.unit ?? e.unit ?? '万元';

/** The money block's total line (年度资金总额 / 部门预算总额), else the only line. */
export function totalLine(e: PerformanceEvaluation): PerformanceFunding | undefined {
  return e.funding.find((f) => f.role === 'total') ?? (e.funding.length === 1 ? e.funding[0] : undefined);
}

// ---- grades ---------------------------------------------------------------------------------------------------

/** 财预〔2020〕10号: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60. */
export function band(score: Big): Grade {
  if (score.gte(90)) return '优';
  if (score.gte(80)) return '良';
  if (score.gte(60)) return '中';
  return '差';
}

/** 优秀 → 优, 良好 → 良; other words (合格) are not grades of the 100-point scheme. */
export function normaliseGrade(word: string): Grade | undefined {
  const w = word.replace(/[“”"'‘’]/g, '');
  if (/^优秀?$/.test(w)) return '优';
  if (/^良好?$/.test(w)) return '良';
  if (w === '中') return '中';
  if (w === '差') return '差';
  return undefined;
}

export const BAND_TEXT: Record<Grade, string> = { 优: '90分及以上为优', 良: '80（含）–90分为良', 中: '60（含）–80分为中', 差: '60分以下为差' };

// ---- indicator values ---------------------------------------------------------------------------------------------

export type Comparator = '≥' | '>' | '≤' | '<' | '=' | '≈';

export interface IndicatorValue {
  comparator?: Comparator;
  value: Big;
  /** % / 万元 / 元 / 人 …; '' when printed bare. */
  unit: string;
  text: string;
}

const COMPARATORS: [RegExp, Comparator][] = [
  [/^(≥|>=|＞=|不低于|不少于|大于等于|达到)/, '≥'],
  [/^(≤|<=|＜=|不高于|不超过|不多于|小于等于|控制在)/, '≤'],
  [/^(>|＞|大于|高于|超过)/, '>'],
  [/^(<|＜|小于|低于)/, '<'],
  [/^(=|＝|等于)/, '='],
  [/^(≈|约)/, '≈'],
];

/** "≥90%", "≤62万元", "=108.84万元", "3次", "111.385万", "…比重29.37%" → comparator, number, unit. */
export function parseIndicatorValue(text: string | undefined): IndicatorValue | undefined {
  if (!text) return undefined;
  // Several rules read every indicator: each printed value is parsed once while it stays in the (bounded) memo,
  // and every caller gets its own copy.
  const parsed = parsedValue(text);
  return parsed && { ...parsed };
}

const parsedValue = memoizeText(parseValue);

function parseValue(text: string): IndicatorValue | undefined {
  const t = text.replace(/[\s,，]/g, '');
  let comparator: Comparator | undefined;
  for (const [re, c] of COMPARATORS) {
    if (re.test(t)) {
      comparator = c;
      break;
    }
  }
  const numbers = [...t.matchAll(/(\d+(?:\.\d+)?)(万元|亿元|元\/人|元|万人|万|%|％|人次|人|次|户|个|家|天|月|年|件|项)?/g)];
  // A value is one number (possibly at the end of a sentence); several numbers are a description, not a value.
  if (numbers.length !== 1) return undefined;
  const m = numbers[0]!;
  if (/^0+$/.test(m[1]!) && m[1]!.length > 1) return undefined; // "≥0000": a placeholder
  let unit = m[2] ?? '';
  if (unit === '万') unit = '万元';
  if (unit === '％') unit = '%';
  return { ...(comparator ? { comparator } : {}), value: new Big(m[1]!), unit, text };
}

/** The same value in 元 when the unit is money, for comparing amounts printed in different units. */
export function moneyInYuan(v: IndicatorValue): Big | undefined {
  if (v.unit === '万元') return v.value.times(10000);
  if (v.unit === '亿元') return v.value.times(100000000);
  if (v.unit === '元') return v.value;
  return undefined;
}

// ---- names --------------------------------------------------------------------------------------------------------

/** A project name for matching: no year, no bracketed qualifier, no 项目 / 资金 suffix. */
export function nameKey(name: string): string {
  return name
    .replace(/[\s\u3000]+/g, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/[【[][^】\]]*[】\]]/g, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/(?:项目)?(?:资金|经费|费用)?(?:项目)?$/, '');
}

function lcs(a: string, b: string): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let previous = 0;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? previous + 1 : Math.max(row[j]!, row[j - 1]!);
      previous = saved;
    }
  }
  return row[b.length]!;
}

/** 2·LCS/(|a|+|b|) on the name keys: 1 for the same name, about 0.7 for "医疗服务能力与提升建设资金" vs "医疗服务与保障能力提升补助资金". */
export function nameSimilarity(a: string, b: string): number {
  const [x, y] = [nameKey(a), nameKey(b)];
  if (!x || !y) return 0;
  return (2 * lcs(x, y)) / (x.length + y.length);
}

const CANDIDATE = 0.4;
const CONFIDENT = 0.75;
const MARGIN = 0.25;

/**
 * The one evaluation a name refers to, or undefined when none or several could be meant: a single candidate above
 * 0.4, or a best one above 0.75 that leads the next by 0.25 and is not merely a longer name containing this one.
 * "城乡医疗救助" among the 中央/省级/县级 医疗救助 tables is ambiguous and matches none.
 */
export function matchByName<T extends { name: string }>(name: string, among: readonly T[]): T | undefined {
  const scored = among.map((e) => ({ e, s: nameSimilarity(name, e.name) })).filter((x) => x.s >= CANDIDATE).sort((a, b) => b.s - a.s);
  const [best, second] = scored;
  if (!best) return undefined;
  if (!second) return best.e;
  // A name contained in a longer one ("城乡医疗救助" in "城乡医疗救助县级配套资金") may stand for all its parts.
  const narrower = best.s < 1 && nameKey(best.e.name).includes(nameKey(name));
  return best.s >= CONFIDENT && best.s - second.s >= MARGIN && !narrower ? best.e : undefined;
}

// ---- OCR-ish slips ------------------------------------------------------------------------------------------------

/**
 * Two printed figures that differ in a single digit ("744.02" / "744.32", "1126.31" / "1125.31") or by a digit lost
 * at the front ("5.71" / "35.71"): in a scanned 绩效 table that is more likely a recognition or typing slip than a
 * wrong amount, and the finding says so.
 */
export function looksLikeSlip(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    let differing = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing++;
    return differing === 1 && /\d/.test(a) && a.replace(/\d/g, '') === b.replace(/\d/g, '');
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && long.endsWith(short);
}

export const SLIP_NOTE = '（差异只在一位数字，疑为扫描识别或录入错误，请核对原件）';

