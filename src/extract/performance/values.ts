// Numbers as 绩效 tables and texts print them: "54.2 %", "9.3分", "- 100.00", "1,648.71万元", "≥90%".
import { compact } from '../normalize.js';
import { memoizeText } from '../../model/text-memo.js';

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Removes whitespace and thousands separators; "- 100.00" → "-100.00". Memoised: a cell is read as score, amount, percentage … */
export const squeeze = memoizeText((text: string): string => text.replace(/[\s\u3000]+/g, '').replace(/(\d)[,，](?=\d{3}(?:\D|$))/g, '$1'));

/** A cell that is a score or weight: "10", "10.00", "9.3分", "20分". */
export function scoreValue(text: string): string | undefined {
  const t = squeeze(text).replace(/分$/, '');
  return NUMBER.test(t) ? canonicalSign(t) : undefined;
}

/** A cell that is an amount: "62", "60.697", "1,234.50". */
export function amountValue(text: string): string | undefined {
  const t = squeeze(text);
  return NUMBER.test(t) ? canonicalSign(t) : undefined;
}

/** A cell that is a percentage: "54.2 %", "70.60%", "100" (an 执行率 column prints it bare). */
export function percentValue(text: string): string | undefined {
  const t = squeeze(text).replace(/[%％]$/, '');
  return NUMBER.test(t) ? canonicalSign(t) : undefined;
}

/** 偏差度 as printed: a number, or a placeholder such as NaN kept as printed. */
export function deviationValue(text: string): string | undefined {
  const t = squeeze(text).replace(/[%％]$/, '');
  if (NUMBER.test(t)) return canonicalSign(t);
  return /^(nan|n\/a|#div\/0!?|#value!?)$/i.test(t) ? t : undefined;
}

/** Placeholder cells of money blocks: "-", "—", "——". */
export const isDash = (text: string): boolean => /^[—–\-－―]+$/.test(squeeze(text));

function canonicalSign(value: string): string {
  return /^-0*(\.0*)?$/.test(value) ? value.slice(1) : value;
}

/** The grade words a table or report prints. */
export const GRADE_WORD = /^(优秀|优|良好|良|中|合格|差|不合格)$/;

/** Cell text as matched against labels: compacted, markup gone, trailing colons dropped. Memoised: every row is keyed several times. */
export const cellKey = memoizeText((text: string): string => compact(text).replace(/[：:]+$/, ''));

