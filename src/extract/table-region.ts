import type { TableSpec } from '../catalog/kinds/index.js';
import type { TableId } from '../model/table-id.js';
import type { Source } from '../model/source.js';
import type { Block, GridRow, LineBlock } from '../read/layout.js';
import { compact } from './normalize.js';
import { matchTableTitle } from './table-title.js';

/** The part of a layout that belongs to one standard table: title, meta lines, grid rows, notes. */
export interface TableRegion {
  id: TableId;
  title: string;
  source: Source;
  label?: string;
  unit?: string;
  /** 部门名称 / 单位名称 printed above the table. */
  department?: string;
  rows: GridRow[];
  /** Some of the rows come from a grid whose cells do not line up (GridBlock.unaligned): read them by order. */
  unaligned: boolean;
  /** Other lines printed inside the region (a header line outside the grid, a row the reader left as a line). */
  lines: LineBlock[];
  /** 注：… footnotes and 说明：… statements printed under the table. */
  notes: string[];
  /** Index range [start, end) of the region's blocks in the layout. */
  start: number;
  end: number;
}

const LABEL = /^(公开\d+表?|公开\d+|表\d+|附表\d+|表[一二三四五六七八九十]+|表)$/;
const UNIT = /(?:金额)?单位[：:]\s*(万元|元|千元|亿元)/;
// 部门名称：X above a 决算's tables; 部门：X (江苏) and 编制部门：X (上海) above a 预算's
const DEPARTMENT = /^(?:(?:部门|单位|预算单位|编制单位)名称|编制部门|预算主管部门|部门)[：:](.+)$/;
const YEAR_LINE = /^[（(]?\d{4}\s*年度?[）)]?$/;
// 注：… and 说明：… under a table, or a remark in brackets that something is absent (（无政府性基金支出）)
const NOTE = /^(?:(注|说明|备注)\s*[\d一二三四五六七八九十]*\s*[：:]|[（(][^（()）]*无[^（()）]*[)）]$)/;
// A table is real only if its grid (or at least a unit line or label) follows before the next title: TOC entries
// that merely name the tables are followed by other names.
const LOOKAHEAD = 8;

function isMeta(text: string): boolean {
  const c = compact(text);
  return LABEL.test(c) || UNIT.test(c) || DEPARTMENT.test(c) || YEAR_LINE.test(c) || /^金额单位|^单位：/.test(c);
}

interface Candidate {
  index: number;
  /** Blocks the title occupies (2 when it is split over two lines). */
  width: number;
  id: TableId;
  title: string;
  source: Source;
}

function titleAt(blocks: Block[], i: number, tables: readonly TableSpec[] | undefined): Candidate | undefined {
  const block = blocks[i];
  if (block?.kind !== 'line') return undefined;
  const single = matchTableTitle(block.text, tables);
  if (single) return { index: i, width: 1, id: single.id, title: single.title, source: block.source };
  const next = blocks[i + 1];
  if (next?.kind === 'line' && block.text.length <= 30 && next.text.length <= 20) {
    const joined = matchTableTitle(block.text + next.text, tables);
    // Both halves must be needed: the second line alone is no title, or a shorter one ("一般公共预算财政拨款" over
    // "支出决算表" is 公开05, not 公开03).
    const alone = matchTableTitle(next.text, tables);
    if (joined && (!alone || joined.standard.length > alone.standard.length)) return { index: i, width: 2, id: joined.id, title: joined.title, source: block.source };
  }
  return undefined;
}

function confirmed(blocks: Block[], c: Candidate, nextCandidate: number): boolean {
  const limit = Math.min(nextCandidate, c.index + c.width + LOOKAHEAD, blocks.length);
  for (let i = c.index + c.width; i < limit; i++) {
    const b = blocks[i]!;
    if (b.kind === 'grid') return true;
    if (isMeta(b.text)) return true;
  }
  return false;
}

/**
 * Finds the standard tables of a layout by their titles, whatever their printed number or order: the tables of
 * one kind when given (a 预算's), else any kind's.
 */
export function findTableRegions(blocks: Block[], tables?: readonly TableSpec[]): TableRegion[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const c = titleAt(blocks, i, tables);
    if (c) {
      candidates.push(c);
      i += c.width - 1;
    }
  }
  const accepted = candidates.filter((c, k) => confirmed(blocks, c, candidates[k + 1]?.index ?? blocks.length));
  return accepted.map((c, k) => {
    const next = accepted[k + 1]?.index ?? blocks.length;
    // a label printed above the next title ("公开 02 表" | "收入预算总表") is the next table's
    const limit = labelAt(blocks, next - 1) ? next - 1 : next;
    const region = collectRegion(blocks, c, limit);
    const above = labelAt(blocks, c.index - 1);
    if (above) region.label = above;
    return region;
  });
}

/** The table label ("公开 01 表", "表一") a line prints alone, if it is one. */
function labelAt(blocks: Block[], i: number): string | undefined {
  const b = blocks[i];
  if (b?.kind !== 'line') return undefined;
  const c = compact(b.text);
  return LABEL.test(c) && c !== '表' ? c : undefined;
}

/** A sentence of running text (the table has ended): sentence punctuation, or a long run of words not spaced into columns. */
const isProse = (text: string): boolean => /[。；！？]/.test(text) || (/[，,、]/.test(text) && (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) > 30);
/** A heading of the text around the tables ("第三部分 …", "一、收入支出决算总体情况说明"). */
const PART_HEADING = /^第[一二三四五六七八九十]+部分|(?:情况|说明|名词解释)$/;
/**
 * Whether the line at `i` heads the text after a table: a part heading (第三部分 …), or a heading naming a section
 * (…情况, …说明) that running text follows. A section line inside a table (公开10's 一、政府采购情况) is followed by
 * more of the table.
 */
function startsText(blocks: readonly Block[], i: number): boolean {
  const text = compact((blocks[i] as LineBlock).text);
  if (/^第[一二三四五六七八九十]+部分/.test(text)) return true;
  if (!PART_HEADING.test(text) || AMOUNT.test(text)) return false;
  const next = blocks[i + 1];
  return next === undefined || (next.kind === 'line' && (isProse(next.text) || PART_HEADING.test(compact(next.text))));
}

/** An amount as tables print it (decimals or thousands separators). */
const AMOUNT = /\d\.\d|\d[,，]\d{3}/;

/**
 * The blocks of one table: its grids, meta lines and notes, and the other lines printed among them (a header line
 * outside the grid, a row left as a line, a page number), up to the next title, a heading or running text. After
 * the grid only lines that carry an amount, or lines followed by one or by another grid, stay in the region.
 */
function collectRegion(blocks: Block[], c: Candidate, limit: number): TableRegion {
  const region: TableRegion = { id: c.id, title: c.title, source: c.source, rows: [], unaligned: false, lines: [], notes: [], start: c.index, end: c.index + c.width };
  // the unit may be printed on the title's own line ("…支出预算表单位：万元")
  const titleUnit = UNIT.exec(compact(blocks.slice(c.index, c.index + c.width).map((b) => (b.kind === 'line' ? b.text : '')).join('')));
  if (titleUnit) region.unit = titleUnit[1];
  let sawGrid = false;
  let pending: LineBlock[] = [];
  let i = c.index + c.width;
  for (; i < limit; i++) {
    const b = blocks[i]!;
    if (b.kind === 'grid') {
      for (const row of b.rows) region.rows.push(row); // a grid may have tens of thousands of rows: no spread
      if (b.unaligned) region.unaligned = true;
      region.lines.push(...pending);
      pending = [];
      sawGrid = true;
      continue;
    }
    if (readMeta(region, b)) continue;
    const text = compact(b.text);
    if (NOTE.test(text)) {
      // the table's note closes it: the lines before it were the table's
      region.notes.push(b.text);
      region.lines.push(...pending);
      pending = [];
      continue;
    }
    if (b.heading !== undefined || isProse(b.text) || startsText(blocks, i)) break;
    // lines without amounts after a grid (a continued page's header, page number and rows that print only their
    // 行次) wait: a grid or an amount after them keeps them in the table, running text or a heading ends it
    if (!sawGrid || AMOUNT.test(b.text)) {
      region.lines.push(...pending, b);
      pending = [];
    } else pending.push(b);
  }
  // Short lines after the last grid that no amount followed belong to the text after the table.
  region.end = i - pending.length;
  return region;
}

function readMeta(region: TableRegion, b: LineBlock): boolean {
  const c = compact(b.text);
  let matched = false;
  const unit = UNIT.exec(c);
  if (unit) {
    region.unit ??= unit[1];
    matched = true;
  }
  const dept = DEPARTMENT.exec(c.replace(UNIT, ''));
  if (dept) {
    region.department ??= dept[1];
    matched = true;
  }
  if (LABEL.test(c)) {
    region.label = region.label && c === '表' ? `${region.label}表` : (region.label ?? c);
    matched = true;
  }
  return matched || YEAR_LINE.test(c);
}
