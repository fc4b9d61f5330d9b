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

/** A printed row number such as "32" or "32.00" (seed 003) as an integer. */
export function parseRowNumber(text: string): number | undefined {
  const t = text.replace(/\s+/g, '');
  return /^\d+(\.0+)?$/.test(t) ? Number.parseInt(t, 10) : undefined;
}
