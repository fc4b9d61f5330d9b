// How a narrow cell or line breaks Chinese text: after any character, but never inside a number or a Latin word.

const WORD = /[0-9A-Za-z.,%]/;
/** Punctuation that never starts a line (kinsoku): a break before it moves back one character. */
const CLOSING = /[）)」』”’、，。：；！？]/;

/** The text broken into lines of at most `width` characters (one line when it fits or no width is given). */
export function wrapText(text: string, width: number | undefined): string[] {
  const chars = [...text];
  if (!width || chars.length <= width) return [text];
  const lines: string[] = [];
  let start = 0;
  while (chars.length - start > width) {
    let end = start + width;
    // move a break that would split a number back to the number's start
    while (end > start + 1 && WORD.test(chars[end - 1]!) && WORD.test(chars[end]!)) end--;
    if (end === start + 1 && WORD.test(chars[end]!)) end = start + width;
    if (CLOSING.test(chars[end] ?? '') && end > start + 1) end--;
    lines.push(chars.slice(start, end).join(''));
    start = end;
  }
  lines.push(chars.slice(start).join(''));
  return lines;
}
