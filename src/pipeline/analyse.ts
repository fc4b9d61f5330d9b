// The one composition of the data flow (DESIGN.md §2): file → layout → Disclosure → findings. The CLI, the server
// and the queue workers call these (directly, or on the pool's threads) and nothing below them.
import { audit } from '../audit/index.js';
import { extractDisclosure } from '../extract/index.js';
import { combineParts } from '../extract/package-parts.js';
import type { Analysis } from '../model/analysis.js';
import type { Disclosure } from '../model/disclosure.js';
import { readBytes, readDocument } from '../read/index.js';
import type { Layout } from '../read/layout.js';

/** Read and extract one file. Throws an InputError when the file cannot be read or is not a disclosure. */
export async function extractFile(file: string): Promise<Disclosure> {
  return extractDisclosure(await readDocument(file));
}

/** Audit a disclosure already extracted (one combined from the files of a package). */
export const analyseDisclosure = (disclosure: Disclosure): Analysis => ({ disclosure, ...audit(disclosure) });

/** Audit the parts of one package (disclosures that complement each other) as one disclosure. */
export const analysePackage = (parts: readonly Disclosure[]): Analysis => analyseDisclosure(combineParts(parts));

/** Read, extract and audit one file. Throws as {@link extractFile}. */
export async function analyseFile(file: string): Promise<Analysis> {
  return analyseDisclosure(await extractFile(file));
}

/** Read, extract and audit bytes (an upload, a stored file); `name` is used for messages and the format's hints. */
export async function analyseBytes(name: string, bytes: Uint8Array): Promise<Analysis> {
  return analyseDisclosure(extractDisclosure(await readBytes(name, bytes)));
}

/** Only the reader (the source viewer re-reads stored originals). */
export const readLayout = (name: string, bytes: Uint8Array): Promise<Layout> => readBytes(name, bytes);
