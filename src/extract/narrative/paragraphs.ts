// Running text as the reader saw it is one paragraph per printed line: a sentence soft-wrapped at the page width,
// or cut by a page break, arrives in pieces ("…单价100" / "万元（含）以上设备…"). Joining the pieces back is what
// lets a number meet its unit and its subject; every piece keeps the line it came from.
import type { Paragraph, Section } from '../../model/narrative.js';
import type { Source } from '../../model/source.js';
import { spanBox } from '../../read/positioned-text/char-width.js';
import { roundBox } from '../../read/positioned-text/geometry.js';

/** Where a stretch of the joined text was printed: from `offset` on, until the next piece. */
export interface TextPiece {
  offset: number;
  source: Source;
}

export interface NarrativeParagraph {
  /** Headings from the outermost to the paragraph's section, as printed. */
  path: string[];
  text: string;
  /** Line provenance, by ascending offset; the first piece starts at 0. */
  pieces: TextPiece[];
}

/** A paragraph ends with a full stop, a semicolon, a colon (a list follows) or a closing title mark. */
const ENDS_PARAGRAPH = /[。！？!?；;：:》]$/;
/** A new list item or sub-point starts a paragraph of its own. */
const STARTS_ITEM = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．](?!\d)|[-•·●▪]\s*|[①-⑳]|第[一二三四五六七八九十\d]+[部章条])/;
/** A line that is only punctuation is the tail of the line before ("…支出" / "；"). */
/** A paragraph that opens with its own title ("…项目绩效自评综述：", "…项目完成情况："). */
const STARTS_TITLED = /^[^，。；]{2,40}?(?:综述|完成情况|情况说明|基本情况)[：:]/;
const ONLY_PUNCTUATION = /^[，。；：、,.;:!?！？）)”’]+$/;
/** Page numbers and running footers left in a text export ("— 116 —", "第 3 页"). */
const PAGE_FURNITURE = /^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?)$/;
/**
 * Chart labels in a PDF's text layer (data labels "100.00 100.00", a lone "2262.43" or "27.05%", a pie's
 * "612.10（27.05%）"): numbers with no
 * word around them. Prose never prints a number without words; a wrapped line holding only a number is followed
 * by its unit, which is checked before such a line is dropped.
 */
const CHART_LABELS = /^\s*(?:[\d,.]+[%％]?\s+)+[\d,.]+[%％]?\s*$|^\s*\d[\d,]*\.\d+[%％]?\s*$|^\s*[\d,.]+\s*[（(]\s*[\d.]+[%％]\s*[)）]\s*$/;
const STARTS_WITH_UNIT = /^\s*(?:万元|亿元|元|万|%|％)/;
/** Lines shorter than this are titles or labels rather than wrapped text. */
const MIN_WRAPPED = 20;

/**
 * A paragraph that is really a sub-heading ("（二）结构情况。"): the section reader keeps lines ending in 。 as text,
 * but they open a new part of the section all the same.
 */
const SUB_HEADING = /^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*[^，,；;：:\d]{1,24}[。.]?$/;

/**
 * A numbered line that was taken for a heading because it is short, although the sentence runs on into the
 * next line ("5. 卫生健康支出（类）行政事业单位医疗（款）公务员医疗" / "补助（项）。年初预算为…").
 */
function wrappedHeading(section: Section): boolean {
  const heading = section.path.at(-1);
  const first = section.paragraphs[0]?.text.trim();
  if (heading === undefined || first === undefined) return false;
  const text = heading.trim();
  return (
    /^(?:\d+[、.．]|[（(]\d+[)）])/.test(text) &&
    !/(?:情况|说明|分析|结论)$/.test(text) &&
    !ENDS_PARAGRAPH.test(text) &&
    text.length >= MIN_WRAPPED &&
    !STARTS_ITEM.test(first) &&
    !SUB_HEADING.test(first)
  );
}

function continues(previous: string, next: string): boolean {
  if (ONLY_PUNCTUATION.test(next)) return true;
  if (ENDS_PARAGRAPH.test(previous) || STARTS_ITEM.test(next) || STARTS_TITLED.test(next)) return false;
  return previous.length >= MIN_WRAPPED;
}

/** Whitespace between two Chinese characters: justified PDF text spaces them out ("与上年相 比，财政 拨款"). */
const CJK_GAP = /(?<=[\u3400-\u9fff\uff08\uff09\u3001\uff0c\u3002\uff1a\uff1b\u201c\u201d])[ \t\u3000]+(?=[\u3400-\u9fff\uff08\uff09\u3001\uff0c\u3002\uff1a\uff1b\u201c\u201d])/g;

/**
 * The source of the line that printed the character at `offset` of a joined paragraph; with `end`, on a page the
 * box narrowed to the characters up to `end` on that line (a number in its sentence).
 */
export function sourceAt(paragraph: Pick<NarrativeParagraph, 'pieces' | 'text'>, offset: number, end?: number): Source {
  let index = 0;
  for (const [i, piece] of paragraph.pieces.entries()) {
    if (piece.offset > offset) break;
    index = i;
  }
  const piece = paragraph.pieces[index]!;
  if (end === undefined || !('bbox' in piece.source)) return piece.source;
  const text = paragraph.text.slice(piece.offset, paragraph.pieces[index + 1]?.offset ?? paragraph.text.length);
  return { ...piece.source, bbox: roundBox(spanBox(piece.source.bbox, text, offset - piece.offset, Math.min(end, piece.offset + text.length) - piece.offset)) };
}

/**
 * A printed paragraph's text as the narrative reads it (trimmed, spaces between Chinese characters closed up) and
 * where each of its printed lines starts in that text.
 */
function closedUp(paragraph: Paragraph): { text: string; pieces: TextPiece[] } {
  const lines = paragraph.pieces ?? [{ offset: 0, source: paragraph.source }];
  let text = '';
  const pieces: TextPiece[] = [];
  lines.forEach((line, i) => {
    let part = paragraph.text.slice(line.offset, lines[i + 1]?.offset ?? paragraph.text.length).replace(CJK_GAP, '');
    if (i === 0) part = part.trimStart();
    if (i === lines.length - 1) part = part.trimEnd();
    if (part === '' && pieces.length > 0) return;
    pieces.push({ offset: text.length, source: line.source });
    text += part;
  });
  return { text, pieces };
}

/**
 * The paragraphs of every section with soft-wrapped and page-split lines joined back together. Lines join
 * when the earlier one stops mid-sentence (no closing punctuation) and the later one does not open a new list
 * item; page numbers between them are dropped. Pieces are concatenated without a separator (Chinese text wraps
 * anywhere, even inside a word or between a number and its unit).
 */
export function joinParagraphs(sections: readonly Section[]): NarrativeParagraph[] {
  const out: NarrativeParagraph[] = [];
  // A sub-heading found among the paragraphs stays in force for the sections nested below its section.
  let sub: { base: readonly string[]; heading: string } | undefined;
  const within = (path: readonly string[], base: readonly string[]) => base.every((h, i) => path[i] === h);
  for (const section of sections) {
    if (sub && !within(section.path, sub.base)) sub = undefined;
    const sectionPath = sub ? [...sub.base, sub.heading, ...section.path.slice(sub.base.length)] : section.path;
    let path = sectionPath;
    let current: NarrativeParagraph | undefined;
    if (wrappedHeading(section)) {
      path = sectionPath.slice(0, -1);
      current = { path, text: section.path.at(-1)!.trim(), pieces: [{ offset: 0, source: section.source }] };
      out.push(current);
    }
    for (const [i, line] of section.paragraphs.entries()) {
      const { text, pieces } = closedUp(line);
      if (text === '' || PAGE_FURNITURE.test(text)) continue;
      if (CHART_LABELS.test(text) && !STARTS_WITH_UNIT.test(section.paragraphs[i + 1]?.text ?? '')) continue;
      if (current && continues(current.text, text)) {
        const at = current.text.length;
        current.pieces.push(...pieces.map((p) => ({ offset: at + p.offset, source: p.source })));
        current.text += text;
        continue;
      }
      if (SUB_HEADING.test(text)) {
        sub = { base: section.path, heading: text };
        path = [...section.path, text];
        current = undefined;
        continue;
      }
      current = { path, text, pieces };
      out.push(current);
    }
  }
  return out;
}
