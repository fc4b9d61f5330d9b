import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Tests that drive an external program (tesseract, LibreOffice, chromium, pdftotext, a PostgreSQL server of their own) or a
 * browser, or read the seventeen real budget PDFs, and the injection sweeps (every printed number of the seeds
 * changed once, each change a full read → extract → audit: about a thousand analyses, 40 s of CPU). They form the
 * `slow` project; everything else is `fast` (`npm run test:fast`: unit tests and the text corpora).
 * `npm test` runs both.
 */
const SLOW = [
  'test/*-injection.test.ts',
  'test/browser/**/*.test.ts',
  'test/ocr-*.test.ts',
  'test/render-*.test.ts',
  'test/*-roundtrip.test.ts',
  'test/queue-*.test.ts',
  'test/server-database-down.test.ts',
  'test/pdftotext-copies.test.ts',
  'test/layout-corpus-binary.test.ts',
  'test/budget-corpus.test.ts',
  'test/cross-document-corpus.test.ts',
  'test/budget-packages.test.ts',
  'test/hostile-*.test.ts',
  'test/fuzz-*.test.ts',
  'src/read/ocr/**/*.test.ts',
  'src/read/legacy/**/*.test.ts',
  'src/read/office-formats.test.ts',
];

export default defineConfig({
  test: {
    pool: 'threads',
    testTimeout: 30000,
    projects: [
      // One test thread per core: vitest's default (cores − 1) leaves one of two cores idle, and the main process
      // mostly waits (`npm run test:fast` 105 s → 88 s on 2 cores).
      {
        extends: true,
        test: {
          name: 'fast',
          isolate: false,
          maxWorkers: availableParallelism(),
          // Projects with their own thread counts run one after the other: the fast ones first.
          sequence: { groupOrder: 0 },
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: SLOW,
        },
      },
      // A browser flow uploads and audits real documents and prints PDFs: seconds each on a loaded machine.
      { extends: true, test: { name: 'slow', include: SLOW, testTimeout: 120_000, sequence: { groupOrder: 1 } } },
    ],
  },
});
