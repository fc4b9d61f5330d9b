// A package published in several files: some departments publish the tables and the explanation volume (概况,
// 情况说明, 名词解释) of one disclosure as two files. Each file is read on its own; files of the same department,
// year and kind that hold different parts of the package are then one disclosure, audited together. A second file
// holding a part the first holds already is another copy (a version), never a part.
import { kindSpec } from '../catalog/kinds/index.js';
import { departmentKey } from '../model/department.js';
import type { Disclosure } from '../model/disclosure.js';
import { isSource } from '../model/source.js';
import { extractClaims } from './narrative/index.js';
import { compact } from './normalize.js';

/**
 * The parts of its package a disclosure holds: each table it prints (by id), and each narrative part of its kind
 * (概况, 情况说明, 名词解释 …) that one of its headings names and whose sections say something.
 */
export function packageParts(d: Disclosure): Set<string> {
  const parts = new Set<string>(d.tables.map((t) => t.id));
  const spec = kindSpec(d.document.kind);
  for (const part of spec?.parts ?? []) {
    if (part === spec!.tablesPart) continue;
    const said = d.sections.some((s) => s.path.length > 0 && s.paragraphs.length > 0 && compact(s.path[0]!).includes(part));
    if (said) parts.add(part);
  }
  return parts;
}

/**
 * Whether two disclosures are parts of one package: the same department (under any of its names), year and kind,
 * each holding parts of it and none held by both.
 */
export function complements(a: Disclosure, b: Disclosure): boolean {
  const [x, y] = [a.document, b.document];
  if (!x.department || !y.department || x.year === undefined || x.year !== y.year || x.kind !== y.kind) return false;
  if (departmentKey(x.department) !== departmentKey(y.department)) return false;
  const [p, q] = [packageParts(a), packageParts(b)];
  return p.size > 0 && q.size > 0 && ![...p].some((part) => q.has(part));
}

/** The files a disclosure was read from. */
export const filesOf = (d: Disclosure): string[] => d.document.files ?? [d.document.file];

/** A copy of a value in which every source without a file names `file`. */
function withFile<T>(value: T, file: string): T {
  if (Array.isArray(value)) return value.map((v) => withFile(v, file)) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (isSource(value)) return (value.file ? value : { ...value, file }) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withFile(v, file)])) as T;
}

/**
 * One disclosure from parts of one package (each pair complementing each other), in the order given: the tables
 * and narrative of all of them, every source naming its own file, and the narrative's claims read again against
 * all the tables. The department is named as printed above the tables (the part with most tables), as a single
 * file's is.
 */
export function combineParts(parts: readonly Disclosure[]): Disclosure {
  if (parts.length === 1) return parts[0]!;
  const tagged = parts.map((p) => (p.document.files ? p : withFile(p, p.document.file)));
  const named = [...tagged].sort((a, b) => b.tables.length - a.tables.length)[0]!.document;
  const first = tagged[0]!.document;
  const tables = tagged.flatMap((p) => p.tables);
  const sections = tagged.flatMap((p) => p.sections);
  const year = tagged.find((p) => p.document.year !== undefined)?.document.year;
  const unit = named.unit ?? tagged.find((p) => p.document.unit)?.document.unit;
  return {
    document: {
      file: first.file,
      files: tagged.flatMap(filesOf),
      ...(named.department ? { department: named.department } : {}),
      ...(named.region ? { region: named.region } : {}),
      ...(year !== undefined ? { year } : {}),
      kind: first.kind,
      ...(unit ? { unit } : {}),
      tables: tables.map((t) => t.id).sort(),
    },
    tables,
    facts: tagged.flatMap((p) => p.facts),
    sections,
    claims: extractClaims(sections, tables, year, kindSpec(first.kind)?.family),
    performance: tagged.flatMap((p) => p.performance),
    departmentMentions: tagged.flatMap((p) => p.departmentMentions),
  };
}

/**
 * Disclosures read from several files, as packages: each file joins the first package before it whose every part
 * it complements, else starts one. The packages come in the order of their first files.
 */
export function groupPackages(disclosures: readonly Disclosure[]): Disclosure[][] {
  const packages: Disclosure[][] = [];
  for (const d of disclosures) {
    const home = packages.find((p) => p.every((part) => complements(part, d)));
    if (home) home.push(d);
    else packages.push([d]);
  }
  return packages;
}
