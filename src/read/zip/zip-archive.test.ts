import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TruncatedDocumentError, UnsupportedFormatError } from '../../model/errors.js';
import { streamedZip } from '../../../test/support/ooxml.js';
import { crc32 } from './crc32.js';
import { DEFAULT_ZIP_LIMITS, ZipArchive } from './zip-archive.js';

const sample = () => zipSync({ 'a.xml': [strToU8('<a>决算</a>'.repeat(100)), { level: 9 }], 'b/c.txt': [strToU8('stored'), { level: 0 }] });

describe('ZipArchive', () => {
  it('reads deflated and stored entries through the central directory', () => {
    const zip = ZipArchive.open('x.docx', sample(), 'DOCX 文档');
    expect(zip.names().sort()).toEqual(['a.xml', 'b/c.txt']);
    expect(zip.text('a.xml')).toBe('<a>决算</a>'.repeat(100));
    expect(zip.text('b/c.txt')).toBe('stored');
    expect(zip.read('missing')).toBeUndefined();
  });

  it('computes the ZIP CRC-32', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  });

  it('refuses a truncated file, naming it', () => {
    const bytes = sample();
    expect(() => ZipArchive.open('cut.docx', bytes.subarray(0, bytes.length - 30), 'DOCX 文档')).toThrow(TruncatedDocumentError);
    expect(() => ZipArchive.open('cut.docx', bytes.subarray(0, 40), 'DOCX 文档')).toThrow(/cut\.docx/);
  });

  it('refuses corrupted data by its CRC', () => {
    const bytes = zipSync({ 'a.txt': [strToU8('abcdefgh'), { level: 0 }] });
    const at = Buffer.from(bytes).indexOf('abcdefgh');
    bytes[at] = 'x'.charCodeAt(0);
    expect(() => ZipArchive.open('bad.xlsx', bytes, 'XLSX 工作簿').read('a.txt')).toThrow(/校验失败/);
  });

  it('checks entry count and declared sizes before inflating anything', () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}`, strToU8('x')])));
    expect(() => ZipArchive.open('many.xlsx', many, 'XLSX 工作簿', { ...DEFAULT_ZIP_LIMITS, maxEntries: 10 })).toThrow(/20 个压缩条目/);
    const big = zipSync({ 'a.xml': strToU8('a'.repeat(10_000)) });
    expect(() => ZipArchive.open('big.docx', big, 'DOCX 文档', { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 1000 })).toThrow(/压缩炸弹/);
    expect(() => ZipArchive.open('big.docx', big, 'DOCX 文档', { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 1000 })).toThrow(/解压后总大小/);
  });

  it('stops inflating an entry that expands past its declared size (a lying header)', () => {
    const bytes = streamedZip({ 'a.xml': function* () { for (let i = 0; i < 16; i++) yield new Uint8Array(1 << 20); } });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // shrink the declared size in the central directory to 1000 bytes
    const central = Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    view.setUint32(central + 24, 1000, true);
    // the refusal names the broken promise: inflating stopped at the declared size, not at the end of 16 MB
    expect(() => ZipArchive.open('liar.docx', bytes, 'DOCX 文档').read('a.xml')).toThrow(/超过其声明的大小/);
  });

  it('refuses encrypted entries', () => {
    const bytes = zipSync({ 'a.txt': strToU8('secret') });
    const central = Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes[central + 8] = bytes[central + 8]! | 1;
    expect(() => ZipArchive.open('locked.xlsx', bytes, 'XLSX 工作簿')).toThrow(UnsupportedFormatError);
    expect(() => ZipArchive.open('locked.xlsx', bytes, 'XLSX 工作簿')).toThrow(/加密/);
  });
});
