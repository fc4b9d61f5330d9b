// What one document may cost to read, whatever it holds: bytes per format, the nodes a markup parser may build,
// the blocks of the layout, pages and OCR pages, and wall time. Going over any of them is the user's problem with
// the file (a clear Chinese message naming the limit), never a crash or a machine brought down.
import { LimitExceededError } from '../model/errors.js';
import type { Layout } from './layout.js';

export interface ReadBudget {
  /** Largest file read at all, and per format (a larger one is refused before it is parsed). */
  bytes: { any: number; text: number; html: number };
  /** Elements and text nodes a markup parser may build (HTML pages, Office XML parts). */
  nodes: number;
  /** Lines and table rows of the layout. */
  blocks: number;
  /** Pages of a PDF, and of those the scanned pages read by OCR. */
  pages: number;
  ocrPages: number;
}

/**
 * Real disclosures are far inside these: a few hundred kilobytes of HTML, a few thousand table rows, under a hundred
 * pages. The limits keep a hostile file's reading under about 1 GB of memory.
 */
export const DEFAULT_BUDGET: ReadBudget = {
  bytes: { any: 256 * 1024 * 1024, text: 64 * 1024 * 1024, html: 32 * 1024 * 1024 },
  nodes: 400_000,
  blocks: 100_000,
  pages: 2000,
  ocrPages: 100,
};

/** Counts what a parser builds and stops it at the budget's node limit. */
export class NodeCounter {
  private count = 0;
  constructor(
    private readonly file: string,
    private readonly limit: number,
    private readonly what: string,
  ) {}

  add(n = 1): void {
    this.count += n;
    if (this.count > this.limit) throw new LimitExceededError(this.file, `${this.what}的元素超过 ${this.limit.toLocaleString('en-US')} 个`);
  }
}

/** Refuses a layout with more lines and table rows than the budget allows. */
export function checkLayoutSize(layout: Layout, budget: ReadBudget = DEFAULT_BUDGET): Layout {
  let blocks = 0;
  for (const b of layout.blocks) blocks += b.kind === 'grid' ? b.rows.length : 1;
  if (blocks > budget.blocks) throw new LimitExceededError(layout.file, `文本行和表格行共 ${blocks.toLocaleString('en-US')} 行，上限为 ${budget.blocks.toLocaleString('en-US')} 行`);
  return layout;
}
