// The image-only PDF writer lives beside the OCR reader (built into dist/ for `npm run bench`); tests import it here.
export { imageOnlyPdf, jpegInfo, scanPdf, type ImagePage, type PageImage, type ScanLie } from '../../src/read/ocr/image-pdf.js';
