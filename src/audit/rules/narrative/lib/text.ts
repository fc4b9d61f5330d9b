// The running text of a section as printed: its lines joined where a sentence runs on into the next one (a text
// export or a PDF breaks lines at the page width, anywhere in a word or a date), each stretch remembering the line
// it came from. Rules that look for words rather than figures read this; figures come with the claims.
import { halfWidthDigits } from '../../../../model/half-width.js';
import type { Section } from '../../../../model/narrative.js';
import type { Source } from '../../../../model/source.js';

export interface SectionText {
  /** Heading path, joined with ' > ' as claims carry it. */
  section: string;
  /** The printed text; lines that end a sentence are kept apart by a line break. */
  text: string;
  /** The same text with full-width digits in ASCII, offsets unchanged, for matching. */
  scan: string;
  sourceAt(offset: number): Source;
}

/** A line that ends a sentence, a clause list or a title; the next line starts something new. */
const ENDS = /[。！？!?；;：:》」”]$/;

export function sectionText(section: Section): SectionText {
  let text = '';
  let last = ''; // the text ends with it: testing it spares flattening the text built so far
  const starts: { offset: number; source: Source }[] = [];
  for (const p of section.paragraphs) {
    const line = p.text.trim();
    if (line === '') continue;
    if (last !== '' && ENDS.test(last)) text += '\n';
    starts.push({ offset: text.length, source: p.source });
    text += line;
    last = line;
  }
  return {
    section: section.path.join(' > '),
    text,
    scan: halfWidthDigits(text),
    sourceAt: (offset) => starts.findLast((s) => s.offset <= offset)?.source ?? section.source,
  };
}

/** The sentence of `text` around `offset`, for a finding's quote. */
export function sentenceAt(text: string, offset: number): string {
  const start = Math.max(...['。', '！', '？', '\n'].map((p) => text.lastIndexOf(p, offset - 1))) + 1;
  const ends = ['。', '！', '？', '\n'].map((p) => text.indexOf(p, offset)).filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) + 1 : text.length;
  return text.slice(start, end).trim();
}
