// Sentences: a sentence (up to 。！？) is what a finding quotes, and the stretch inside which a number looks for
// its subject and its measure word.

export interface Span {
  /** Offset of the first character in the paragraph. */
  start: number;
  text: string;
}

const SENTENCE_END = /[。！？!?]+/g;

/**
 * The sentences of a paragraph, each with its offset; the closing punctuation stays with its sentence, the
 * whitespace around it does not. A full stop inside a number ("2,262.43") never ends a sentence: only the
 * ideographic marks and ASCII !? do.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') spans.push({ start: from + lead, text: body });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    push(end);
    from = end;
  }
  push(text.length);
  return spans;
}
