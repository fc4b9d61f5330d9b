import { intVal, isW, wChild, wOnOff, wVal } from './wordml.js';
import { isElement, type XmlElement } from '../xml/xml-tree.js';

interface Style {
  name: string;
  basedOn?: string;
  /** w:outlineLvl: 0–8 a heading level − 1, 9 body text. */
  outline?: number;
  bold?: boolean;
  /** List numbering linked to the style (w:pPr/w:numPr), as headings often are. */
  numbering?: { numId: string; level: number };
}

// Word's built-in heading style names, as stored in styles.xml whatever the UI language ("heading 1"), and
// names Chinese templates give their own styles ("标题 1", "标题1").
const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/i;
const TITLE_NAME = /^(?:title|标题)$/i;

/** Paragraph and character styles of a DOCX (word/styles.xml), resolved through their basedOn chains. */
export class DocxStyles {
  private readonly styles = new Map<string, Style>();
  private defaultParagraph: string | undefined;

  constructor(root?: XmlElement) {
    if (!root) return;
    for (const s of root.children) {
      if (!isElement(s) || !isW(s, 'style')) continue;
      const id = s.attrs['styleId'];
      if (!id) continue;
      const style: Style = { name: (wVal(s, 'name') ?? id).trim() };
      const basedOn = wVal(s, 'basedOn');
      if (basedOn) style.basedOn = basedOn;
      const outline = wVal(wChild(s, 'pPr'), 'outlineLvl');
      if (outline !== undefined) style.outline = intVal(outline, 9);
      const numPr = wChild(wChild(s, 'pPr'), 'numPr');
      const numId = wVal(numPr, 'numId');
      if (numId !== undefined) style.numbering = { numId, level: intVal(wVal(numPr, 'ilvl'), 0) };
      const bold = wOnOff(wChild(s, 'rPr'), 'b');
      if (bold !== undefined) style.bold = bold;
      this.styles.set(id, style);
      if (s.attrs['type'] === 'paragraph' && ['1', 'true', 'on'].includes(s.attrs['default'] ?? '')) this.defaultParagraph = id;
    }
  }

  /** The heading level (1–9) a paragraph style gives, through outline levels or heading style names. */
  heading(styleId: string | undefined): number | undefined {
    for (const style of this.chain(styleId ?? this.defaultParagraph)) {
      if (style.outline !== undefined) return style.outline >= 0 && style.outline <= 8 ? style.outline + 1 : undefined;
      const named = HEADING_NAME.exec(style.name);
      if (named) return Number(named[1]);
      if (TITLE_NAME.test(style.name)) return 1;
    }
    return undefined;
  }

  /** Whether a style (paragraph or character) makes its text bold, if it says. */
  bold(styleId: string | undefined): boolean | undefined {
    for (const style of this.chain(styleId)) if (style.bold !== undefined) return style.bold;
    return undefined;
  }

  /** The list numbering a paragraph style links to, if any (the nearest in its chain). */
  numbering(styleId: string | undefined): { numId: string; level: number } | undefined {
    for (const style of this.chain(styleId ?? this.defaultParagraph)) if (style.numbering) return style.numbering;
    return undefined;
  }

  paragraphStyle(styleId: string | undefined): string | undefined {
    return styleId ?? this.defaultParagraph;
  }

  private *chain(styleId: string | undefined): Generator<Style> {
    const seen = new Set<string>();
    let id = styleId;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const style = this.styles.get(id);
      if (!style) return;
      yield style;
      id = style.basedOn;
    }
  }
}
