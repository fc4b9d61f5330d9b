// 公开06 as many publishers print it: two sides, 人员经费 on the left and 公用经费 on the right, each with its
// 经济分类 code split into 类 | 款 columns ("301 | 01 | 基本工资"), and one last line holding both 人员经费合计 and
// 公用经费合计. The product's renderer prints 公开06 in three or four blocks instead, so this layout is the corpus's own.
import { ECONOMIC_CODES } from '../../../src/catalog/economic-codes.js';
import { tableSpec } from '../../../src/catalog/kinds/index.js';
import { TERMS as T } from '../../../src/model/glossary.js';
import type { ColumnKind } from '../../../src/render/table-layout.js';
import { cell, RowBuilder, type CorpusCell, type CorpusTable } from './corpus-table.js';
import type { SourceDocument } from './sources.js';
import { standardLabel } from './standard-tables.js';


/** One side's columns: the code (split or not), the name, the amounts. */
interface Side {
  heading: string;
  codes: string[];
  total: string;
}

/** 公开06 of the source document printed on two sides, codes split into 类 | 款 (or one 科目编码 column). */
export function twoSidedEconomicTable(source: SourceDocument, splitCodes: boolean): CorpusTable {
  const facts = source.facts.filter((f) => f.table === 'T06');
  // the two-column variant (seed 003) prints 金额 (all money) beside 其中：基本支出 (the basic part, 决算数)
  const amounts = facts.some((f) => f.column === T.amount)
    ? [
        { header: T.amount, key: T.amount },
        { header: '其中：基本支出', key: T.finalAmount },
      ]
    : [{ header: T.finalAmount, key: T.finalAmount }];
  const codes = [...new Set(facts.map((f) => f.row).filter((r) => /^\d+$/.test(r)))].sort();
  const personnel = (code: string) => ECONOMIC_CODES.get(code.slice(0, 3))?.group === T.personnelExpenses;
  const sides: Side[] = [
    { heading: T.personnelExpenses, codes: codes.filter(personnel), total: T.personnelTotal },
    { heading: T.publicExpenses, codes: codes.filter((c) => !personnel(c)), total: T.publicTotal },
  ];
  const codeWidth = splitCodes ? 2 : 1;
  const sideWidth = codeWidth + 1 + amounts.length;
  const fact = (row: string, column: string) => facts.find((f) => f.row === row && f.column === column);
  const amountCell = (row: string, column: string, notApplicable: boolean): CorpusCell => {
    const f = fact(row, column);
    if (f) return cell(f.value, 'amount', { fact: f, key: { row, column } });
    return cell(notApplicable ? '——' : '', 'amount', { key: { row, column } });
  };

  const grid = new RowBuilder(2 * sideWidth);
  const depth = splitCodes ? 3 : 2;
  grid.add(
    'header',
    sides.map((s) => cell(s.heading, 'header', { colSpan: sideWidth })),
  );
  grid.add(
    'header',
    sides.flatMap(() => [
      cell('科目编码', 'header', { colSpan: codeWidth }),
      cell('科目名称', 'header', { rowSpan: depth - 1 }),
      ...amounts.map((a) => cell(a.header, 'header', { rowSpan: depth - 1 })),
    ]),
  );
  if (splitCodes) grid.add('header', sides.flatMap(() => [cell('类', 'header'), cell('款', 'header')]));

  const height = Math.max(...sides.map((s) => s.codes.length));
  for (let r = 0; r < height; r++) {
    grid.add(
      'body',
      sides.flatMap((side): CorpusCell[] => {
        const code = side.codes[r];
        if (code === undefined) return [...Array.from({ length: codeWidth }, () => cell('', 'code')), cell('', 'name'), ...amounts.map(() => cell('', 'amount'))];
        const entry = ECONOMIC_CODES.get(code);
        const notBasic = ECONOMIC_CODES.get(code.slice(0, 3))?.basicApplicable === false;
        const codeCells = splitCodes ? [cell(code.slice(0, 3), 'code'), cell(code.slice(3), 'code')] : [cell(code, 'code')];
        return [...codeCells, cell(entry?.name ?? '', 'name'), ...amounts.map((a) => amountCell(code, a.key, notBasic && a.key === T.finalAmount))];
      }),
    );
  }
  grid.add(
    'body',
    sides.flatMap((side) => [cell(side.total, 'label', { colSpan: codeWidth + 1, bold: true }), ...amounts.map((a) => ({ ...amountCell(side.total, a.key, false), bold: true }))]),
  );

  const kinds: ColumnKind[] = [...(splitCodes ? (['code-part', 'code-part'] as const) : (['code'] as const)), 'name', ...amounts.map((): ColumnKind => 'amount')];
  return {
    id: 'T06',
    label: standardLabel('T06'),
    title: tableSpec('T06').title,
    department: source.department,
    yearLine: `${source.year}年度`,
    unitLine: `金额单位：${source.unit}`,
    columns: [...kinds, ...kinds],
    rows: grid.rows,
    notes: tableSpec('T06').footnote ? [tableSpec('T06').footnote!] : [],
    orientation: 'landscape',
  };
}
