// An upload's multipart body, read as it arrives. undici's formData() parses a whole body in one go on the main
// thread: 1.3 s for a 49 MB file on this machine, six at once held `/` for 7 s (BENCHMARKS.md, 恶意输入: 服务). A
// streaming parser (busboy) works one network chunk at a time, so other requests are answered between chunks,
// and it keeps the bytes of the first file only: the others of a refused request are counted by name and discarded.
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Busboy, type BusboyInstance } from '@fastify/busboy';

export interface UploadedParts {
  /** The names of every file sent in the field, in order. */
  names: string[];
  /** The first of them, whole unless it went over the size limit. */
  first?: { name: string; bytes: Uint8Array; tooLarge: boolean } | undefined;
}

/**
 * The bytes of a file part, copied in as each chunk arrives: a copy of the whole file at the end would hold the
 * event loop for as long as a 50 MB memcpy takes on a busy machine. Sized from the request's Content-Length (the
 * file is smaller), so it rarely grows.
 */
class GrowingBytes {
  #buffer: Uint8Array;
  #size = 0;
  constructor(expected: number) {
    this.#buffer = new Uint8Array(Math.max(expected, 64 * 1024));
  }
  push(chunk: Uint8Array): void {
    if (this.#size + chunk.length > this.#buffer.length) {
      const grown = new Uint8Array(Math.max(this.#size + chunk.length, this.#buffer.length * 2));
      grown.set(this.#buffer.subarray(0, this.#size));
      this.#buffer = grown;
    }
    this.#buffer.set(chunk, this.#size);
    this.#size += chunk.length;
  }
  /** A view of what arrived (the rest of the allocation: the multipart framing, and any part not kept). */
  bytes(): Uint8Array {
    return this.#buffer.subarray(0, this.#size);
  }
}

/** A body that is not valid multipart (no boundary, cut short, malformed headers). */
export class MalformedMultipartError extends Error {}

/** Reads the files of field `field` from a multipart/form-data request, keeping at most `maxBytes` of the first. */
export async function readUploadParts(request: Request, field: string, maxBytes: number): Promise<UploadedParts> {
  if (!request.body) throw new MalformedMultipartError('empty body');
  let parser: BusboyInstance;
  try {
    // The whole name as sent, "/" included: it is a label (routes/disclosures.ts), never a path here.
    parser = Busboy({ headers: { 'content-type': request.headers.get('content-type') ?? '' }, preservePath: true, limits: { fileSize: maxBytes } });
  } catch (e) {
    throw new MalformedMultipartError(e instanceof Error ? e.message : String(e));
  }
  const names: string[] = [];
  let first: Promise<UploadedParts['first']> | undefined;
  parser.on('file', (name, stream, filename) => {
    if (name !== field) return void stream.resume();
    names.push(filename);
    if (first) return void stream.resume();
    first = new Promise((resolve, reject) => {
      const bytes = new GrowingBytes(Math.min(maxBytes, Number(request.headers.get('content-length')) || 0));
      stream.on('data', (chunk: Buffer) => bytes.push(chunk));
      stream.once('error', reject);
      stream.once('end', () => resolve({ name: filename, bytes: bytes.bytes(), tooLarge: stream.truncated }));
    });
    // Awaited once the body has arrived; a failure before then is the body's, reported from there.
    first.catch(() => {});
  });
  const finished = new Promise<void>((resolve, reject) => {
    parser.once('finish', resolve);
    parser.once('error', (e: unknown) => reject(new MalformedMultipartError(e instanceof Error ? e.message : String(e))));
  });
  const body = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);
  // A body that fails while arriving (over the request size limit, a dropped connection) fails the reading with
  // its own error; the parser is told to stop.
  const arrived = new Promise<void>((resolve, reject) => {
    body.once('error', (e) => {
      parser.destroy();
      reject(e);
    });
    body.once('end', resolve);
  });
  body.pipe(parser);
  await Promise.all([arrived, finished]);
  return { names, first: await first };
}
