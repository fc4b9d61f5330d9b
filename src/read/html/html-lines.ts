import type { Deadline } from '../deadline.js';
import { BLOCK, isBoldElement, isHtmlElement, isInvisible, type HtmlElement, type HtmlNode } from './html-dom.js';

/** One rendered line of text. */
export interface HtmlLine {
  text: string;
  bold: boolean;
  heading?: number;
}

export interface LineSink {
  line(line: HtmlLine): void;
  /** A table met in the flow; when absent, tables are read as lines like any other content. */
  table?(table: HtmlElement): void;
}

const HEADING = /^h([1-6])$/;
// HTML collapses runs of white space, and &nbsp; is used for spacing in these pages.
const SPACE = /[ \t\n\r\f\u00a0]+/g;

/**
 * Renders the content of an element as lines the way a browser breaks them: block elements and <br> end a line,
 * white space collapses (except in <pre>), hidden content is left out. Bold when every visible character is.
 */
export class LineCollector {
  private parts: string[] = [];
  private chars = 0;
  private boldChars = 0;
  private heading: number | undefined;

  constructor(
    private readonly sink: LineSink,
    private readonly deadline: Deadline,
  ) {}

  collect(node: HtmlNode, bold = false, pre = false, depth = 0): void {
    this.deadline.check();
    if (node.nodeName === '#text') {
      const raw = (node as { value: string }).value;
      const text = pre ? raw.replace(/\u00a0/g, ' ') : raw.replace(SPACE, ' ');
      if (pre && text.includes('\n')) {
        text.split(/\r\n|\r|\n/).forEach((piece, i) => {
          if (i > 0) this.flush();
          this.append(piece, bold);
        });
      } else this.append(text, bold);
      return;
    }
    if (!isHtmlElement(node) || isInvisible(node) || depth > 400) return;
    const tag = node.tagName;
    if (tag === 'br') {
      this.flush();
      return;
    }
    if (tag === 'table' && this.sink.table) {
      this.flush();
      this.sink.table(node);
      return;
    }
    const level = HEADING.exec(tag);
    const block = BLOCK.has(tag);
    if (block) this.flush();
    if (level) this.heading = Number(level[1]);
    const childBold = bold || isBoldElement(node);
    const childPre = pre || tag === 'pre' || tag === 'xmp' || tag === 'listing' || tag === 'textarea';
    const children = tag === 'template' ? [] : node.childNodes;
    for (const child of children) this.collect(child, childBold, childPre, depth + 1);
    if (block) this.flush();
    if (level) this.heading = undefined;
  }

  /** Ends the line being collected, if it has text. */
  flush(): void {
    const text = this.parts.join('').replace(/[ ]{2,}/g, ' ').trim();
    if (text !== '') {
      const line: HtmlLine = { text, bold: this.chars > 0 && this.boldChars === this.chars };
      if (this.heading !== undefined) line.heading = this.heading;
      this.sink.line(line);
    }
    this.parts = [];
    this.chars = 0;
    this.boldChars = 0;
  }

  private append(text: string, bold: boolean): void {
    if (text === '') return;
    this.parts.push(text);
    const count = text.replace(/\s/g, '').length;
    this.chars += count;
    if (bold) this.boldChars += count;
  }
}
