// The layouts the source viewer reads, re-read from a disclosure's stored original with the project's readers
// and kept for the next click: a reviewer usually opens several sources of the same document in a row.
import type { Layout } from '../read/layout.js';
import { readBytes } from '../read/index.js';
import type { StoredFile } from '../store/repository.js';

export type ReadLayout = (name: string, bytes: Uint8Array) => Promise<Layout>;

/** Least recently used first out; a layout being read is shared by everyone who asks meanwhile. */
export class LayoutCache {
  readonly #entries = new Map<string, Promise<Layout>>();

  constructor(
    private readonly capacity = 8,
    private readonly read: ReadLayout = readBytes,
  ) {}

  get(file: StoredFile): Promise<Layout> {
    const hit = this.#entries.get(file.sha256);
    if (hit) {
      this.#entries.delete(file.sha256);
      this.#entries.set(file.sha256, hit);
      return hit;
    }
    const reading = this.read(file.name, file.bytes);
    // A failed read is not kept: the next click tries again (the failure may have been a time limit).
    reading.catch(() => this.#entries.delete(file.sha256));
    this.#entries.set(file.sha256, reading);
    while (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
    return reading;
  }

  get size(): number {
    return this.#entries.size;
  }
}
