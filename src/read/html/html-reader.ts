import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';
import { EmptyFileError, LimitExceededError } from '../../model/errors.js';
import { DEFAULT_BUDGET, NodeCounter, type ReadBudget } from '../budget.js';
import { Deadline } from '../deadline.js';
import type { Block, Layout, LineBlock } from '../layout.js';
import { containsTable, isHtmlElement, type HtmlElement, type HtmlNode } from './html-dom.js';
import { decodeHtml } from './html-decode.js';
import { LineCollector, type LineSink } from './html-lines.js';
import { readHtmlTable, rowCells, tableRows } from './html-table.js';

export interface HtmlOptions {
  /** Time budget for reading one page. */
  milliseconds: number;
  budget: ReadBudget;
}

export const DEFAULT_HTML_OPTIONS: HtmlOptions = { milliseconds: 60_000, budget: DEFAULT_BUDGET };

/**
 * parse5's own tree, built under the budget: every element and text node is counted (a page of a million nodes is
 * refused while it is parsed, before its tree fills memory) and the clock is read as it grows.
 */
function budgetedTree(counter: NodeCounter, deadline: Deadline): TreeAdapter<DefaultTreeAdapterMap> {
  return {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      counter.add();
      deadline.check();
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
    insertText(parentNode, text) {
      counter.add();
      deadline.check();
      defaultTreeAdapter.insertText(parentNode, text);
    },
  };
}

/**
 * Reads an HTML page into a Layout: headings h1–h6 and other lines of text in reading order, data tables as
 * grids with their colspan/rowspan. A table that holds other tables only lays the page out: its cells are read
 * as flowing text, and the tables inside it are read in their place. Sources are `{ line }`: the 1-based ordinal
 * of the line or table row in the page, with `column` the grid column of a cell.
 */
export function readHtml(file: string, bytes: Uint8Array, options: HtmlOptions = DEFAULT_HTML_OPTIONS): Layout {
  const { budget } = options;
  if (bytes.length > budget.bytes.html) {
    throw new LimitExceededError(file, `HTML 页面 ${(bytes.length / 1048576).toFixed(1)} MB，上限为 ${budget.bytes.html / 1048576} MB`);
  }
  const deadline = new Deadline(file, options.milliseconds);
  const document = parse(decodeHtml(bytes), { treeAdapter: budgetedTree(new NodeCounter(file, budget.nodes, 'HTML 页面'), deadline) });
  deadline.now();
  const blocks: Block[] = [];
  let ordinal = 0;
  const next = () => ++ordinal;

  const sink: LineSink = {
    line: (l) => {
      const block: LineBlock = { kind: 'line', text: l.text, source: { line: next() } };
      if (l.heading !== undefined) block.heading = l.heading;
      if (l.bold) block.bold = true;
      blocks.push(block);
    },
    table: (table) => readTable(table),
  };
  const collector = new LineCollector(sink, deadline);

  const readTable = (table: HtmlElement) => {
    const caption = table.childNodes.find((c): c is HtmlElement => isHtmlElement(c) && c.tagName === 'caption');
    if (caption) {
      collector.collect(caption);
      collector.flush();
    }
    if (containsTable(table)) {
      // a layout table: its cells are blocks of the page
      for (const tr of tableRows(table)) {
        for (const td of rowCells(tr)) {
          collector.collect(td);
          collector.flush();
        }
      }
      return;
    }
    const grid = readHtmlTable(table, next, deadline);
    if (grid) blocks.push(grid);
  };

  for (const node of document.childNodes as HtmlNode[]) collector.collect(node);
  collector.flush();
  deadline.now();
  if (blocks.length === 0) throw new EmptyFileError(file);
  return { file, format: 'html', blocks };
}
