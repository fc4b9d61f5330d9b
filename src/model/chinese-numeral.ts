const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 26 → 二十六: the ordinals of headings, list items and template rows (1–99; others as digits). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 100) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** 一 → 1, 十 → 10, 二十六 → 26: the inverse of {@link chineseNumeral} for 1–99; undefined for anything else. */
export function chineseNumeralValue(text: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return undefined;
  const digit = (c: string | undefined) => (c ? DIGITS.indexOf(c) : 0);
  if (!m[2]) return m[3] ? undefined : digit(m[1]);
  return (m[1] ? digit(m[1]) : 1) * 10 + digit(m[3]);
}
