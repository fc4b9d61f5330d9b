import { chineseNumeralValue } from '../model/chinese-numeral.js';
import type { Section } from '../model/narrative.js';
import type { Block, LineBlock } from '../read/layout.js';
import { compact } from './normalize.js';

// Heading levels by ordinal style, as Chinese official documents number them.
const LEVELS: [RegExp, number][] = [
  [/^第[一二三四五六七八九十\d]+部分/, 1],
  [/^[一二三四五六七八九十]+、/, 2],
  [/^[（(][一二三四五六七八九十]+[）)]/, 3],
  [/^\d+[、.．](?!\d)/, 4],
  [/^[（(]\d+[）)]/, 5],
];
const MAX_HEADING = 40;

function headingLevel(b: LineBlock): number | undefined {
  const text = compact(b.text);
  if (text.length > MAX_HEADING || /[。；]$/.test(text)) return undefined;
  for (const [pattern, level] of LEVELS) if (pattern.test(text)) return level;
  return b.heading !== undefined && !/[，。；]/.test(text) ? 1 + b.heading : undefined;
}

/** The number a level-2 ("八、") or Arabic ("9、") heading starts with. */
function ordinal(text: string): number | undefined {
  const t = compact(text);
  const chinese = /^([一二三四五六七八九十]+)、/.exec(t);
  if (chinese) return chineseNumeralValue(chinese[1]!);
  const arabic = /^(\d+)[、.．]/.exec(t);
  return arabic ? Number(arabic[1]) : undefined;
}

/**
 * The running text outside the tables, as sections with their heading path. Lines inside `skip` (table
 * regions, the table of contents) are left out. Some documents switch from 八、 to 9、 10、 for the sections that
 * follow: an Arabic heading numbered right after the last level-2 heading, with no heading under that one yet, continues
 * that level rather than opening a list under it.
 */
export function readSections(blocks: Block[], skip: (index: number) => boolean): Section[] {
  const sections: Section[] = [];
  const stack: { level: number; title: string }[] = [];
  let current: Section | undefined;
  // the last level-2 heading's number, and whether a heading has been nested under it since
  let sectionNumber: number | undefined;
  let nestedSince = false;
  blocks.forEach((b, i) => {
    if (b.kind !== 'line' || skip(i)) return;
    let level = headingLevel(b);
    if (level === 4 && !nestedSince && sectionNumber !== undefined && ordinal(b.text) === sectionNumber + 1) level = 2;
    if (level === 2) {
      sectionNumber = ordinal(b.text);
      nestedSince = false;
    } else if (level !== undefined && level > 2) nestedSince = true;
    else if (level === 1) sectionNumber = undefined;
    if (level !== undefined) {
      while (stack.length && stack.at(-1)!.level >= level) stack.pop();
      stack.push({ level, title: b.text });
      current = { path: stack.map((s) => s.title), source: b.source, paragraphs: [] };
      sections.push(current);
      return;
    }
    if (!current) {
      current = { path: [], source: b.source, paragraphs: [] };
      sections.push(current);
    }
    current.paragraphs.push({ text: b.text, source: b.source, ...(b.pieces ? { pieces: b.pieces } : {}) });
  });
  return sections;
}
