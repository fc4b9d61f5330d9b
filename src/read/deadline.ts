import { UnsupportedFormatError } from '../model/errors.js';

/**
 * A time budget for reading one file. Readers call `check()` in their loops, so a hostile or pathological
 * file ends with a clear message instead of running on.
 */
export class Deadline {
  private readonly end: number;
  private calls = 0;

  constructor(
    readonly file: string,
    readonly milliseconds: number,
  ) {
    this.end = Date.now() + milliseconds;
  }

  /** Throws once the budget is spent; cheap enough to call per element (the clock is read every 1024 calls). */
  check(): void {
    if ((++this.calls & 1023) !== 0) return;
    this.now();
  }

  /** Reads the clock now (before and after a long step that cannot be interrupted). */
  now(): void {
    if (Date.now() > this.end) {
      throw new UnsupportedFormatError(this.file, `文件结构过于复杂，读取超过 ${Math.round(this.milliseconds / 1000)} 秒仍未完成，已停止`);
    }
  }
}
