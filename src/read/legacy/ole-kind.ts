/** The OLE compound-file signature of legacy Office files (.xls, .doc, .ppt). */
export const isOle = (b: Uint8Array): boolean => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 && b[4] === 0xa1 && b[5] === 0xb1 && b[6] === 0x1a && b[7] === 0xe1;

const STREAMS: [string, 'xls' | 'doc' | 'ppt'][] = [
  ['Workbook', 'xls'],
  ['Book', 'xls'], // Excel 5/95
  ['WordDocument', 'doc'],
  ['PowerPoint Document', 'ppt'],
];

/**
 * What a legacy Office file holds, by the main stream its directory names: Excel's "Workbook" ("Book" before
 * Excel 97), Word's "WordDocument", PowerPoint's "PowerPoint Document". Directory entries are 128 bytes with
 * the UTF-16 name first; the main stream comes right after the root entry, before the streams of embedded
 * objects (a Word file holding an Excel chart names "Workbook" too, further on).
 */
export function oleKind(bytes: Uint8Array): 'xls' | 'doc' | 'ppt' | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const root = b.indexOf(Buffer.from('Root Entry', 'utf16le'));
  if (root >= 0) {
    for (let at = root + 128; at + 128 <= b.length && at < root + 128 * 64; at += 128) {
      const length = b.readUInt16LE(at + 64);
      if (length < 2 || length > 64) continue;
      const name = b.toString('utf16le', at, at + length - 2);
      const found = STREAMS.find(([stream]) => stream === name);
      if (found) return found[1];
    }
  }
  for (const [stream, kind] of STREAMS) if (b.includes(Buffer.from(`${stream}\0`, 'utf16le'))) return kind;
  return undefined;
}
