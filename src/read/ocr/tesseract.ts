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

/** What tesseract's orientation detection (OSD) says of an image: the clockwise turn that puts it upright. */
export interface OsdResult {
  /** Degrees to turn the image clockwise: 0, 90, 180 or 270. */
  rotate: number;
  /** Tesseract's orientation confidence (not bounded; above about 2 it is seldom wrong). */
  confidence: number;
}

/** Parses `tesseract --psm 0` output; undefined when it has no answer. */
export function parseOsd(text: string): OsdResult | undefined {
  const rotate = /^Rotate:\s*(\d+)/m.exec(text);
  const confidence = /^Orientation confidence:\s*([\d.]+)/m.exec(text);
  if (!rotate || !confidence) return undefined;
  return { rotate: Number(rotate[1]) % 360, confidence: Number(confidence[1]) };
}

/**
 * Tesseract's orientation and script detection (psm 0, the osd model) over one image. Undefined when it finds too
 * little text to tell (tesseract then fails or prints no answer).
 */
export async function detectOrientation(tools: OcrTools, input: string, options: { dpi: number; timeoutMs: number }): Promise<OsdResult | undefined> {
  try {
    return parseOsd(await run(tools.tesseract, [input, 'stdout', '--psm', '0', '--dpi', String(options.dpi)], options.timeoutMs));
  } catch (error) {
    if (error instanceof Error && /too few characters|not enough/i.test(error.message)) return undefined;
    throw error;
  }
}
