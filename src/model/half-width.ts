// Digits typed in full width ("２０２４年度", "１２．３４万元") are the same digits. Mapping them to ASCII keeps every
// offset (one UTF-16 unit for one), so a position found in the mapped text points into the printed text.
const FULL_WIDTH = /[０-９．％]/g;
const HALF: Record<string, string> = { '．': '.', '％': '%' };

/** The text with full-width digits, full stop and percent sign written in ASCII, offsets unchanged. */
export function halfWidthDigits(text: string): string {
  return text.replace(FULL_WIDTH, (c) => HALF[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
