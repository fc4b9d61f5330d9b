import { Inflate } from 'fflate';
import { TruncatedDocumentError, UnsupportedFormatError } from '../../model/errors.js';
import { crc32 } from './crc32.js';

/** Bounds on what a ZIP container (DOCX, XLSX) may expand to. Checked before anything is inflated. */
export interface ZipLimits {
  maxEntries: number;
  /** Sum of the uncompressed sizes of all entries. */
  maxTotalBytes: number;
  /** Uncompressed size of one entry. */
  maxEntryBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 256 * 1024 * 1024,
  maxEntryBytes: 128 * 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_U32 = 0xffffffff;
/** Compressed bytes handed to the inflater at a time: one push can expand to at most ~1032× this. */
const CHUNK = 16 * 1024;

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/**
 * A ZIP container read from memory through its central directory. Entry count and declared sizes are checked
 * against the limits when it is opened; each entry is inflated on demand in small chunks, and an entry that
 * inflates past its declared size (a lying header, a zip bomb) or fails its CRC is refused.
 */
export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();

  private constructor(
    readonly file: string,
    private readonly bytes: Uint8Array,
    private readonly what: string,
  ) {}

  /** `what` names the format in messages ("DOCX 文档"). */
  static open(file: string, bytes: Uint8Array, what: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
    const zip = new ZipArchive(file, bytes, what);
    zip.readDirectory(limits);
    return zip;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name);
  }

  /** The entry's bytes, or undefined when the container has no such entry. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const data = this.dataOf(entry);
    let out: Uint8Array;
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) this.corrupt(`「${name}」的大小记录不一致`);
      out = data;
    } else if (entry.method === 8) {
      out = this.inflate(entry, data);
    } else {
      throw new UnsupportedFormatError(this.file, `${this.what}使用了不支持的压缩方式（${entry.method}）`);
    }
    if (crc32(out) !== entry.crc) this.corrupt(`「${name}」校验失败`);
    return out;
  }

  /** The entry as UTF-8 text (OOXML parts are UTF-8; a UTF-16 part carries a BOM). */
  text(name: string): string | undefined {
    const bytes = this.read(name);
    if (!bytes) return undefined;
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    return new TextDecoder('utf-8').decode(bytes);
  }

  private readDirectory(limits: ZipLimits): void {
    const b = this.bytes;
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const u16 = (at: number) => view.getUint16(at, true);
    const u32 = (at: number) => view.getUint32(at, true);
    const u64 = (at: number) => Number(view.getBigUint64(at, true));

    let eocd = -1;
    for (let at = b.length - 22; at >= 0 && at >= b.length - 22 - 65535; at--) {
      if (u32(at) === EOCD) {
        eocd = at;
        break;
      }
    }
    if (eocd < 0) {
      throw new TruncatedDocumentError(this.file, `${this.what}的 ZIP 目录缺失（文件可能下载不完整或已损坏）`);
    }
    let count = u16(eocd + 10);
    let directorySize = u32(eocd + 12);
    let directoryOffset = u32(eocd + 16);
    if ((count === 0xffff || directoryOffset === MAX_U32 || directorySize === MAX_U32) && eocd >= 20 && u32(eocd - 20) === ZIP64_LOCATOR) {
      const at = u64(eocd - 12);
      if (at + 56 > b.length || u32(at) !== ZIP64_EOCD) this.corrupt('ZIP64 目录损坏');
      count = u64(at + 32);
      directorySize = u64(at + 40);
      directoryOffset = u64(at + 48);
    }
    if (directoryOffset + directorySize > b.length) {
      throw new TruncatedDocumentError(this.file, `${this.what}的 ZIP 目录指向文件末尾之外（文件可能被截断）`);
    }
    if (count > limits.maxEntries) {
      throw new UnsupportedFormatError(this.file, `${this.what}包含 ${count} 个压缩条目，超过上限 ${limits.maxEntries}（疑似恶意构造的压缩包）`);
    }

    let total = 0;
    let at = directoryOffset;
    const decoder = new TextDecoder('utf-8');
    for (let i = 0; i < count; i++) {
      if (at + 46 > b.length || u32(at) !== CENTRAL) this.corrupt('ZIP 目录条目损坏');
      const flags = u16(at + 8);
      const method = u16(at + 10);
      const crc = u32(at + 16);
      let compressedSize = u32(at + 20);
      let size = u32(at + 24);
      const nameLength = u16(at + 28);
      const extraLength = u16(at + 30);
      const commentLength = u16(at + 32);
      let localHeader = u32(at + 42);
      const end = at + 46 + nameLength + extraLength + commentLength;
      if (end > b.length) this.corrupt('ZIP 目录条目损坏');
      const name = decoder.decode(b.subarray(at + 46, at + 46 + nameLength));
      // ZIP64 extra field: the 64-bit values, in this order, for the fields that are 0xffffffff
      for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; ) {
        const id = u16(x);
        const length = u16(x + 2);
        if (id === 0x0001) {
          let y = x + 4;
          const fieldEnd = x + 4 + length;
          if (size === MAX_U32 && y + 8 <= fieldEnd) {
            size = u64(y);
            y += 8;
          }
          if (compressedSize === MAX_U32 && y + 8 <= fieldEnd) {
            compressedSize = u64(y);
            y += 8;
          }
          if (localHeader === MAX_U32 && y + 8 <= fieldEnd) localHeader = u64(y);
        }
        x += 4 + length;
      }
      if (flags & 0x1) throw new UnsupportedFormatError(this.file, `${this.what}已加密（设置了打开密码），请先去掉密码再导入`);
      if (size > limits.maxEntryBytes) this.bomb(`条目「${name}」解压后 ${mb(size)}，单个条目上限为 ${mb(limits.maxEntryBytes)}`);
      total += size;
      if (total > limits.maxTotalBytes) this.bomb(`解压后总大小超过 ${mb(limits.maxTotalBytes)}`);
      if (!name.endsWith('/')) this.entries.set(name.replace(/^\/+/, ''), { name, method, flags, crc, compressedSize, size, localHeader });
      at = end;
    }
  }

  private dataOf(entry: ZipEntry): Uint8Array {
    const b = this.bytes;
    const at = entry.localHeader;
    if (at + 30 > b.length) this.truncated(entry.name);
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    if (view.getUint32(at, true) !== LOCAL) this.corrupt(`「${entry.name}」的本地文件头损坏`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + entry.compressedSize > b.length) this.truncated(entry.name);
    return b.subarray(start, start + entry.compressedSize);
  }

  private inflate(entry: ZipEntry, data: Uint8Array): Uint8Array {
    const out = new Uint8Array(entry.size);
    let length = 0;
    let done = false;
    const inflater = new Inflate((chunk, final) => {
      if (length + chunk.length > out.length) this.bomb(`条目「${entry.name}」解压后超过其声明的大小 ${mb(entry.size)}`);
      out.set(chunk, length);
      length += chunk.length;
      if (final) done = true;
    });
    try {
      for (let at = 0; at < data.length && !done; at += CHUNK) {
        inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof UnsupportedFormatError) throw error;
      this.corrupt(`「${entry.name}」的压缩数据损坏（${(error as Error).message}）`);
    }
    if (length !== entry.size) this.corrupt(`「${entry.name}」解压后的大小与记录不符`);
    return out;
  }

  private corrupt(what: string): never {
    throw new UnsupportedFormatError(this.file, `${this.what}已损坏：${what}`);
  }

  private truncated(name: string): never {
    throw new TruncatedDocumentError(this.file, `${this.what}中「${name}」的数据超出文件末尾`);
  }

  private bomb(what: string): never {
    throw new UnsupportedFormatError(this.file, `${this.what}${what}（疑似压缩炸弹），已拒绝读取`);
  }
}
