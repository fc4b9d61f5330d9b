import { ECONOMIC_CODES } from '../../catalog/economic-codes.js';
import { FUNCTION_CODES } from '../../catalog/function-codes.js';
import { TABLE_SPECS } from '../../catalog/kinds/index.js';
import { TERMS } from '../../model/glossary.js';

/**
 * OCR post-correction against the words a disclosure's tables are made of. Tesseract's Chinese model misreads a
 * character now and then ("诀算" for 决算, "经党支出" for 经营支出), and the extractor matches titles, headers
 * and row labels exactly; a cell or title that is one or two characters away from exactly one known term is that
 * term. Numbers are never corrected this way.
 */
export class Lexicon {
  private readonly byLength = new Map<number, string[]>();
  private readonly known = new Set<string>();

  constructor(terms: Iterable<string>) {
    for (const raw of terms) {
      const term = raw.replace(/\s+/g, '');
      if (term.length < 2 || this.known.has(term)) continue;
      this.known.add(term);
      const n = [...term].length;
      this.byLength.set(n, [...(this.byLength.get(n) ?? []), term]);
    }
  }

  has(text: string): boolean {
    return this.known.has(text);
  }

  /**
   * The term a text stands for: the text itself when known, else the only term within the allowed distance
   * (none for two characters, one for three to five, two for six to nine, a quarter of the length beyond), or
   * undefined when no term or several are that close.
   */
  match(text: string): { term: string; distance: number } | undefined {
    if (this.known.has(text)) return { term: text, distance: 0 };
    const chars = [...text];
    const allowed = allowedDistance(chars.length);
    if (allowed === 0) return undefined;
    let best: { term: string; distance: number } | undefined;
    let tie = false;
    for (let n = chars.length - allowed; n <= chars.length + allowed; n++) {
      for (const term of this.byLength.get(n) ?? []) {
        const d = distance(chars, [...term], allowed);
        if (d > allowed) continue;
        if (!best || d < best.distance) [best, tie] = [{ term, distance: d }, false];
        else if (d === best.distance && term !== best.term) tie = true;
      }
    }
    return best && !tie ? best : undefined;
  }
}

function allowedDistance(length: number): number {
  if (length <= 2) return 0;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return Math.floor(length / 4);
}

/**
 * Characters tesseract's Chinese model takes for one another (the same strokes but one): replacing one with the other
 * costs half an edit, so "诀算" is nearer to 决算 than to 预算 (a 决算 and a 预算 title differ in just that character).
 */
const LOOKALIKES: readonly string[] = ['诀决', '泱决', '党营', '筧算', '箅算', '貝费', '賣费', '庄支', '攴支'];
const lookalike = new Set(LOOKALIKES.flatMap(([x, y]) => [`${x}${y}`, `${y}${x}`]));
const substitution = (x: string, y: string): number => (x === y ? 0 : lookalike.has(`${x}${y}`) ? 0.5 : 1);

/**
 * Levenshtein distance over characters (a look-alike substitution costs half), given up (returning limit + 1) once it
 * must exceed `limit`.
 */
export function distance(a: readonly string[], b: readonly string[], limit = Infinity): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + substitution(a[i - 1]!, b[j - 1]!));
      current.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Marks OCR puts at the edges of a cell from specks and rule remnants. */
const EDGE_NOISE = /^[\s。，、．.,;；:：'"“”‘’|丨!！`~_\-—]+|[\s。，、．.,;；:：'"“”‘’|丨!！`~_-]+$/g;
/** Ordinals before a label: 一、 （一） 1. */
const ORDINAL = /^(?:[一二三四五六七八九十]+[、.．,，]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d))/;

/**
 * A cell or line text corrected against the lexicon, or undefined when no term fits. Brackets and colons are
 * compared in their full-width form; an ordinal prefix is kept as read; specks at either end are dropped.
 */
export function correctText(text: string, lexicon: Lexicon): { text: string; distance: number } | undefined {
  const compact = text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：');
  const stripped = compact.replace(EDGE_NOISE, '');
  const ordinal = ORDINAL.exec(stripped)?.[0] ?? '';
  const candidates = [stripped, stripped.slice(ordinal.length)];
  for (const body of candidates) {
    if (body === '') continue;
    const m = lexicon.match(body);
    if (m) return { text: (body === stripped ? '' : ordinal) + m.term, distance: m.distance };
  }
  return undefined;
}

let domain: Lexicon | undefined;

/** The terms of the standard tables: titles, column headers, row labels, function and economic class names. */
export function domainLexicon(): Lexicon {
  domain ??= new Lexicon([
    ...TABLE_SPECS.flatMap((t) => [
      t.title,
      ...t.aliases,
      ...[...t.columns, ...(t.expenditureColumns ?? [])].flatMap((c) => c.aliases),
      ...[...(t.incomeRows ?? []), ...(t.expenditureRows ?? []), ...(t.rows ?? [])].flatMap((r) => r.aliases),
    ]),
    ...Object.values(TERMS),
    ...[...FUNCTION_CODES.values()].flatMap((c) => [c.name, ...(c.renamedFrom ? [c.renamedFrom] : [])]),
    ...[...ECONOMIC_CODES.values()].flatMap((c) => [c.name, ...c.aliases]),
    ...['项目', '合计', '小计', '总计', '收入', '支出', '行次', '栏次', '科目编码', '科目名称', '功能分类科目编码', '经济分类科目编码', '功能分类科目', '经济分类科目', '人员经费合计', '公用经费合计'],
    ...['其中：基本支出', '财政拨款“三公”经费', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费', '年初结转和结余', '年末结转和结余', '本年收入', '本年支出'],
  ]);
  return domain;
}
