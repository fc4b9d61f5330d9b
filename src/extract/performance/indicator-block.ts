// The indicator grid of a 自评表: 一级指标 | 二级指标 | 三级指标 | 年度指标值 (年初/调整后) | 实际完成值 | (定性说明) |
// 分值 | 得分 | (偏差度) | 偏差原因. A row is read by the header's positions when it is aligned with them; OCR'd rows
// (merged cells dropped, cells shifted) are read from their content: the 分值/得分 pair is the last run of numbers,
// the levels are the words of the 2020 indicator framework, the name comes next and the values follow.
import type { PerformanceIndicator } from '../../model/performance.js';
import type { GridCell, GridRow } from '../../read/layout.js';
import { cellKey, deviationValue, scoreValue } from './values.js';

type ValueKind = 'initialTarget' | 'target' | 'actual' | 'note';

export interface IndicatorHeader {
  level1?: number;
  level2?: number;
  name?: number;
  values: { index: number; kind: ValueKind }[];
  weight?: number;
  score?: number;
  deviation?: number;
  reason?: number;
}

export interface IndicatorContext {
  level1?: string;
  level2?: string;
}

const LEVEL1 = /^(产出|效益|满意度|成本|投入管理|决策|过程|项目管理|管理)指标(（\d+(\.\d+)?分?）)?$/;
const LEVEL2 =
  /^(数量|质量|时效|成本|经济成本|社会成本|生态环境成本|经济效益|社会效益|生态效益|可持续(性)?影响|服务对象满意度|满意度)(指标)?(（\d+(\.\d+)?分?）)?$/;
/** Second-level words that may also stand as a first level (成本指标 is 一级 since 2021, 二级 under 产出 before). */
function isChildLevel(parent: string, word: string): boolean {
  if (/^产出/.test(parent)) return /^(数量|质量|时效|成本)/.test(word);
  if (/^效益/.test(parent)) return /效益|可持续/.test(word);
  if (/^满意度/.test(parent)) return /满意度/.test(word);
  return false;
}

const ROW_LABEL = /^(绩效指标|指标|评价指标)$/;
/** A cell that states a value rather than naming an indicator ("≥%", "≥90%", "100", "有所提升" is a name-like value). */
const VALUE_LIKE = /^[≥≤=<>≈＞＜＝]|^-?\d+(\.\d+)?[%％]?$/;

/** The header row of the indicator grid: it names the 三级指标 column. */
export function readIndicatorHeader(row: GridRow): IndicatorHeader | undefined {
  const keys = row.cells.map((c) => cellKey(c.text));
  if (!keys.some((k) => /^三级指标/.test(k))) return undefined;
  const header: IndicatorHeader = { values: [] };
  const targets: number[] = [];
  keys.forEach((k, i) => {
    if (/^一级指标/.test(k)) header.level1 = i;
    else if (/^二级指标/.test(k)) header.level2 = i;
    else if (/^三级指标/.test(k)) header.name = i;
    else if (/^年初指标值/.test(k)) header.values.push({ index: i, kind: 'initialTarget' });
    else if (/^(调整后?|年度|全年)?(年度)?指标值/.test(k)) targets.push(i);
    else if (/实际.*完成|完成值|实际值/.test(k)) header.values.push({ index: i, kind: 'actual' });
    else if (/^定性/.test(k)) header.values.push({ index: i, kind: 'note' });
    else if (/^分值/.test(k)) header.weight = i;
    else if (/^得分/.test(k)) header.score = i;
    else if (/^偏差度/.test(k)) header.deviation = i;
    else if (/原因|改进措施/.test(k)) header.reason ??= i;
  });
  // Two target columns: the first is the original, the second the adjusted one (年度 / 调整后年度).
  targets.forEach((index, n) => header.values.push({ index, kind: targets.length > 1 && n === 0 ? 'initialTarget' : 'target' }));
  header.values.sort((a, b) => a.index - b.index);
  return header;
}

const text = (cells: readonly GridCell[], i: number | undefined): string => (i === undefined ? '' : cellKey(cells[i]?.text ?? ''));
const isNumber = (t: string): boolean => scoreValue(t) !== undefined;
const isDeviation = (t: string): boolean => isNumber(t) || deviationValue(t) !== undefined;

/** Distributes the value cells over the header's value kinds: targets first, the last value is the actual. */
function assignValues(values: string[], header: IndicatorHeader | undefined): Partial<Record<ValueKind, string>> {
  const kinds = (header?.values.map((v) => v.kind) ?? ['target', 'actual']).filter((k) => k !== 'note');
  const out: Partial<Record<ValueKind, string>> = {};
  if (!values.length) return out;
  if (values.length >= kinds.length) {
    kinds.forEach((k, i) => (out[k] = values[i]!));
    const rest = values.slice(kinds.length);
    if (rest.length) out.note = rest.join('；');
    return out;
  }
  // Fewer values than columns: the last is the actual, the one before it the (adjusted) target.
  out.actual = values.at(-1)!;
  if (values.length >= 2) out.target = values.at(-2)!;
  if (values.length >= 3) out.initialTarget = values.at(-3)!;
  return out;
}

function aligned(cells: readonly GridCell[], header: IndicatorHeader, context: IndicatorContext): PerformanceIndicator | undefined {
  const { weight, score, name } = header;
  if (weight === undefined || score === undefined || name === undefined) return undefined;
  if (!isNumber(text(cells, weight)) || !isNumber(text(cells, score))) return undefined;
  // A shifted row puts a level word or a value where the name belongs.
  const printed = text(cells, name);
  if (printed === '' || LEVEL1.test(printed) || LEVEL2.test(printed) || VALUE_LIKE.test(printed)) return undefined;
  const level1 = text(cells, header.level1) || context.level1;
  const level2 = text(cells, header.level1) ? text(cells, header.level2) : text(cells, header.level2) || context.level2;
  const values: Partial<Record<ValueKind, string>> = {};
  for (const v of header.values) {
    const t = text(cells, v.index);
    if (t) values[v.kind] = t;
  }
  const deviation = text(cells, header.deviation);
  const reason = text(cells, header.reason);
  return {
    ...(level1 ? { level1 } : {}),
    ...(level2 ? { level2 } : {}),
    name: text(cells, name),
    ...values,
    weight: scoreValue(text(cells, weight))!,
    score: scoreValue(text(cells, score))!,
    ...(deviation ? { deviation: deviationValue(deviation) ?? deviation } : {}),
    ...(reason ? { reason } : {}),
    source: cells[name]!.source,
  };
}

/** The 分值/得分 (and 偏差度) at the end of the content: positions in `cells`, or undefined. */
function scorePair(cells: readonly string[], withDeviation: boolean): { weight: number; score: number; deviation?: number } | undefined {
  let end = cells.length - 1;
  while (end >= 0 && !isDeviation(cells[end]!)) end--;
  if (end < 1) return undefined;
  if (withDeviation && end >= 2 && isNumber(cells[end - 1]!) && isNumber(cells[end - 2]!)) {
    // A 偏差度 column: number, NaN — but only if a 分值 and 得分 precede it.
    return { weight: end - 2, score: end - 1, deviation: end };
  }
  if (isNumber(cells[end]!) && isNumber(cells[end - 1]!)) return { weight: end - 1, score: end };
  return undefined;
}

function fromContent(cells: readonly GridCell[], header: IndicatorHeader | undefined, context: IndicatorContext): PerformanceIndicator | undefined {
  const filled = cells.filter((c) => cellKey(c.text) !== '' && !ROW_LABEL.test(cellKey(c.text)));
  const keys = filled.map((c) => cellKey(c.text));
  // A grid without 分值/得分 columns (a 绩效目标申报表) has no pair to look for.
  const scored = !header || header.weight !== undefined || header.score !== undefined;
  const pair = scored ? scorePair(keys, header?.deviation !== undefined) : undefined;
  const left = pair ? keys.slice(0, pair.weight) : keys;
  const leftCells = pair ? filled.slice(0, pair.weight) : filled;

  // Levels: the framework's words at the start of the row.
  let level1: string | undefined;
  let level2: string | undefined;
  let i = 0;
  const words: string[] = [];
  while (i < left.length && words.length < 2 && (LEVEL1.test(left[i]!) || LEVEL2.test(left[i]!))) words.push(left[i++]!);
  if (words.length === 2) [level1, level2] = words;
  else if (words[0] !== undefined) {
    const w = words[0];
    if (LEVEL1.test(w) && !LEVEL2.test(w)) level1 = w;
    else if (LEVEL2.test(w) && !LEVEL1.test(w)) level2 = w;
    else if (context.level1 && isChildLevel(context.level1, w)) level2 = w; // 成本指标 under 产出指标
    else level1 = w;
  }
  let name = left[i];
  let nameCell = leftCells[i];
  let values = left.slice(i + 1);
  if (name !== undefined && VALUE_LIKE.test(name)) {
    // The 三级指标 name was lost: the row starts with its values.
    values = left.slice(i);
    name = level2 ?? level1 ?? '';
    nameCell = leftCells[i];
  }
  if (!name || /^[.…。·]+$/.test(name)) return undefined;
  if (!pair && !values.length) return undefined;
  const assigned = assignValues(values, header);
  const after = pair ? keys.slice((pair.deviation ?? pair.score) + 1) : [];
  const l1 = level1 ?? context.level1;
  const l2 = level1 ? level2 : (level2 ?? context.level2);
  return {
    ...(l1 ? { level1: l1 } : {}),
    ...(l2 ? { level2: l2 } : {}),
    name,
    ...assigned,
    ...(pair ? { weight: scoreValue(keys[pair.weight]!)!, score: scoreValue(keys[pair.score]!)! } : {}),
    ...(pair?.deviation !== undefined ? { deviation: deviationValue(keys[pair.deviation]!)! } : {}),
    ...(after.length ? { reason: after.join('；') } : {}),
    source: (nameCell ?? filled[0])!.source,
  };
}

/**
 * One indicator row, or undefined for rows that carry no indicator (placeholders such as "指标2:" with no value).
 * `context` carries the 一级/二级 names down merged cells and is updated.
 */
export function readIndicatorRow(row: GridRow, header: IndicatorHeader | undefined, context: IndicatorContext): PerformanceIndicator | undefined {
  const indicator = (header && aligned(row.cells, header, context)) ?? fromContent(row.cells, header, context);
  // Level words update the context even on rows without values.
  const keys = row.cells.map((c) => cellKey(c.text)).filter((k) => k !== '' && !ROW_LABEL.test(k));
  const l1 = indicator?.level1 ?? keys.find((k) => LEVEL1.test(k) && !LEVEL2.test(k));
  if (l1 && l1 !== context.level1) {
    context.level1 = l1;
    context.level2 = undefined;
  }
  const l2 = indicator?.level2 ?? keys.find((k) => LEVEL2.test(k));
  if (l2) context.level2 = l2;
  return indicator;
}
