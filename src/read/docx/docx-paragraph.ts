import type { Deadline } from '../deadline.js';
import { isElement, type XmlElement } from '../xml/xml-tree.js';
import { paragraphNumbering, type DocxNumbering } from './docx-numbering.js';
import type { DocxStyles } from './docx-styles.js';
import { isW, wChild, wOnOff, wVal } from './wordml.js';

export interface DocxContext {
  styles: DocxStyles;
  numbering: DocxNumbering;
  deadline: Deadline;
}

/** A paragraph's visible text, split at line and page breaks; tabs kept as '\t'. */
export interface ParagraphText {
  lines: string[];
  /** Every visible character is bold. */
  bold: boolean;
  heading?: number;
}

// Content that is not printed text of the paragraph: properties, deleted or moved-away text, field
// instructions (the TOC field's `TOC \o "1-3"`), drawings and text boxes, note and comment marks.
const SKIP = new Set(['pPr', 'rPr', 'del', 'moveFrom', 'instrText', 'delText', 'drawing', 'pict', 'object', 'footnoteReference', 'endnoteReference', 'commentReference', 'fldData']);
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Reads a w:p: its text (with the list number Word prints before it), bold and heading level. */
export function readParagraph(p: XmlElement, ctx: DocxContext): ParagraphText {
  const pPr = wChild(p, 'pPr');
  const styleId = ctx.styles.paragraphStyle(wVal(pPr, 'pStyle'));
  const paragraphBold = ctx.styles.bold(styleId) ?? false;
  const lines: string[] = [''];
  let visible = 0;
  let boldVisible = 0;

  const append = (text: string, bold: boolean) => {
    lines[lines.length - 1] += text;
    const count = text.replace(/\s/g, '').length;
    visible += count;
    if (bold) boldVisible += count;
  };

  const visit = (e: XmlElement, bold: boolean) => {
    ctx.deadline.check();
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (c.uri === MC || SKIP.has(c.name)) continue;
      if (!isW(c, c.name)) continue;
      switch (c.name) {
        case 'r': {
          const rPr = wChild(c, 'rPr');
          const runBold = wOnOff(rPr, 'b') ?? ctx.styles.bold(wVal(rPr, 'rStyle')) ?? paragraphBold;
          if (wOnOff(rPr, 'vanish')) break; // hidden text
          visit(c, runBold);
          break;
        }
        case 't':
          append(c.children.filter((x): x is string => typeof x === 'string').join(''), bold);
          break;
        case 'tab':
        case 'ptab':
          append('\t', bold);
          break;
        case 'br':
        case 'cr':
          lines.push('');
          break;
        case 'noBreakHyphen':
          append('-', bold);
          break;
        default:
          // hyperlinks, smart tags, simple fields, inserted runs, content controls: their runs are text
          visit(c, bold);
      }
    }
  };
  visit(p, paragraphBold);

  const own = paragraphNumbering(pPr);
  const numbering = own ?? ctx.styles.numbering(styleId);
  if (numbering && visible > 0) {
    const label = ctx.numbering.next(numbering.numId, numbering.level);
    if (label) lines[0] = label + lines[0]!.replace(/^\s+/, '');
  }

  const outline = wVal(pPr, 'outlineLvl');
  let heading = outline === undefined ? ctx.styles.heading(styleId) : Number(outline) + 1;
  if (heading !== undefined && !(heading >= 1 && heading <= 9)) heading = undefined;
  const result: ParagraphText = { lines, bold: visible > 0 && boldVisible === visible };
  if (heading !== undefined) result.heading = heading;
  return result;
}
