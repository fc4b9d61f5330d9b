import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../model/disclosure.js';
import { isSource, type Source } from '../model/source.js';
import { buildDisclosure } from '../../test/support/disclosure.js';
import { narrativeDisclosure } from '../../test/support/narrative.js';
import { combineParts, complements, groupPackages, packageParts } from './package-parts.js';

const file = (d: Disclosure, name: string): Disclosure => ({ ...d, document: { ...d.document, file: name } });
const budget = { kind: '部门预算' as const, year: 2018, region: '江苏省' };

/** The tables file: 收支预算总表 and the “三公” table, under the department's full name. */
const tables = file(
  buildDisclosure({
    ...budget,
    department: '中国共产党江苏省委员会办公厅',
    facts: [
      { table: 'B01', row: '收入总计', column: '金额', value: '100.00' },
      { table: 'B09', row: '合计', column: '合计', value: '3.00' },
    ],
  }),
  'tables.pdf',
);

const NARRATIVE = ['# 第一部分 部门概况', '## 一、主要职能', '负责省委日常运转。', '# 第三部分 2018年度部门预算情况说明', '## 一、收支预算总体情况说明', '收入预算总计100.00万元。'].join('\n');
/** The explanation volume: 概况 and 情况说明, under the short name. */
const explanation = file(narrativeDisclosure({ ...budget, department: '江苏省委办公厅', facts: [], tables: [], text: NARRATIVE }), 'explanation.pdf');

/** Every source in a value. */
function sources(value: unknown): Source[] {
  if (Array.isArray(value)) return value.flatMap(sources);
  if (typeof value !== 'object' || value === null) return [];
  if (isSource(value)) return [value];
  return Object.values(value).flatMap(sources);
}

describe('packageParts', () => {
  it('names the tables a file prints and the narrative parts its headings name', () => {
    expect([...packageParts(tables)].sort()).toEqual(['B01', 'B09']);
    expect([...packageParts(explanation)].sort()).toEqual(['情况说明', '概况']);
  });
});

describe('complements', () => {
  it('joins the tables and the explanation of one department, year and kind', () => {
    expect(complements(tables, explanation)).toBe(true);
    expect(complements(explanation, tables)).toBe(true);
  });

  it('keeps apart a second copy, another year, another department or another kind', () => {
    expect(complements(tables, file(tables, 'again.pdf'))).toBe(false);
    const withTable = buildDisclosure({ ...budget, department: '江苏省委办公厅', facts: [{ table: 'B01', row: '收入总计', column: '金额', value: '100.00' }] });
    expect(complements(tables, { ...explanation, tables: withTable.tables })).toBe(false);
    expect(complements(tables, { ...explanation, document: { ...explanation.document, year: 2017 } })).toBe(false);
    expect(complements(tables, { ...explanation, document: { ...explanation.document, department: '江苏省政协办公厅' } })).toBe(false);
    expect(complements(tables, { ...explanation, document: { ...explanation.document, kind: '部门决算' } })).toBe(false);
  });

  it('does not join a file that holds no part of a package', () => {
    const empty = file(narrativeDisclosure({ ...budget, department: '江苏省委办公厅', facts: [], tables: [], text: '封面' }), 'cover.pdf');
    expect(packageParts(empty).size).toBe(0);
    expect(complements(tables, empty)).toBe(false);
  });
});

describe('combineParts', () => {
  const combined = combineParts([explanation, tables]);

  it('gives one disclosure with both files’ parts, named as printed above the tables', () => {
    expect(combined.document).toMatchObject({
      file: 'explanation.pdf',
      files: ['explanation.pdf', 'tables.pdf'],
      department: '中国共产党江苏省委员会办公厅',
      year: 2018,
      kind: '部门预算',
      unit: '万元',
      tables: ['B01', 'B09'],
    });
    expect(combined.facts).toHaveLength(2);
    expect(combined.sections).toEqual(explanation.sections.map((s) => expect.objectContaining({ path: s.path })));
    expect(combined.claims.map((c) => c.value)).toEqual(explanation.claims.map((c) => c.value));
  });

  it('keeps every fact, table and claim pointing at its own file', () => {
    expect(combined.facts.map((f) => f.source.file)).toEqual(['tables.pdf', 'tables.pdf']);
    expect(combined.tables.map((t) => t.source.file)).toEqual(['tables.pdf', 'tables.pdf']);
    expect(combined.claims.length).toBeGreaterThan(0);
    expect(new Set(combined.claims.flatMap((c) => [c.source.file, c.sentence.file]))).toEqual(new Set(['explanation.pdf']));
    expect(sources(combined).every((s) => s.file !== undefined)).toBe(true);
  });

  it('adds a third part to a combined disclosure without renaming the sources it has', () => {
    const more = file(buildDisclosure({ ...budget, department: '江苏省委办公厅', facts: [{ table: 'B13', row: '合计', column: '合计', value: '1.00' }] }), 'procurement.pdf');
    const three = combineParts([combined, more]);
    expect(three.document.files).toEqual(['explanation.pdf', 'tables.pdf', 'procurement.pdf']);
    expect(three.facts.map((f) => f.source.file)).toEqual(['tables.pdf', 'tables.pdf', 'procurement.pdf']);
  });

  it('leaves a disclosure of one file as it is', () => {
    expect(combineParts([tables])).toBe(tables);
  });
});

describe('groupPackages', () => {
  it('puts the parts of one package together and a second copy apart, in the order of first files', () => {
    const copy = file(tables, 'copy.pdf');
    const groups = groupPackages([tables, copy, explanation]);
    expect(groups.map((g) => g.map((d) => d.document.file))).toEqual([['tables.pdf', 'explanation.pdf'], ['copy.pdf']]);
  });
});
