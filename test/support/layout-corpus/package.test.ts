import { describe, expect, it } from 'vitest';
import { pages, printedFacts, type TablePiece, type TextBlock } from './corpus-document.js';
import { headerRowCount, tableFacts } from './corpus-table.js';
import { MINI_SOURCE } from './mini-source.js';
import { buildPackage } from './package.js';
import { standardTable } from './standard-tables.js';

const tables = (['T01', 'T03', 'T06'] as const).map((id) => standardTable(MINI_SOURCE, id));
const facts = tables.flatMap(tableFacts);

describe('a corpus package', () => {
  it('has a cover, the tables each from a page of its own, and a 情况说明; its 目录 gives the right pages', () => {
    const doc = buildPackage(MINI_SOURCE, tables, facts, { toc: true, tocWrap: 12 });
    const all = pages(doc);
    const pageOf = (title: string) => all.findIndex((p) => p.some((b) => b.kind === 'text' && b.role === 'table-title' && b.lines.join('') === title)) + 1;
    const toc = doc.blocks.filter((b): b is TextBlock => b.kind === 'text' && b.role === 'toc');
    expect(toc.find((e) => e.lines.join('').endsWith('支出决算表'))!.page).toBe(pageOf('支出决算表'));
    expect(toc.some((e) => e.lines.length > 1)).toBe(true);
    expect(all.at(-1)!.some((b) => b.kind === 'text' && b.lines.join('').includes('情况说明'))).toBe(true);
    expect(printedFacts(doc)).toHaveLength(facts.length);
    expect(doc.info.tables).toEqual(['T01', 'T03', 'T06']);
  });

  it('continues a table over pages, with or without its header, a running footer and page number on every page', () => {
    const doc = buildPackage(MINI_SOURCE, tables, facts, { pageFoot: ['footer', 'page-number'], continued: { rows: 3, repeatHeader: false, head: ['unit-line'] } });
    const pieces = doc.blocks.filter((b): b is TablePiece => b.kind === 'table' && b.table.id === 'T03');
    const header = headerRowCount(pieces[0]!.table);
    expect(pieces.length).toBe(3);
    expect(pieces[0]!.rows.slice(0, header)).toEqual([...Array(header).keys()]);
    expect(pieces[1]!.rows.every((r) => r >= header)).toBe(true);
    const before = doc.blocks.indexOf(pieces[1]!);
    const page = pages(doc).findIndex((p) => p.includes(pieces[0]!)) + 1;
    expect(doc.blocks.slice(before - 4, before).map((b) => (b.kind === 'text' ? b.lines.join('') : b.kind))).toEqual(['测试县示例局2024年度部门决算', `- ${page} -`, 'page-break', '金额单位：万元']);
    expect(printedFacts(doc)).toHaveLength(facts.length);
    const numbers = doc.blocks.filter((b): b is TextBlock => b.kind === 'text' && b.role === 'page-number').map((b) => b.lines[0]);
    expect(numbers).toEqual(pages(doc).slice(1).map((_, k) => `- ${k + 2} -`));
  });
});
