/** Labels of the simplified-Chinese encodings HTML pages declare; GB18030 decodes all of them. */
const GB = /^(gb2312|gbk|gb18030|x-gbk|gb_2312(-80)?|cp936|windows-936|euc-cn|csgb2312|iso-ir-58|chinese)$/i;

/** The charset a page declares in its first bytes: <meta charset>, <meta http-equiv content>, <?xml encoding?>. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return meta?.[1]?.toLowerCase();
}

/**
 * Decodes an HTML page: a BOM decides; otherwise bytes that are valid UTF-8 with non-ASCII text are UTF-8
 * (pages copied from templates often declare the wrong charset); otherwise the declared charset (gb2312 and
 * gbk as GB18030, their superset); otherwise GB18030, the usual encoding of older Chinese pages.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: fall through to the declared charset
  }
  const declared = declaredCharset(bytes);
  const label = declared === undefined || GB.test(declared) || /^utf-?8$/.test(declared) ? 'gb18030' : declared;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Whether bytes are an HTML page: after a BOM, whitespace, comments and an XML declaration, an HTML start. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let head: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) head = new TextDecoder('utf-16le').decode(bytes.subarray(2, 2050));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) head = new TextDecoder('utf-16be').decode(bytes.subarray(2, 2050));
  else head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const start = head
    .replace(/^(\ufeff|ï»¿)/, '')
    .replace(/^(\s|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*/, '');
  return /^<(!doctype\s+html|html|head|body)\b/i.test(start);
}
