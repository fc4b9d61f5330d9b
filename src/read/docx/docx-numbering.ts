import { chineseNumeral } from '../../model/chinese-numeral.js';
import { isElement, type XmlElement } from '../xml/xml-tree.js';
import { intVal, isW, wChild, wChildren, wVal } from './wordml.js';

interface Level {
  start: number;
  format: string;
  text: string;
}

const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter printed in a w:numFmt. */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographDigital':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseNumeral(n);
    case 'ideographTraditional':
      return HEAVENLY_STEMS[n - 1] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/**
 * Automatic list numbers (word/numbering.xml). Chinese documents number their headings this way ("一、",
 * "（一）"), so the printed text only shows them when they are rendered.
 */
export class DocxNumbering {
  /** numId → its levels (the abstract definition with the instance's overrides). */
  private readonly lists = new Map<string, { abstractId: string; levels: Map<number, Level>; starts: Map<number, number> }>();
  private readonly counters = new Map<string, number[]>();

  constructor(root?: XmlElement) {
    if (!root) return;
    const abstracts = new Map<string, Map<number, Level>>();
    for (const a of root.children) {
      if (!isElement(a) || !isW(a, 'abstractNum')) continue;
      const levels = new Map<number, Level>();
      for (const lvl of wChildren(a, 'lvl')) {
        levels.set(intVal(lvl.attrs['ilvl'], 0), {
          start: intVal(wVal(lvl, 'start'), 1),
          format: wVal(lvl, 'numFmt') ?? 'decimal',
          text: wVal(lvl, 'lvlText') ?? '',
        });
      }
      abstracts.set(a.attrs['abstractNumId'] ?? '', levels);
    }
    for (const n of root.children) {
      if (!isElement(n) || !isW(n, 'num')) continue;
      const abstractId = wVal(n, 'abstractNumId') ?? '';
      const starts = new Map<number, number>();
      for (const o of wChildren(n, 'lvlOverride')) {
        const start = wVal(o, 'startOverride');
        if (start !== undefined) starts.set(intVal(o.attrs['ilvl'], 0), intVal(start, 1));
      }
      this.lists.set(n.attrs['numId'] ?? '', { abstractId, levels: abstracts.get(abstractId) ?? new Map(), starts });
    }
  }

  /** The number label of the next paragraph of list `numId` at `level` ("一、"), advancing the counters. */
  next(numId: string, level: number): string {
    const list = this.lists.get(numId);
    if (!list || numId === '0') return '';
    // Instances of one abstract list without their own start continue one another, as Word numbers them.
    const key = list.starts.size > 0 ? `num:${numId}` : `abstract:${list.abstractId}`;
    const counters = this.counters.get(key) ?? [];
    const start = (l: number) => list.starts.get(l) ?? list.levels.get(l)?.start ?? 1;
    counters[level] = counters[level] === undefined ? start(level) : counters[level] + 1;
    counters.length = level + 1; // deeper levels restart
    this.counters.set(key, counters);
    const lvl = list.levels.get(level);
    if (!lvl || lvl.format === 'bullet') return '';
    return lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const value = counters[l] ?? start(l);
      return formatCounter(value, list.levels.get(l)?.format ?? 'decimal');
    });
  }
}

/** The paragraph's own list numbering (w:pPr/w:numPr). */
export function paragraphNumbering(pPr: XmlElement | undefined): { numId: string; level: number } | undefined {
  const numPr = wChild(pPr, 'numPr');
  const numId = wVal(numPr, 'numId');
  return numId === undefined ? undefined : { numId, level: intVal(wVal(numPr, 'ilvl'), 0) };
}
