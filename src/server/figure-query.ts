// What a figure search names: a 科目 code, a 科目 name (every code whose catalog name contains it), a standard row
// (收入总计, 本年支出合计 …), or a key figure (“三公”经费, 公务接待费, 机关运行经费 …). The answer lists what was
// understood, so the user sees why these figures came back.
import { ECONOMIC_CODES } from '../catalog/economic-codes.js';
import { FUNCTION_CODES } from '../catalog/function-codes.js';
import { TABLE_SPECS } from '../catalog/kinds/index.js';
import { KEY_FIGURES, type FigureTarget } from '../store/figures.js';

/** At most this many codes are searched for one name ("行政运行" names one 项 under almost every 款). */
export const MAX_CODES = 60;

export interface FigureQuery {
  target: FigureTarget;
  /** What the query was taken to mean, in words: "2101501 行政运行", "公务接待费" … */
  understood: string[];
  /** More codes matched than were searched. */
  truncated: boolean;
}

export function figureQuery(q: string): FigureQuery {
  const text = q.trim();
  if (/^\d{3,7}$/.test(text)) {
    const name = FUNCTION_CODES.get(text)?.name ?? ECONOMIC_CODES.get(text)?.name;
    return { target: { rows: [text], cells: [] }, understood: [name ? `${text} ${name}` : text], truncated: false };
  }
  const codes = [...FUNCTION_CODES.values(), ...ECONOMIC_CODES.values()].filter((c) => c.name.includes(text));
  // The exact name first, then shorter (higher-level) codes.
  codes.sort((a, b) => Number(b.name === text) - Number(a.name === text) || a.code.length - b.code.length || (a.code < b.code ? -1 : 1));
  const kept = codes.slice(0, MAX_CODES);
  const fixedRows = [...new Set(TABLE_SPECS.flatMap((t) => [...(t.incomeRows ?? []), ...(t.expenditureRows ?? []), ...(t.rows ?? [])].map((r) => r.key)))].filter((k) => k.includes(text));
  const figures = KEY_FIGURES.filter((k) => k.fact && (k.label.includes(text) || k.claim.includes(text)) && !fixedRows.includes(k.fact.row));
  return {
    target: { rows: [...kept.map((c) => c.code), ...fixedRows], cells: figures.map((k) => k.fact!) },
    understood: [...kept.map((c) => `${c.code} ${c.name}`), ...fixedRows, ...figures.map((k) => k.label)],
    truncated: codes.length > kept.length,
  };
}
