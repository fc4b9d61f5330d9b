// The numbers a sentence states, with the unit written after each. Numbers that are not statements about money
// or quantities are left out here: years and dates, list ordinals, document numbers (〔2025〕4号, 《…》),
// code references ((208类)), targets with a comparison sign (≥70%) and the thresholds inside names
// (单价100万元（含）以上设备). Full-width digits ("１２．３４万元") are read as the digits they are.
import { halfWidthDigits } from '../../model/half-width.js';
import { matchesOf } from '../pattern-matches.js';

export interface NumberToken {
  /** Offset of the number in the text. */
  start: number;
  /** Offset after the unit (or after the number when there is none). */
  end: number;
  /** Exact decimal, thousands separators removed; `∞` as printed. */
  value: string;
  /** Canonical unit: 万元, 元, %, 辆, 个, 人次, 批次, 台（套）, 分 …; '' when nothing follows. */
  unit: string;
  /** Number and unit exactly as printed. */
  written: string;
}

// Longest units first. 万 alone (without 元) is kept so that a missing 元 can be reported.
const UNIT =
  '万元|亿元|千元|元|万余|万多|%|％|\\\\%|台[（(]套[)）]|万人次|万人|人次|批次|家次|个|辆|人|次|分钟|分|台|套|项|家|名|户|所|年|月|日|号|倍|天|条|章|岁|余|多|万|亿';
const NUMBER = new RegExp(`(?<![\\d.,A-Za-z])(∞|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(\\s*)(${UNIT})?`, 'g');

/** Units that make the number a date, an ordinal, a reference or an approximation rather than a statement. */
// 分钟 is a duration ("15 分钟社区生活圈"), never a score.
const NOT_A_STATEMENT = new Set(['年', '月', '日', '号', '章', '条', '岁', '余', '多', '倍', '天', '分钟', '万余', '万多']);

const OPENERS = '《〔［【[﹝<〈';
const CLOSERS = '》〕］】]﹞>〉';

const canonicalUnit = (unit: string): string =>
  unit === '％' || unit === '\\%' ? '%' : /^台[（(]套[)）]$/.test(unit) ? '台（套）' : unit;

/** For each offset, whether it lies inside a title or reference bracket (《…》, 〔…〕, […]). */
const ANY_OPENER = new RegExp(`[${OPENERS.replace(/[[\]]/g, '\\$&')}]`);

function bracketMask(text: string): boolean[] {
  const mask: boolean[] = [];
  if (!ANY_OPENER.test(text)) return mask; // most sentences have no brackets: nothing lies inside one
  let depth = 0;
  for (const ch of text) {
    if (OPENERS.includes(ch)) depth++;
    mask.push(depth > 0);
    if (CLOSERS.includes(ch) && depth > 0) depth--;
  }
  // Array.from(text) and text indices agree for the BMP characters these documents use.
  return mask;
}

function skipped(text: string, start: number, end: number, numberEnd: number, unit: string, inBracket: boolean): boolean {
  if (inBracket || NOT_A_STATEMENT.has(unit)) return true;
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 8);
  const afterNumber = text.slice(numberEnd, numberEnd + 3);
  // Ordinals: 第3, 1、 1. (1) ①; a label such as 指标1：
  if (/第\s*$/.test(before)) return true;
  if (unit === '' && /^\s*(?:、|[.．](?!\d))/.test(afterNumber)) return true;
  if (/[（(]\s*$/.test(before) && (/^\s*[)）]/.test(afterNumber) || /^\s*[)）]/.test(after))) return true;
  if (unit === '' && /^\s*[：:]/.test(afterNumber)) return true;
  // Ranges of months or years (1-6月, 2022-2024), codes ((208类)(05款)), targets (≥70%, 大于90%).
  if (/^\s*[-—~～至]\s*\d/.test(afterNumber) || /\d\s*[-—~～至]\s*$/.test(before)) return true;
  if (unit === '' && /^\s*[类款项]/.test(afterNumber)) return true;
  if (/(?:[≥≤><＞＜]|\\geq|\\leq|\\ge|\\le|大于|小于|不低于|不高于|不少于|不超过|高于|低于)\s*=?\s*$/.test(before)) return true;
  // Thresholds and approximations: 单价100万元（含）以上设备, 满意度达98%以上, 40万左右.
  if (/^\s*(?:[（(]含[)）])?\s*(?:以[上下内]|左右|之[上下])/.test(after)) return true;
  // Time spans such as 4000元/人 are rates, not amounts of this document; 每人146元 likewise.
  if (/^\s*[/／]/.test(after) || /每(?:人|月|年|次|户)?\s*$/.test(before)) return true;
  return false;
}

/** Every number of the text that states an amount, a share, a change, a count or a score. */
export function findNumbers(printed: string): NumberToken[] {
  const text = halfWidthDigits(printed);
  const mask = bracketMask(text);
  const tokens: NumberToken[] = [];
  for (const m of matchesOf(NUMBER, text)) {
    const start = m.index;
    const raw = m[1]!;
    const unitText = m[3] ?? '';
    const numberEnd = start + raw.length;
    const end = unitText ? numberEnd + (m[2] ?? '').length + unitText.length : numberEnd;
    const unit = canonicalUnit(unitText);
    if (skipped(text, start, end, numberEnd, unit, mask[start] ?? false)) continue;
    tokens.push({ start, end, value: raw.replace(/,/g, ''), unit, written: printed.slice(start, end) });
  }
  return tokens;
}
