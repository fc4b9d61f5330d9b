import { describe, expect, it } from 'vitest';
import { UnsupportedFormatError } from '../../model/errors.js';
import { docxPackage, zipParts } from '../../../test/support/ooxml.js';
import type { GridBlock, LineBlock } from '../layout.js';
import { readDocx } from './docx-reader.js';

const p = (text: string, pPr = '', rPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(text)}</w:tc>`;
const texts = (grid: GridBlock) => grid.rows.map((r) => r.cells.map((c) => c.text));

const STYLES = `
  <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="MyTitle"><w:name w:val="标题 3"/></w:style>
  <w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/><w:basedOn w:val="Heading2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
  <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>`;

describe('readDocx', () => {
  it('reads paragraphs with heading levels from styles, outline levels and style names, and bold', () => {
    const body = [
      p('部门决算', '<w:pStyle w:val="1"/>'),
      p('收入支出决算总表', '<w:pStyle w:val="Heading2"/>'),
      p('概况', '<w:pStyle w:val="MyTitle"/>'),
      p('第三部分', '<w:outlineLvl w:val="0"/>'),
      p('正文', '', '<w:b w:val="0"/>'),
      `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>加粗</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>文字</w:t></w:r></w:p>`,
    ].join('');
    const layout = readDocx('a.docx', docxPackage(body, { styles: STYLES }));
    expect(layout.format).toBe('docx');
    const lines = layout.blocks as LineBlock[];
    expect(lines.map((l) => [l.text, l.heading, l.bold])).toEqual([
      ['部门决算', 1, undefined],
      ['收入支出决算总表', 2, true],
      ['概况', 3, undefined],
      ['第三部分', 1, undefined],
      ['正文', undefined, undefined],
      ['加粗文字', undefined, true],
    ]);
    expect(lines.map((l) => l.source)).toEqual([1, 2, 3, 4, 5, 6].map((line) => ({ line })));
  });

  it('leaves out deleted and hidden text, field instructions and drawings; splits at line breaks', () => {
    const body = `<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>
      <w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:r><w:drawing><w:t>图</w:t></w:drawing></w:r><w:r><w:br/><w:t>第二行</w:t></w:r></w:p>`;
    const lines = readDocx('a.docx', docxPackage(body)).blocks as LineBlock[];
    expect(lines.map((l) => [l.text, l.source])).toEqual([
      ['保留链接', { line: 1 }],
      ['第二行', { line: 1 }],
    ]);
  });

  it('reads tables with gridSpan, vMerge, hMerge and gridBefore, text in the first covered column', () => {
    const table = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
      <w:tr>${tc('项目', '<w:gridSpan w:val="2"/>')}${tc('本年支出', '<w:gridSpan w:val="2"/>')}</w:tr>
      <w:tr>${tc('科目代码', '<w:vMerge w:val="restart"/>')}${tc('科目名称')}${tc('基本支出')}${tc('项目支出')}</w:tr>
      <w:tr>${tc('', '<w:vMerge/>')}${tc('合计')}${tc('1.00', '<w:hMerge w:val="restart"/>')}${tc('', '<w:hMerge w:val="continue"/>')}</w:tr>
      <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('a')}${tc('')}${tc('c')}</w:tr>
    </w:tbl>`;
    const layout = readDocx('a.docx', docxPackage(p('表前') + table + p('表后')));
    const grid = layout.blocks[1] as GridBlock;
    expect(texts(grid)).toEqual([
      ['项目', '', '本年支出', ''],
      ['科目代码', '科目名称', '基本支出', '项目支出'],
      ['', '合计', '1.00', ''],
      ['', 'a', '', 'c'],
    ]);
    expect(grid.rows[0]!.cells[0]).toMatchObject({ colSpan: 2, source: { line: 2, column: 1 } });
    expect(grid.rows[1]!.cells[0]).toMatchObject({ rowSpan: 2 });
    expect(grid.rows[2]!.cells[2]).toMatchObject({ colSpan: 2, source: { line: 4, column: 3 } });
    expect(grid.rows.map((r) => r.source)).toEqual([2, 3, 4, 5].map((line) => ({ line })));
    expect((layout.blocks[2] as LineBlock).source).toEqual({ line: 6 });
  });

  it('renders automatic list numbers as Word prints them, through paragraph and style numbering', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    const num = (level: number, id = 1) => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`;
    const body = [p('收入', num(0)), p('财政拨款', num(1)), p('明细', num(2)), p('其他', '<w:pStyle w:val="Sub"/>'), p('支出', num(0)), p('要点', num(0, 2))].join('');
    const lines = readDocx('a.docx', docxPackage(body, { styles: STYLES, numbering })).blocks as LineBlock[];
    expect(lines.map((l) => l.text)).toEqual(['一、收入', '（一）财政拨款', '1.明细', '（二）其他', '二、支出', '要点']);
  });

  it('makes tab-separated paragraphs grid rows, as the text reader does', () => {
    const tabbed = (a: string, b: string) => `<w:p><w:r><w:tab/><w:t>${a}</w:t><w:tab/><w:t>${b}</w:t></w:r></w:p>`;
    const blocks = readDocx('a.docx', docxPackage(p('目录') + tabbed('第一部分 概况', '1') + tabbed('第二部分 决算表', '3') + p('正文'))).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['line', 'grid', 'line']);
    expect(texts(blocks[1] as GridBlock)).toEqual([
      ['第一部分 概况', '1'],
      ['第二部分 决算表', '3'],
    ]);
  });

  it('reads content controls (a TOC in w:sdt) and follows the package relationship to the main part', () => {
    const body = `<w:sdt><w:sdtPr/><w:sdtContent>${p('目录')}</w:sdtContent></w:sdt>${p('正文')}`;
    expect((readDocx('a.docx', docxPackage(body)).blocks as LineBlock[]).map((l) => l.text)).toEqual(['目录', '正文']);
  });

  it('refuses a package without its main part or with broken XML, naming the file', () => {
    expect(() => readDocx('空.docx', zipParts({ 'word/styles.xml': '<a/>' }))).toThrow(/空\.docx.*word\/document\.xml/);
    expect(() => readDocx('坏.docx', zipParts({ 'word/document.xml': '<w:document><w:body>' }))).toThrow(UnsupportedFormatError);
  });
});
