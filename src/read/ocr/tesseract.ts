import { run, type OcrTools } from './tools.js';

/** A word tesseract recognised: its text, its box in pixels and its confidence (0–1). */
export interface OcrWord {
  /** 1-based number of the image in a multi-image run (tesseract's page_num). */
  image: number;
  /** Block, paragraph and line numbers: words of one tesseract line share them. */
  line: string;
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  confidence: number;
}

/** Parses tesseract's TSV output, keeping the words (level 5) that have text. */
export function parseTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue;
    const text = f.slice(11).join('\t').trim();
    if (text === '') continue;
    const n = f.slice(1, 11).map(Number);
    if (n.some((v) => !Number.isFinite(v))) continue;
    const [image, block, paragraph, line, , left, top, width, height, confidence] = n as [number, number, number, number, number, number, number, number, number, number];
    words.push({ image, line: `${block}.${paragraph}.${line}`, text, left, top, width, height, confidence: Math.max(0, Math.min(1, confidence / 100)) });
  }
  return words;
}

export interface RecogniseOptions {
  /** Page segmentation mode: 6 a block of text (a page whose rulings were erased), 7 one line (a cell). */
  psm: number;
  /** Tesseract language models, e.g. 'chi_sim'. */
  lang: string;
  /** The images' resolution (PGM carries none). */
  dpi: number;
  /** Only these characters may be recognised (digits in a number cell). */
  whitelist?: string;
  timeoutMs: number;
}

/**
 * Runs tesseract once over an image, or over a list of images (a text file naming one per line: the model is
 * loaded once for all of them), and returns the words.
 */
export async function recognise(tools: OcrTools, input: string, options: RecogniseOptions): Promise<OcrWord[]> {
  const args = [input, 'stdout', '-l', options.lang, '--psm', String(options.psm), '--dpi', String(options.dpi)];
  if (options.whitelist) args.push('-c', `tessedit_char_whitelist=${options.whitelist}`);
  args.push('tsv');
  return parseTsv(await run(tools.tesseract, args, options.timeoutMs));
}
