/** The characters compact replaces or removes (\s includes the ideographic space U+3000). */
const CHANGED_BY_COMPACT = /[\s():"]/;

/**
 * Text normalisation for matching printed labels: whitespace removed (cells wrap inside names),
 * half-width brackets and colons made full-width, as the standard templates print them.
 */
export function compact(text: string): string {
  // Called for every label, alias, cell and line many times over (a line is a heading candidate, a title candidate,
  // a header, a department mention …): each text is worked out once while it stays in the memo.
  const known = compacted.get(text);
  if (known !== undefined) return known;
  const result = !CHANGED_BY_COMPACT.test(text)
    ? text
    : text
        .replace(/[\s\u3000]+/g, '')
        .replace(/\(/g, '（')
        .replace(/\)/g, '）')
        .replace(/:/g, '：')
        .replace(/"(.*?)"/g, '“$1”');
  if (compacted.size >= MAX_COMPACTED) compacted.clear();
  compacted.set(text, result);
  return result;
}

/** Texts compacted lately. A pure function's memo: bounded, it holds a document's lines and labels. */
const compacted = new Map<string, string>();
const MAX_COMPACTED = 20000;

const ORDINAL = /^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十\d]+）|\d+(?:\.\d+)?[、.．](?!\d)|[①-⑳])/;

/** Removes a leading ordinal such as 一、 （一） 1. so a label can be matched ("九、卫生健康支出" → "卫生健康支出"). */
export function stripOrdinal(label: string): string {
  return label.replace(ORDINAL, '');
}

/** compact + stripOrdinal: the key under which printed labels are compared with template aliases. */
export const labelKey = (text: string): string => stripOrdinal(compact(text));
