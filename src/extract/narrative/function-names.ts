// Function classification items named in the narrative — by name alone ("卫生健康支出", "计划生育事务") or as a
// chain "卫生健康支出（类）医疗保障管理事务（款）行政运行（项）" — resolved to their codes with the catalog and
// the codes the document's own tables print (a local name wins over the catalog's).
import { FUNCTION_CODES, functionLevel, parentCode } from '../../catalog/function-codes.js';
import type { TableInfo } from '../../model/disclosure.js';
import { compact } from '../normalize.js';

export interface FunctionName {
  /** Undefined for a printed chain whose deepest level names no known code. */
  code: string | undefined;
  /** Offsets of the whole match (a chain is one match) in the searched text. */
  start: number;
  end: number;
  /** The words as printed, chain markers included. */
  label: string;
}

/** Names of the codes known to this document: its tables first, then the catalog. */
export class FunctionIndex {
  /** code → names (printed, catalog, former name), whitespace removed. */
  private readonly names = new Map<string, Set<string>>();
  private readonly children = new Map<string | null, Set<string>>();

  constructor(tables: readonly TableInfo[] = []) {
    const add = (code: string, name: string | undefined) => {
      if (!name || !functionLevel(code)) return;
      const key = compact(name);
      if (!this.names.has(code)) this.names.set(code, new Set());
      this.names.get(code)!.add(key);
      const parent = parentCode(code) ?? null;
      if (!this.children.has(parent)) this.children.set(parent, new Set());
      this.children.get(parent)!.add(code);
    };
    for (const t of tables) if (t.id !== 'T06') for (const c of t.codes) add(c.code, c.name);
    for (const c of FUNCTION_CODES.values()) {
      add(c.code, c.name);
      add(c.code, c.renamedFrom);
    }
  }

  private readonly variantCache = new Map<string, string[]>();
  private readonly byParent = new Map<string | null, { names: [name: string, code: string][]; first: Set<string> }>();

  /** The printed forms a name takes: as catalogued, and without its trailing 支出 ("社会保障和就业（类）"). */
  private variants(code: string): string[] {
    const cached = this.variantCache.get(code);
    if (cached) return cached;
    const out = new Set<string>();
    for (const n of this.names.get(code) ?? []) {
      out.add(n);
      const short = n.replace(/支出$/, '');
      if (short.length >= 2) out.add(short);
    }
    const list = [...out].sort((a, b) => b.length - a.length);
    this.variantCache.set(code, list);
    return list;
  }

  /** The names below a parent, longest first, and the characters they start with. */
  private namesBelow(parent: string | null) {
    let entry = this.byParent.get(parent);
    if (!entry) {
      const names = [...(this.children.get(parent) ?? [])].flatMap((code) => this.variants(code).map((v): [string, string] => [v, code]));
      names.sort((a, b) => b[0].length - a[0].length);
      entry = { names, first: new Set(names.map(([v]) => v[0]!)) };
      this.byParent.set(parent, entry);
    }
    return entry;
  }

  /** Codes below `parent` (null for 类) whose name the text starts with at `at`, longest name first. */
  matchAt(text: string, at: number, parent: string | null): { code: string; length: number } | undefined {
    const { names, first } = this.namesBelow(parent);
    if (!first.has(text[at] ?? '')) return undefined;
    for (const [name, code] of names) if (text.startsWith(name, at)) return { code, length: name.length };
    return undefined;
  }

  /** The code below `parent` printed with exactly this name (or a variant of it). */
  byName(name: string, parent: string | null): string | undefined {
    const key = compact(name);
    for (const code of this.children.get(parent) ?? []) if (this.variants(code).includes(key)) return code;
    return undefined;
  }

  /** The 款 codes printed or catalogued with this name, under any class. */
  sectionsNamed(name: string): string[] {
    const key = compact(name);
    return [...this.names.keys()].filter((code) => functionLevel(code) === '款' && this.variants(code).includes(key));
  }

  /** Any code below `ancestor` (at any depth) with this name: a chain whose middle name is wrong. */
  descendantByName(name: string, ancestor: string): string | undefined {
    const key = compact(name);
    const queue = [...(this.children.get(ancestor) ?? [])];
    while (queue.length) {
      const code = queue.shift()!;
      if (this.variants(code).includes(key)) return code;
      queue.push(...(this.children.get(code) ?? []));
    }
    return undefined;
  }
}

/** "name（类）name（款）name（项）" with optional 支出 after a marker and spaces anywhere. */
const CHAIN = /(?:[^\s，。；：:,、（()）]+?\s*[（(]\s*[类款项]\s*[)）]\s*(?:支出)?\s*)+/g;
const LINK = /([^\s，。；：:,、（()）]+?)\s*[（(]\s*([类款项])\s*[)）]\s*(?:支出)?\s*/g;
const ENUMERATOR = /^(?:\d+[、.．]|[-•])/;

/**
 * Resolves the names of one printed chain; undefined when its deepest printed level names no known code. A chain
 * that starts at its 款 ("法院（款）行政运行（项）", 江苏 budgets) is under the class in `context`, or under the one
 * class with a 款 of that name.
 */
function resolveChain(label: string, index: FunctionIndex, context?: string): string | undefined {
  let classCode: string | undefined;
  let sectionCode: string | undefined;
  let deepest: string | undefined;
  let broken = false;
  for (const m of label.matchAll(LINK)) {
    const name = compact(m[1]!).replace(ENUMERATOR, '');
    const level = m[2];
    if (level === '类') {
      // The text before （类） may carry words that are not part of the name: take its longest known suffix.
      for (let i = 0; i < name.length && !classCode; i++) classCode = index.byName(name.slice(i), null);
      deepest = classCode;
      broken = !classCode;
    } else if (level === '款' && !classCode && deepest === undefined && !broken) {
      const named = index.sectionsNamed(name);
      const section = named.find((code) => context !== undefined && code.startsWith(context)) ?? (named.length === 1 ? named[0] : undefined);
      if (section) {
        classCode = section.slice(0, 3);
        sectionCode = section;
        deepest = section;
      } else broken = true;
    } else if (classCode) {
      const parent = level === '款' ? classCode : (sectionCode ?? classCode);
      // Below a 款 that resolved, only its own items: 行政运行 of another 款 is not it.
      const code = index.byName(name, parent) ?? (level === '项' && sectionCode ? undefined : index.descendantByName(name, classCode));
      if (level === '款' && code?.length === 5) sectionCode = code;
      if (code) deepest = code;
      broken = !code;
    } else broken = true;
  }
  return broken ? undefined : deepest;
}

/**
 * Function items named in `text`, left to right. A printed chain "X（类）Y（款）Z（项）" is one match whose code is
 * its deepest level (undefined when that level's name is unknown: the caller keeps the number unresolved). A
 * class name is also recognised on its own, and a 款 or 项 name below the class (and 款) named before it or
 * given as `context` — "行政运行" means nothing on its own.
 */
export function findFunctionNames(text: string, index: FunctionIndex, context?: string): FunctionName[] {
  const found: FunctionName[] = [];
  const chains = [...text.matchAll(CHAIN)].map((m) => ({ start: m.index + (m[0].length - m[0].trimStart().length), end: m.index + m[0].trimEnd().length }));
  let classCode = context ? context.slice(0, 3) : undefined;
  let sectionCode = context && context.length >= 5 ? context.slice(0, 5) : undefined;
  let i = 0;
  while (i < text.length) {
    const chain = chains.find((c) => c.start === i);
    if (chain) {
      const label = text.slice(chain.start, chain.end);
      const code = resolveChain(label, index, classCode);
      found.push({ code, start: chain.start, end: chain.end, label });
      if (code) {
        classCode = code.slice(0, 3);
        sectionCode = code.length >= 5 ? code.slice(0, 5) : undefined;
      }
      i = chain.end;
      continue;
    }
    const asClass = index.matchAt(text, i, null);
    const asSection = classCode ? index.matchAt(text, i, classCode) : undefined;
    const asItem = sectionCode ? index.matchAt(text, i, sectionCode) : undefined;
    // the longest; at equal lengths the deeper level (item, then 款, then class) — tried at every character
    let best = asItem;
    if (asSection && (!best || asSection.length > best.length)) best = asSection;
    if (asClass && (!best || asClass.length > best.length)) best = asClass;
    if (!best) {
      i++;
      continue;
    }
    const end = i + best.length;
    const level = functionLevel(best.code);
    if (level === '类') {
      classCode = best.code;
      sectionCode = undefined;
    } else if (level === '款') sectionCode = best.code;
    found.push({ code: best.code, start: i, end, label: text.slice(i, end) });
    i = end;
  }
  return found;
}

/** The names of a printed chain "X（类）Y（款）Z（项）" by level, as printed. */
export function chainNames(label: string): Partial<Record<'类' | '款' | '项', string>> {
  const out: Partial<Record<'类' | '款' | '项', string>> = {};
  for (const m of label.matchAll(LINK)) out[m[2] as '类' | '款' | '项'] = compact(m[1]!).replace(ENUMERATOR, '');
  return out;
}
