import type { PageLine, Page } from './page-model.js';

/** Headers and footers live in this share of the page height at the top and at the bottom. */
const BAND = 0.12;
/** Only this many lines at each end of a page are candidates. */
const EDGE_LINES = 2;
/** A header or footer repeats on at least this share of the pages (and on at least MIN_REPEATS pages). */
const REPEAT_SHARE = 0.5;
const MIN_REPEATS = 3;
/** …at the same height, to this share of the page height. */
const SAME_PLACE = 0.015;

const PAGE_NUMBER = [
  /^[-—–－·•\s]*\d{1,4}[-—–－·•\s]*$/, // 3, - 3 -, — 3 —
  /^第\s*\d{1,4}\s*页(\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/, // 第3页, 第3页 共10页
  /^共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/, // 3/10
  /^(page|p\.)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
  /^[ivxlc]{1,6}$/, // front-matter numbers
];

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER.some((p) => p.test(t));
}

/**
 * Removes page furniture: page numbers at the top or bottom of a page, and header/footer lines repeated at
 * the same place on many pages (digits may change: "第 3 页", a running date). Tables are never touched.
 */
export function removePageFurniture(pages: readonly Page[]): Page[] {
  const candidates = pages.map((page) => edgeLines(page));
  const key = (e: EdgeLine) => (e.exact ? e.line.text : e.line.text.replace(/\d+/g, '#')).replace(/\s+/g, '');
  const counts = new Map<string, number>();
  for (const lines of candidates) {
    const seen = new Set<string>();
    for (const e of lines) for (const p of e.near) seen.add(`${key(e)}@${p}`);
    for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const needed = Math.max(MIN_REPEATS, Math.ceil(REPEAT_SHARE * pages.length));
  return pages.map((page, k) => {
    const drop = new Set<PageLine>();
    for (const e of candidates[k]!) {
      if (isPageNumber(e.line.text) || (counts.get(`${key(e)}@${e.place}`) ?? 0) >= needed) drop.add(e.line);
    }
    return drop.size === 0 ? page : { ...page, blocks: page.blocks.filter((b) => b.kind !== 'line' || !drop.has(b)) };
  });
}

interface EdgeLine {
  line: PageLine;
  /** Where the line stands on its page. */
  place: string;
  /** The places that count as the same. */
  near: string[];
  /**
   * Repeats only with the same digits: at the same rank from a copy's edge stand lines whose digits count up like a
   * page number's but that are content (公开02表, 公开03表 under each page's title).
   */
  exact: boolean;
}

/**
 * The first and last few lines of a page that lie in its header or footer band (never past a table). On a page of
 * a text copy, whose height is its count of lines, a line's place is its rank from the page's top or bottom: the
 * pages of a copy are as long as their text, so a footer stands at another share of each page's height.
 */
function edgeLines(page: Page): EdgeLine[] {
  const copy = page.approximate === true || page.unindented === true;
  const out = new Map<PageLine, EdgeLine>();
  const take = (blocks: typeof page.blocks, edge: 't' | 'b', inBand: (l: PageLine) => boolean) => {
    for (const [rank, b] of blocks.slice(0, EDGE_LINES).entries()) {
      if (b.kind !== 'line' || (!copy && !inBand(b))) break;
      if (out.has(b)) continue;
      if (copy) out.set(b, { line: b, place: `${edge}${rank}`, near: [`${edge}${rank}`], exact: true });
      else {
        const place = Math.round(b.box[1] / page.height / SAME_PLACE);
        out.set(b, { line: b, place: String(place), near: [place - 1, place, place + 1].map(String), exact: false });
      }
    }
  };
  take(page.blocks, 't', (l) => l.box[3] <= BAND * page.height);
  take([...page.blocks].reverse(), 'b', (l) => l.box[1] >= (1 - BAND) * page.height);
  return [...out.values()];
}
