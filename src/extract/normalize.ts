import { memoizeText } from '../model/text-memo.js';

/** The characters compact replaces or removes (\s includes the ideographic space U+3000). */
const CHANGED_BY_COMPACT = /[\s():"]/;

/**
 * Text normalisation for matching printed labels: whitespace removed (cells wrap inside names),
 * half-width brackets and colons made full-width, as the standard templates print them. Memoised: called for every
 * label, alias, cell and line many times over.
 */
export function compact(text: string): string {
  // text it would not change (most labels and cells) comes back at once; the rest is worked out once
  return CHANGED_BY_COMPACT.test(text) ? changed(text) : text;
}

const changed = memoizeText((text: string): string =>
  text
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/"(.*?)"/g, '“$1”'),
);

const ORDINAL = /^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十\d]+）|\d+(?:\.\d+)?[、.．](?!\d)|[①-⑳])/;

/** Removes a leading ordinal such as 一、 （一） 1. so a label can be matched ("九、卫生健康支出" → "卫生健康支出"). */
export function stripOrdinal(label: string): string {
  return label.replace(ORDINAL, '');
}

/** compact + stripOrdinal: the key under which printed labels are compared with template aliases. */
export const labelKey = (text: string): string => stripOrdinal(compact(text));
