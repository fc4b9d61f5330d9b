import { UnsupportedFormatError } from '../../model/errors.js';
import { Deadline } from '../deadline.js';
import type { Block, GridBlock, Layout, LineBlock } from '../layout.js';
import { parseXml, type XmlElement } from '../xml/xml-tree.js';
import { DEFAULT_ZIP_LIMITS, ZipArchive, type ZipLimits } from '../zip/zip-archive.js';
import { DocxNumbering } from './docx-numbering.js';
import { readParagraph, type DocxContext } from './docx-paragraph.js';
import { DocxStyles } from './docx-styles.js';
import { readTable, type Ordinals } from './docx-table.js';
import { isW, wChild } from './wordml.js';

export interface DocxOptions {
  zip: ZipLimits;
  /** Time budget for reading one document. */
  milliseconds: number;
}

export const DEFAULT_DOCX_OPTIONS: DocxOptions = { zip: DEFAULT_ZIP_LIMITS, milliseconds: 60_000 };

const WHAT = 'DOCX 文档';
const OFFICE_DOCUMENT = /\/officeDocument$/;

/**
 * Reads a Word document (.docx) into a Layout: body paragraphs become lines (heading level from the
 * paragraph's outline level or heading style, list numbers rendered as Word prints them), tables become grids
 * with their merged cells, and a paragraph whose text is split by tabs becomes a grid row, as the text reader
 * treats tab-separated lines. Headers, footers, notes, comments, deleted text and drawings are left out.
 * Sources are `{ line }`: the 1-based ordinal of the paragraph or table row in the body, with `column` the grid
 * column of a cell.
 */
export function readDocx(file: string, bytes: Uint8Array, options: DocxOptions = DEFAULT_DOCX_OPTIONS): Layout {
  const deadline = new Deadline(file, options.milliseconds);
  const zip = ZipArchive.open(file, bytes, WHAT, options.zip);
  const main = mainPart(zip);
  const xml = zip.text(main);
  if (xml === undefined) throw new UnsupportedFormatError(file, `${WHAT}缺少正文部件 ${main}（文件已损坏，或不是 Word 文档）`);
  const part = (name: string) => {
    const text = zip.text(name);
    return text === undefined ? undefined : parseXml(file, text, name, deadline);
  };
  const ctx: DocxContext = {
    styles: new DocxStyles(part(sibling(main, 'styles.xml'))),
    numbering: new DocxNumbering(part(sibling(main, 'numbering.xml'))),
    deadline,
  };
  const document = parseXml(file, xml, main, deadline);
  const body = wChild(document, 'body');
  if (!isW(document, 'document') || !body) throw new UnsupportedFormatError(file, `${WHAT}的正文部件 ${main} 不是 Word 正文（缺少 w:body）`);
  let ordinal = 0;
  const ordinals: Ordinals = { next: () => ++ordinal };
  const blocks: Block[] = [];
  walkBody(body, ctx, ordinals, blocks);
  deadline.now();
  return { file, format: 'docx', blocks };
}

/** The main document part named by the package relationships (word/document.xml in practice). */
function mainPart(zip: ZipArchive): string {
  const rels = zip.text('_rels/.rels');
  if (rels) {
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const type = /\bType="([^"]*)"/.exec(m[0])?.[1] ?? '';
      const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
      if (OFFICE_DOCUMENT.test(type) && target) {
        const name = target.replace(/^\/+/, '');
        if (zip.has(name)) return name;
      }
    }
  }
  return 'word/document.xml';
}

const sibling = (main: string, name: string) => main.replace(/[^/]*$/, name);

/** Body-level content in order: paragraphs, tables, and the containers that hold them. */
function walkBody(container: XmlElement, ctx: DocxContext, ordinals: Ordinals, blocks: Block[]): void {
  /** The grid that consecutive tab-separated paragraphs are collected into. */
  let tabGrid: GridBlock | undefined;
  for (const e of container.children) {
    if (typeof e === 'string') continue;
    ctx.deadline.check();
    if (isW(e, 'p')) {
      const line = ordinals.next();
      const paragraph = readParagraph(e, ctx);
      for (const raw of paragraph.lines) {
        const text = raw.replace(/^[\s\t]+|[\s\t]+$/g, '');
        if (text === '') continue;
        if (text.includes('\t')) {
          if (!tabGrid) {
            tabGrid = { kind: 'grid', rows: [], source: { line } };
            blocks.push(tabGrid);
          }
          tabGrid.rows.push({
            source: { line },
            cells: text.split('\t').map((cell, c) => ({ text: cell.trim(), source: { line, column: c + 1 } })),
          });
          continue;
        }
        tabGrid = undefined;
        const block: LineBlock = { kind: 'line', text, source: { line } };
        if (paragraph.heading !== undefined) block.heading = paragraph.heading;
        if (paragraph.bold) block.bold = true;
        blocks.push(block);
      }
    } else if (isW(e, 'tbl')) {
      tabGrid = undefined;
      const grid = readTable(e, ctx, ordinals);
      if (grid) blocks.push(grid);
    } else if (isW(e, 'sdt')) {
      tabGrid = undefined;
      const content = wChild(e, 'sdtContent');
      if (content) walkBody(content, ctx, ordinals, blocks);
    } else if (isW(e, 'customXml') || isW(e, 'ins') || isW(e, 'moveTo')) {
      tabGrid = undefined;
      walkBody(e, ctx, ordinals, blocks);
    }
  }
}
