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
  const key = (l: PageLine) => l.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const counts = new Map<string, number>();
  candidates.forEach((lines, k) => {
    const seen = new Set<string>();
    for (const line of lines) {
      const place = Math.round(line.box[1] / pages[k]!.height / SAME_PLACE);
      for (const p of [place - 1, place, place + 1]) seen.add(`${key(line)}@${p}`);
    }
    for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
  });
  const needed = Math.max(MIN_REPEATS, Math.ceil(REPEAT_SHARE * pages.length));
  return pages.map((page, k) => {
    const drop = new Set<PageLine>();
    for (const line of candidates[k]!) {
      const place = Math.round(line.box[1] / page.height / SAME_PLACE);
      if (isPageNumber(line.text) || (counts.get(`${key(line)}@${place}`) ?? 0) >= needed) drop.add(line);
    }
    return drop.size === 0 ? page : { ...page, blocks: page.blocks.filter((b) => b.kind !== 'line' || !drop.has(b)) };
  });
}

/** The first and last few lines of a page that lie in its header or footer band (never past a table). */
function edgeLines(page: Page): PageLine[] {
  const out: PageLine[] = [];
  const take = (blocks: typeof page.blocks, inBand: (l: PageLine) => boolean) => {
    for (const b of blocks.slice(0, EDGE_LINES)) {
      if (b.kind !== 'line' || !inBand(b)) break;
      out.push(b);
    }
  };
  take(page.blocks, (l) => l.box[3] <= BAND * page.height);
  take([...page.blocks].reverse(), (l) => l.box[1] >= (1 - BAND) * page.height);
  return [...new Set(out)];
}
