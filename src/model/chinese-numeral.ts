const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 26 → 二十六: the ordinals of headings, list items and template rows (1–99; others as digits). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 100) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}
