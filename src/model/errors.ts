/**
 * Errors a user can cause (a wrong, broken or unsupported file). They carry a machine `code`, a Chinese
 * message that names the file, and the underlying `cause`; the CLI prints the message and exits 2.
 */
export class InputError extends Error {
  override readonly name: string = 'InputError';
  constructor(
    readonly code: string,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class UnreadableFileError extends InputError {
  override readonly name = 'UnreadableFileError';
  constructor(file: string, reason: string, cause?: unknown) {
    super('unreadable-file', file, `无法读取文件 ${file}：${reason}`, { cause });
  }
}

export class EmptyFileError extends InputError {
  override readonly name = 'EmptyFileError';
  constructor(file: string) {
    super('empty-file', file, `文件 ${file} 是空的，没有可读取的内容。`);
  }
}

export class UnsupportedFormatError extends InputError {
  override readonly name = 'UnsupportedFormatError';
  constructor(file: string, what: string) {
    super('unsupported-format', file, `文件 ${file} 的格式无法识别或暂不支持：${what}。`);
  }
}

export class NotADisclosureError extends InputError {
  override readonly name = 'NotADisclosureError';
  constructor(file: string, what: string) {
    super('not-a-disclosure', file, `文件 ${file} 不是部门决算公开文件：${what}。`);
  }
}

export class TruncatedDocumentError extends InputError {
  override readonly name = 'TruncatedDocumentError';
  constructor(file: string, what: string) {
    super('truncated-document', file, `文件 ${file} 不完整（可能被截断）：${what}。`);
  }
}

/** A file over one of the reading limits (bytes, parse nodes, layout size, pages, OCR pages, time). */
export class LimitExceededError extends InputError {
  override readonly name = 'LimitExceededError';
  constructor(file: string, what: string) {
    super('over-limit', file, `文件 ${file} 超过读取上限：${what}（真实的公开文件远小于此上限；如确需读取，请拆分文件）。`);
  }
}
