/** What a table cell holds, as far as numbers go. */
export type CellValue = { kind: 'number'; value: string } | { kind: 'blank' } | { kind: 'dash' } | { kind: 'text' };

const GROUPED = /^-?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$/;
const PLAIN = /^-?\d+(?:\.\d+)?$/;
const DASH = /^[—–\-－―]+$/;

/** Parses a printed amount exactly: thousands separators removed, the decimals kept as printed. */
export function parseCell(text: string): CellValue {
  const t = text.replace(/[\s\u3000]+/g, '');
  if (t === '') return { kind: 'blank' };
  if (DASH.test(t)) return { kind: 'dash' };
  if (PLAIN.test(t)) return { kind: 'number', value: normaliseSign(t) };
  if (GROUPED.test(t)) return { kind: 'number', value: normaliseSign(t.replace(/[,，]/g, '')) };
  return { kind: 'text' };
}

function normaliseSign(value: string): string {
  return /^-0*(\.0*)?$/.test(value) ? value.slice(1) : value;
}

/**
 * Glyphs that stand for characters the source does not give: the replacement character (text that did not
 * decode), private-use code points (a PDF font without a Unicode map), control characters, and the boxes a copy
 * prints for a glyph it could not show.
 */
// eslint-disable-next-line no-control-regex -- control characters are among what it looks for
const ILLEGIBLE = /[\uFFFD\uE000-\uF8FF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u25A0-\u25AB\u25AF]/u;
const AMOUNT_CHARACTERS = /^[\d.,，\-−%]*$/u;

/**
 * A cell printing an amount some of whose characters cannot be read ("■■■.64", "�.00"): a number, but not one
 * to take or to drop as blank.
 */
export function isIllegibleAmount(text: string): boolean {
  const t = text.replace(/[\s\u3000]+/g, '');
  if (!ILLEGIBLE.test(t)) return false;
  return AMOUNT_CHARACTERS.test(t.replace(new RegExp(ILLEGIBLE.source, 'gu'), ''));
}

/** A printed row number such as "32" or "32.00" (seed 003) as an integer. */
export function parseRowNumber(text: string): number | undefined {
  const t = text.replace(/\s+/g, '');
  return /^\d+(\.0+)?$/.test(t) ? Number.parseInt(t, 10) : undefined;
}
