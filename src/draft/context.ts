// What every section writer needs: this year's facts, last year's (when given), the year and unit words, and
// the user's supplements. Section writers read facts only through here.
import type { Disclosure } from '../model/disclosure.js';
import { TERMS as T } from '../model/glossary.js';
import { FactBook } from './fact-book.js';
import type { DraftOptions } from './options.js';
import { gap, type Part } from './runs.js';

export class DraftContext {
  readonly book: FactBook;
  readonly prior: FactBook | undefined;

  constructor(
    readonly disclosure: Disclosure,
    readonly options: DraftOptions = {},
  ) {
    this.book = new FactBook(disclosure);
    this.prior = options.prior ? new FactBook(options.prior) : undefined;
  }

  get year(): number | undefined {
    return this.disclosure.document.year;
  }

  /** "2024年度", or 本年度 when the year is unknown. */
  get yearWords(): string {
    return this.year ? `${this.year}年度` : '本年度';
  }

  /** 本部门 or 本单位, as the package calls itself. */
  get self(): string {
    return this.disclosure.document.kind === T.unitFinalAccounts ? '本单位' : '本部门';
  }

  /** The package's money unit. */
  get unit(): string {
    return this.book.documentUnit;
  }

  /** The user's 主要原因 for `key`, else a visible gap. */
  reason(key: string): Part {
    // The sentence supplies its own full stop.
    const given = this.options.reasons?.[key]?.trim().replace(/[。；;.]+$/, '');
    return given ? given : gap('主要原因：请补充');
  }
}
