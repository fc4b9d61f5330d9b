import { UnsupportedFormatError } from '../../model/errors.js';
import type { Layout } from '../layout.js';
import { hasNegligibleText, readScannedPages, type OcrOptions } from '../ocr/scanned-pages.js';
import { OCR_PACKAGES } from '../ocr/tools.js';
import { pageBlocks } from './page-blocks.js';
import { assemble } from '../positioned-text/assemble.js';
import { DEFAULT_LIMITS, readPdfPages, type PdfLimits } from './pdf-document.js';

export { pageBlocks } from './page-blocks.js';

/**
 * Reads a PDF into a Layout. Per page: tables drawn with rules become grids, other text becomes lines, and runs
 * of column-aligned lines become grids too. A page without a text layer that a picture covers (a scan) is read
 * by OCR the same way, from its image; its table cells carry the OCR confidence. Across pages: page numbers and
 * repeated headers/footers are dropped, a table continued on the next page is joined, and wrapped lines are
 * joined into paragraphs. Sources are `{ page, bbox }` with the box in PDF units from the page's top-left corner.
 */
export async function readPdf(file: string, bytes: Uint8Array, limits: PdfLimits = DEFAULT_LIMITS, ocr: Partial<OcrOptions> = {}): Promise<Layout> {
  const contents = await readPdfPages(file, bytes, limits);
  const scanned = await readScannedPages(file, bytes, contents.filter(hasNegligibleText), ocr);
  if (contents.every((c) => c.runs.length === 0) && scanned.pages.length === 0) {
    throw new UnsupportedFormatError(
      file,
      scanned.unavailable
        ? `这是扫描件或图片 PDF：页面上没有文字层，需要先做文字识别（OCR），但本机无法识别：${scanned.unavailable}（请安装 ${OCR_PACKAGES}）`
        : 'PDF 页面上既没有文字层，也没有可识别的扫描图像',
    );
  }
  // Mixed documents: scanned pages come from OCR, the others keep their text layer.
  const byNumber = new Map(scanned.pages.map((p) => [p.number, p]));
  return { file, format: 'pdf', blocks: assemble(contents.map((c) => byNumber.get(c.number) ?? pageBlocks(c))) };
}
