import { zipSync, type Zippable } from 'fflate';
import { UnsupportedFormatError } from '../../model/errors.js';
import type { Deadline } from '../deadline.js';
import { ZipArchive, type ZipLimits } from '../zip/zip-archive.js';

export interface XlsxPackageLimits {
  zip: ZipLimits;
  /** Cells (<c> elements in rows that hold a value) in the whole workbook. */
  maxCells: number;
}

export const WHAT = 'XLSX 工作簿';

// A row element, self-closing or with content; the prefix is whatever the producer bound the namespace to.
const ROW = /<((?:[\w.-]+:)?)row\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1row\s*>)/g;
const VALUE = /<(?:[\w.-]+:)?(?:v|is|f)\b/;
const CELL = /<(?:[\w.-]+:)?c\b/g;
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
/** SpreadsheetML parts the library parses by their unprefixed tag names. */
const XML_PART = /^xl\/(workbook|styles|sharedStrings|worksheets\/[^/]+)\.xml$/;
const MAIN_NS = /^http:\/\/(schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main|purl\.oclc\.org\/ooxml\/spreadsheetml\/main)$/;

/**
 * Producers built on the Open XML SDK write the SpreadsheetML namespace with a prefix (<x:worksheet>), which
 * exceljs does not understand: such a part is rewritten with the namespace as the default.
 */
export function unprefixSpreadsheetMl(xml: string): string {
  const root = /<([\w.-]+):(worksheet|workbook|styleSheet|sst)\b[^>]*>/.exec(xml);
  if (!root) return xml;
  const prefix = root[1]!.replace(/\./g, '\\.');
  const binding = new RegExp(`\\sxmlns:${prefix}\\s*=\\s*["']([^"']*)["']`).exec(root[0]);
  if (!binding || !MAIN_NS.test(binding[1]!) || /\sxmlns\s*=/.test(root[0])) return xml;
  return xml
    .replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1')
    .replace(new RegExp(`\\sxmlns:${prefix}(\\s*=)`), ' xmlns$1');
}

/**
 * A workbook package made safe to hand to a spreadsheet library that loads everything into memory: the ZIP is
 * read within limits (entry count, declared and actual sizes), rows without any value are removed from the
 * sheets (a sheet formatted down to row 1 048 576 holds a million of them), the remaining cells are counted
 * against a limit, and a fresh, uncompressed ZIP of the checked parts is returned.
 */
export function sanitizeXlsxPackage(file: string, bytes: Uint8Array, limits: XlsxPackageLimits, deadline: Deadline): Uint8Array {
  const zip = ZipArchive.open(file, bytes, WHAT, limits.zip);
  if (!zip.has('xl/workbook.xml')) throw new UnsupportedFormatError(file, `${WHAT}缺少 xl/workbook.xml（文件已损坏，或不是 Excel 工作簿）`);
  const parts: Zippable = {};
  let cells = 0;
  for (const name of zip.names()) {
    deadline.now();
    const data = zip.read(name)!;
    if (!XML_PART.test(name)) {
      parts[name] = [data, { level: 0 }];
      continue;
    }
    const xml = unprefixSpreadsheetMl(new TextDecoder('utf-8').decode(data));
    if (!SHEET_PART.test(name)) {
      parts[name] = [new TextEncoder().encode(xml), { level: 0 }];
      continue;
    }
    const pruned = xml.replace(ROW, (row, _prefix: string, content: string | undefined) => (content !== undefined && VALUE.test(content) ? row : ''));
    for (const _ of pruned.matchAll(CELL)) {
      if (++cells > limits.maxCells) {
        throw new UnsupportedFormatError(file, `${WHAT}的单元格超过 ${limits.maxCells.toLocaleString('en-US')} 个，超出决算表格的合理规模，已拒绝读取`);
      }
    }
    parts[name] = [new TextEncoder().encode(pruned), { level: 0 }];
  }
  deadline.now();
  return zipSync(parts);
}
