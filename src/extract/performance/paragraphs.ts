// Running text as paragraphs: a text export breaks paragraphs at page ends and soft wraps ("…省级补助" /
// "744.32万元，…"), so a line that does not end a sentence is joined with the next one. Headings stay apart.
import type { Source } from '../../model/source.js';
import type { LineBlock } from '../../read/layout.js';
import { compact } from '../normalize.js';

export interface Paragraph {
  text: string;
  source: Source;
  heading: boolean;
}

/** A line ending like this ends its paragraph; a list item ending in ； continues with the next line. */
const SENTENCE_END = /[。！？!?：:）)”"]$/;
/** A line that starts an item of its own: "2、…", "（3）…", "宣传经费项目完成情况：…". */
const STARTS_ITEM = /^(\d+[、.．](?!\d)|[（(]\d+[）)]|.{2,40}?项目完成情况[：:])/;
const ORDINAL_HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d))/;
const MAX_HEADING = 40;

/** A heading: marked as one, or a short numbered line without sentence punctuation. */
export function isHeading(block: LineBlock): boolean {
  if (block.heading !== undefined) return true;
  const text = compact(block.text);
  return text.length <= MAX_HEADING && ORDINAL_HEADING.test(text) && !/[。；，,]/.test(text);
}

/** Clean markup left by converters: [bookmark: …], $…$ maths, list dashes. */
export function cleanText(text: string): string {
  return text
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(/\$\s*\\geq\s*/g, '≥')
    .replace(/\$\s*\\leq\s*/g, '≤')
    .replace(/\\%/g, '%')
    .replace(/\$/g, '')
    .replace(/^[-•·]\s+/, '')
    .trim();
}

export function joinParagraphs(lines: readonly LineBlock[]): Paragraph[] {
  const out: Paragraph[] = [];
  let open: Paragraph | undefined;
  for (const line of lines) {
    const text = cleanText(line.text);
    if (!text) continue;
    const heading = isHeading(line);
    if (open && !heading && !open.heading && !SENTENCE_END.test(open.text) && !STARTS_ITEM.test(text)) {
      open.text += text;
      continue;
    }
    open = { text, source: line.source, heading };
    out.push(open);
  }
  return out;
}

/** Sentences of a paragraph, split after 。；！？ (the delimiter stays with its sentence). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[。；！？!?;])/).filter((s) => s.trim() !== '');
}
