// Fuzzing every reader (issue 15): real-shaped documents in each format are mutated (bytes flipped, cut, spliced,
// repeated; for the Office formats also the XML inside the package) and each mutant goes through read → extract →
// audit. Whatever the bytes, the outcome is a result or a clean InputError; anything else fails, with the seed and
// the shrunk mutation that reproduce it. Each reader gets a bounded time, so the suite's length does not grow.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit/index.js';
import { extractDisclosure } from '../src/extract/index.js';
import { InputError } from '../src/model/errors.js';
import { readBytes } from '../src/read/index.js';
import { readText } from '../src/read/text-reader.js';
import { MINI_DISCLOSURE, MINI_DISCLOSURE_PATH } from './support/mini-disclosure.js';
import { buildPdf, text } from './support/pdf-builder.js';
import { corpusDocument, hasShared } from './support/shared-corpus.js';
import { writeDocx } from './support/write-docx.js';
import { writeHtml } from './support/write-html.js';
import { writeXlsx } from './support/write-xlsx.js';

/** Time each reader is fuzzed for; the run count is a ceiling that a fast reader may reach first. */
const TIME_PER_READER_MS = 12_000;
const MAX_RUNS = 400;

type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'cut'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: position }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 4096 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: position, length: fc.integer({ min: 1, max: 512 }), times: fc.integer({ min: 2, max: 64 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    // markup, numbers and Chinese as well as arbitrary bytes: mutants that still parse reach the extractor
    bytes: fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 64 }),
      fc.constantFrom('<', '>', '</td>', '<tr>', '&#0;', ']]>', '\u0000', '1,234.56', '-0.00', '合计', '一般公共预算', '\n', '\t', '  ').map((s) => strToU8(s)),
    ),
  }),
);

function mutate(seed: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = seed;
  for (const m of mutations) {
    const at = Math.floor(m.at * bytes.length);
    switch (m.kind) {
      case 'flip':
        bytes = bytes.slice();
        if (at < bytes.length) bytes[at] = m.value;
        break;
      case 'cut':
        bytes = bytes.subarray(0, at);
        break;
      case 'delete':
        bytes = concat(bytes.subarray(0, at), bytes.subarray(at + m.length));
        break;
      case 'repeat': {
        const piece = bytes.subarray(at, at + m.length);
        bytes = concat(bytes.subarray(0, at), ...Array.from({ length: m.times }, () => piece), bytes.subarray(at + m.length));
        break;
      }
      case 'insert':
        bytes = concat(bytes.subarray(0, at), m.bytes, bytes.subarray(at));
        break;
    }
  }
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
}

/** Mutates one part inside a ZIP package and packs it again, so the mutant passes the ZIP layer and reaches the XML. */
function mutatePart(zip: Uint8Array, part: string, mutations: readonly Mutation[]): Uint8Array {
  const parts: Record<string, Uint8Array> = unzipSync(zip);
  if (parts[part]) parts[part] = mutate(parts[part], mutations);
  return zipSync(parts);
}

/** Read, extract, audit: a result or an InputError; the error otherwise, for the property to fail on. */
async function analyse(file: string, bytes: Uint8Array): Promise<void> {
  try {
    audit(extractDisclosure(await readBytes(file, bytes)));
  } catch (error) {
    if (error instanceof InputError) {
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      return;
    }
    throw error;
  }
}

/** The mini disclosure printed on PDF pages, cells at fixed columns: the PDF reader's tables, small enough to fuzz fast. */
function miniPdf(): Uint8Array {
  const lines = MINI_DISCLOSURE.split('\n').slice(0, 240);
  const pages = [];
  for (let p = 0; p < lines.length; p += 60) {
    const ops = lines.slice(p, p + 60).flatMap((line, k) =>
      line
        .trim()
        .split(/\s{2,}/)
        .filter((cell) => cell !== '')
        .map((cell, c) => text(40 + c * 90, 40 + k * 12, cell, 8)),
    );
    pages.push({ ops });
  }
  return buildPdf(pages);
}

function fuzz(name: string, file: string, seed: () => Promise<Uint8Array> | Uint8Array, insidePart?: string): void {
  it(`${name}: every mutant is read or refused with a clean input error`, async () => {
    const bytes = await seed();
    await analyse(file, bytes); // the unmutated seed itself reads
    const details = await fc.check(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), async (mutations, inside) =>
        analyse(file, insidePart && inside ? mutatePart(bytes, insidePart, mutations) : mutate(bytes, mutations)),
      ),
      { numRuns: MAX_RUNS, interruptAfterTimeLimit: TIME_PER_READER_MS, markInterruptAsFailure: false },
    );
    console.log(`fuzz ${name}: ${details.numRuns} mutants, seed ${details.seed}`);
    if (details.failed) throw new Error(fc.defaultReportMessage(details));
  }, TIME_PER_READER_MS * 6);
}

describe('fuzzing the readers with mutated documents', () => {
  const layout = () => readText(MINI_DISCLOSURE_PATH, MINI_DISCLOSURE);
  fuzz('text', '变异.txt', () => strToU8(MINI_DISCLOSURE));
  fuzz('HTML', '变异.html', () => writeHtml(layout()));
  fuzz('DOCX', '变异.docx', () => writeDocx(layout()), 'word/document.xml');
  fuzz('XLSX', '变异.xlsx', () => writeXlsx(layout(), { split: 'single', numbers: 'text', borders: true }), 'xl/worksheets/sheet1.xml');
  fuzz('PDF', '变异.pdf', miniPdf);
  if (hasShared) fuzz('a real PDF', '变异真实.pdf', () => new Uint8Array(readFileSync(corpusDocument('shanghai-dept-final-template-2024'))));
});
