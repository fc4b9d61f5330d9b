import { styleText } from 'node:util';

export type StyleFormat = Parameters<typeof styleText>[0];

/** Colours text, or returns it unchanged when colour is off. */
export type Paint = (format: StyleFormat, text: string) => string;

export const makePaint =
  (color: boolean): Paint =>
  (format, text) =>
    color ? styleText(format, text, { validateStream: false }) : text;

export const plain: Paint = makePaint(false);

/**
 * Colour only on a terminal and when NO_COLOR is unset (no-color.org); FORCE_COLOR wins either way
 * (FORCE_COLOR=0 or false turns colour off).
 */
export function colorEnabled(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY && env.TERM !== 'dumb';
}

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Pad to a display width (left-aligned, or right-aligned for numbers). */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** Lay out rows as aligned columns; the last column is not padded. */
export function columns(rows: readonly (readonly string[])[], align: readonly ('left' | 'right')[] = [], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => (i === row.length - 1 && align[i] !== 'right' ? cell : pad(cell, widths[i] ?? 0, align[i])))
        .join('  '),
  );
}
