/** Full-width characters (CJK ideographs, kana, full-width forms and punctuation) take one em, others about half. */
export function isWide(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000 ||
    ch === '—' ||
    ch === '“' ||
    ch === '”' ||
    ch === '…'
  );
}
