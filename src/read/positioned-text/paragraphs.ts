import type { LineBlock, LinePiece } from '../layout.js';
import { roundBox, union, type Box } from './geometry.js';
import type { PageBlock, PageLine, Page } from './page-model.js';

/** The left and right edges of the text at one font size on pages of one width. */
interface Margins {
  width: number;
  size: number;
  left: number;
  right: number;
  /** How many lines the edges were measured on. */
  lines: number;
}

/** Margins measured on fewer lines (a cover, a title) say nothing about where running text wraps. */
const MIN_MARGIN_LINES = 4;

/** How far (× font size) a line may end before the right margin and still be full. */
const FULL = 1.5;
/** How far (× font size) a continuation line may start right of the left margin (a first-line indent is 2). */
const FLUSH = 0.5;
/** Consecutive lines of a paragraph are at most this far apart, baseline to baseline (× font size). */
const MAX_PITCH = 2.6;
/** A line that starts a numbered heading or item does not continue a finished sentence. */
const STARTS_ITEM = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d))/;
const ENDS_SENTENCE = /[。；：！？!?:;]$/;

/**
 * Margins over the whole document (one page of a few short lines, a contents page, has no margin of its own).
 * An edge is where several lines end (or start): a lone line sticking out (a right-aligned unit line) is not it.
 */
function documentMargins(pages: readonly Page[]): Margins[] {
  const classes: { width: number; size: number; x0: number[]; x1: number[] }[] = [];
  for (const page of pages) {
    for (const b of page.blocks) {
      if (b.kind !== 'line') continue;
      let c = classes.find((x) => Math.abs(x.width - page.width) <= 1 && Math.abs(x.size - b.size) <= 0.5);
      if (!c) classes.push((c = { width: page.width, size: b.size, x0: [], x1: [] }));
      c.x0.push(b.box[0]);
      c.x1.push(b.box[2]);
    }
  }
  // Running text that wraps fills most of its line: lines ending in the left half of the page (titles, unit and
  // name lines above tables) say nothing about the right margin.
  return classes.map((c) => {
    const long = c.x1.filter((x) => x > c.width / 2);
    return {
      width: c.width,
      size: c.size,
      left: -sharedEdge(c.x0.map((x) => -x), c.size),
      right: long.length > 0 ? sharedEdge(long, c.size) : Infinity,
      lines: c.x0.length,
    };
  });
}

/** The largest value that at least two (and 15 %) of the values come within one em of. */
function sharedEdge(values: number[], em: number): number {
  const sorted = [...values].sort((a, b) => b - a);
  const need = Math.min(sorted.length, Math.max(2, Math.ceil(0.15 * sorted.length)));
  let j = 0;
  for (let i = 0; i < sorted.length; i++) {
    j = Math.max(j, i);
    while (j + 1 < sorted.length && sorted[j + 1]! >= sorted[i]! - em) j++;
    if (j - i + 1 >= need) return sorted[i]!;
  }
  return sorted[0]!;
}

/**
 * Joins the lines of each paragraph into one line, in reading order, also across a page break: Chinese text wraps
 * at the right margin and a new paragraph starts indented. A wrapped centred title (a full-width first line, a
 * shorter centred second line of the same size) is joined too. Tables are passed through unchanged.
 */
export function joinParagraphs(pages: readonly Page[]): (LineBlock | Extract<PageBlock, { kind: 'grid' }>)[] {
  const margins = documentMargins(pages);
  const pageOf = new Map(pages.map((p) => [p.number, p]));
  const marginAt = (line: PageLine) => {
    const width = pageOf.get(line.page)?.width ?? 0;
    return margins.find((m) => Math.abs(m.width - width) <= 1 && Math.abs(m.size - line.size) <= 0.5);
  };

  const out: (LineBlock | Extract<PageBlock, { kind: 'grid' }>)[] = [];
  let open: { lines: PageLine[]; text: string; offsets: number[] } | undefined;
  const displayed = (page: number, box: Box): Box => {
    const toDisplayed = pageOf.get(page)?.toDisplayed;
    return roundBox(toDisplayed ? toDisplayed(box) : box);
  };
  const close = () => {
    if (!open) return;
    const first = open.lines[0]!;
    const box: Box = union(open.lines.filter((l) => l.page === first.page).map((l) => l.box));
    const block: LineBlock = { kind: 'line', text: open.text, source: { page: first.page, bbox: displayed(first.page, box) } };
    if (open.lines.length > 1) {
      const offsets = open.offsets;
      block.pieces = open.lines.map((l, i): LinePiece => ({ offset: offsets[i]!, source: { page: l.page, bbox: displayed(l.page, l.box) } }));
    }
    out.push(block);
    open = undefined;
  };
  for (const block of pages.flatMap((p) => p.blocks)) {
    if (block.kind === 'grid') {
      close();
      out.push(block);
      continue;
    }
    const previous = open?.lines.at(-1);
    const page = pageOf.get(block.page);
    const ended = page?.unindented === true && previous !== undefined && ENDS_SENTENCE.test(previous.text);
    if (open && previous && !ended && continues(previous, block, marginAt(previous), marginAt(block), page?.width ?? 0)) {
      open.lines.push(block);
      open.text += separator(open.text, block.text);
      open.offsets.push(open.text.length);
      open.text += block.text;
      continue;
    }
    close();
    open = { lines: [block], text: block.text, offsets: [0] };
  }
  close();
  return out;
}

function continues(a: PageLine, b: PageLine, ma: Margins | undefined, mb: Margins | undefined, pageWidth: number): boolean {
  if (!ma || !mb || Math.abs(a.size - b.size) > 0.15 * a.size) return false;
  if (a.chunks.length > 1 || b.chunks.length > 1) return false;
  if (a.page === b.page) {
    const pitch = b.baseline - a.baseline;
    if (pitch <= 0 || pitch > MAX_PITCH * a.size) return false;
  } else if (b.page !== a.page + 1) return false;
  if (STARTS_ITEM.test(b.text) && (ENDS_SENTENCE.test(a.text) || !full(a, ma))) return false;
  const em = a.size;
  // A wrapped centred title: full first line, narrower second line on the same axis.
  const centre = (l: PageLine) => (l.box[0] + l.box[2]) / 2;
  if (a.page === b.page && full(a, ma) && Math.abs(centre(a) - centre(b)) <= em && Math.abs(centre(a) - pageWidth / 2) <= 2 * em) {
    if (b.box[2] - b.box[0] < a.box[2] - a.box[0] && !ENDS_SENTENCE.test(a.text)) return true;
  }
  // Running text: the line reaches the right margin, the next starts at the left margin.
  return ma.lines >= MIN_MARGIN_LINES && full(a, ma) && b.box[0] <= mb.left + FLUSH * em;
}

const full = (line: PageLine, m: Margins) => line.box[2] >= m.right - FULL * line.size;

/** Wrapped Chinese joins without a space; Latin words keep one. */
function separator(text: string, next: string): string {
  return /[A-Za-z,;:]$/.test(text) && /^[A-Za-z0-9(]/.test(next) ? ' ' : '';
}
