/**
 * Errors of the renderers. Like the input errors of src/model/errors.ts they carry a machine `code` and a Chinese
 * message a user can act on; the CLI prints the message (never a stack trace).
 */
export class RenderError extends Error {
  override readonly name: string = 'RenderError';
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** PDF output needs a Chromium browser on the machine; none was found or it would not start. */
export class ChromiumUnavailableError extends RenderError {
  override readonly name = 'ChromiumUnavailableError';
  constructor(
    readonly executablePath: string,
    reason: string,
    cause?: unknown,
  ) {
    super(
      'chromium-unavailable',
      `无法生成 PDF：${reason}。PDF 由 Chromium 浏览器排版打印，请安装（Debian/Ubuntu：apt-get install chromium fonts-noto-cjk），或用环境变量 JUESUAN_CHROMIUM 指定浏览器路径（当前：${executablePath}）。`,
      { cause },
    );
  }
}

/** A fact the standard table layout has no cell for; printing without it would silently drop a number. */
export class UnplacedFactsError extends RenderError {
  override readonly name = 'UnplacedFactsError';
  constructor(table: string, keys: string[]) {
    super('unplaced-facts', `「${table}」中有 ${keys.length} 个数字在标准表样中没有对应的格子（${keys.slice(0, 5).join('；')}${keys.length > 5 ? '……' : ''}），为避免遗漏数字，未生成文件。`);
  }
}
