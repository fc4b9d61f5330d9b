/**
 * Decodes bytes that should be text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (older Chinese
 * exports). Returns undefined when the bytes are not plausibly text.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return plausible(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return plausible(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  if (bytes.includes(0)) return undefined;
  try {
    return plausible(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    try {
      return plausible(new TextDecoder('gb18030', { fatal: true }).decode(bytes));
    } catch {
      return undefined;
    }
  }
}

// Random bytes can decode as GB18030; real text has few control characters and many CJK or ASCII letters.
function plausible(text: string): string | undefined {
  const sample = text.slice(0, 20000);
  let control = 0;
  let readable = 0;
  for (const ch of sample) {
    const code = ch.codePointAt(0)!;
    if ((code < 0x20 && ch !== '\n' && ch !== '\r' && ch !== '\t') || code === 0xfffd || (code >= 0x7f && code < 0xa0)) control++;
    else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x20 && code < 0x7f) || ch === '\n' || ch === '\t' || ch === '\r' || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef)) readable++;
  }
  const total = [...sample].length;
  if (total === 0) return text;
  return control / total < 0.01 && readable / total > 0.85 ? text : undefined;
}
