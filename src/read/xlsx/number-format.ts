import { Big } from 'big.js';

/**
 * Prints a number the way a spreadsheet displays it with the cell's number format, exactly: the value is
 * first taken to 15 significant digits (what Excel keeps, so 0.1 + 0.2 prints 0.3 and never float noise),
 * then rounded half away from zero to the format's decimals. Handles the formats tables use: General, 0,
 * 0.00, #,##0.00, percentages, literal text and padding ("0.00_ ", "#,##0.00元"), sections for negative
 * numbers and zero ("#,##0.00;-#,##0.00;"), colours and conditions. Dates and fractions print like General.
 */
export function formatNumber(value: number, format: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  const sections = splitSections(format ?? 'General');
  let section = sections[0] ?? 'General';
  let abs = false;
  if (value < 0 && sections.length >= 2) {
    section = sections[1]!;
    abs = true;
  } else if (value === 0 && sections.length >= 3) {
    section = sections[2]!;
  }
  const shown = abs ? -value : value;
  const body = stripDecorations(section);
  const bare = section.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  if (/^general$/i.test(body.placeholders) || /@/.test(bare) || /E[+-]|[0#?]\/[0#?\d]/i.test(bare)) return body.prefix + general(shown) + body.suffix;
  if (body.placeholders === '') {
    // a date or time format (the reader gets dates as dates; a number here prints as General), or a section of
    // literal text only ("-" for zero in accounting formats, or nothing)
    return /[ymdhs]/i.test(bare) ? general(value) : body.literalOnly;
  }
  return body.prefix + fixed(shown, body.placeholders, body.percent) + body.suffix;
}

/** General: up to 15 significant digits, trailing zeros dropped. */
export function general(value: number): string {
  if (value === 0) return '0';
  const exact = new Big(value.toPrecision(15));
  const text = exact.toFixed();
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function fixed(value: number, placeholders: string, percent: boolean): string {
  const [intPart = '', fracPart = ''] = placeholders.split('.');
  const minDecimals = (fracPart.match(/[0?]/g) ?? []).length;
  const maxDecimals = (fracPart.match(/[0#?]/g) ?? []).length;
  const grouping = /[0#?],+[0#?]/.test(intPart);
  // trailing commas after the last digit placeholder scale by thousands ("#,##0," shows thousands)
  const scale = /,+$/.exec(intPart)?.[0].length ?? 0;
  const minInteger = (intPart.match(/0/g) ?? []).length;

  let exact = new Big(value.toPrecision(15));
  if (percent) exact = exact.times(100);
  if (scale > 0) exact = exact.div(new Big(1000).pow(scale));
  let text = exact.toFixed(maxDecimals, Big.roundHalfUp);
  if (maxDecimals > minDecimals && text.includes('.')) {
    const [i, f = ''] = text.split('.');
    let frac = f;
    while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
    text = frac ? `${i}.${frac}` : `${i}`;
    if (maxDecimals > 0 && frac === '' && minDecimals === 0 && /\.$/.test(placeholders)) text += '.';
  }
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  const [whole = '', fraction] = text.split('.');
  let integer = whole;
  if (minInteger === 0 && integer === '0') integer = '';
  integer = integer.padStart(minInteger, '0');
  if (grouping) integer = integer.replace(/\B(?=(\d{3})+$)/g, ',');
  const out = fraction !== undefined ? `${integer}.${fraction}` : integer;
  // "-0.00" prints as 0.00 once rounded
  return negative && /[1-9]/.test(out) ? `-${out}` : out;
}

/** Splits a format into its ;-separated sections, ignoring ; inside quotes, brackets and escapes. */
function splitSections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      current += format.slice(i, stop + 1);
      i = stop;
    } else if (ch === '[') {
      const end = format.indexOf(']', i + 1);
      const stop = end < 0 ? format.length : end;
      current += format.slice(i, stop + 1);
      i = stop;
    } else if (ch === '\\') {
      current += format.slice(i, i + 2);
      i++;
    } else if (ch === ';') {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/**
 * A section split into literal text before the number, the digit placeholders, and literal text after it;
 * colours and conditions ([Red], [<=100]), padding (_x) and fill (*x) are dropped.
 */
function stripDecorations(section: string): { prefix: string; placeholders: string; suffix: string; percent: boolean; literalOnly: string } {
  let prefix = '';
  let placeholders = '';
  let suffix = '';
  let percent = false;
  let inNumber = false;
  let seenNumber = false;
  const literal = (s: string) => {
    if (seenNumber) suffix += s;
    else prefix += s;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      literal(section.slice(i + 1, stop));
      i = stop;
      inNumber = false;
      continue;
    }
    if (ch === '[') {
      const end = section.indexOf(']', i + 1);
      i = end < 0 ? section.length : end;
      continue;
    }
    if (ch === '\\') {
      literal(section[i + 1] ?? '');
      i++;
      inNumber = false;
      continue;
    }
    if (ch === '_' || ch === '*') {
      i++; // padding or fill character
      continue;
    }
    if (/[0#?.,]/.test(ch) && (inNumber || !seenNumber) && (ch !== ',' || inNumber)) {
      placeholders += ch;
      inNumber = true;
      seenNumber = true;
      continue;
    }
    if (/^general$/i.test(section.slice(i, i + 7))) {
      placeholders += section.slice(i, i + 7);
      i += 6;
      seenNumber = true;
      continue;
    }
    inNumber = false;
    if (ch === '%') percent = true;
    if (ch === '@') continue;
    literal(ch);
  }
  return { prefix, placeholders, suffix, percent, literalOnly: prefix + suffix };
}
