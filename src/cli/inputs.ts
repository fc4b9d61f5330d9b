// The paths a user gave → the files to process: directories are searched recursively for documents;
// a path that cannot be used becomes an error result in its place.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { DOCUMENT_EXTENSIONS } from './args.js';
import { describeError, notFound, type ErrorInfo } from './errors.js';
import { EXIT } from './exit.js';

/** A file to process, or a path that could not be used, in the order the user gave them. */
export type Input = { file: string; error?: undefined } | { file: string; error: ErrorInfo };

export interface Inputs {
  inputs: Input[];
  /** True when several paths or a directory were given: the output is then one result per file. */
  batch: boolean;
}

const isDocument = (name: string): boolean => (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

/** A symbolic link to a regular file (links to directories are not followed, so no cycles). */
const isFileLink = async (path: string): Promise<boolean> => (await stat(path).catch(() => undefined))?.isFile() ?? false;

/** Documents under a directory, recursively, in a stable order; hidden entries are skipped. */
async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (isDocument(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await isFileLink(path))))) files.push(path);
  }
  return files;
}

export async function resolveInputs(paths: readonly string[]): Promise<Inputs> {
  const inputs: Input[] = [];
  let batch = paths.length > 1;
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      inputs.push({ file: path, error: code === 'ENOENT' || code === 'ENOTDIR' ? notFound(path) : describeError(e, path) });
      continue;
    }
    if (!isDirectory) {
      inputs.push({ file: path });
      continue;
    }
    batch = true;
    let files: string[];
    try {
      files = await walk(path);
    } catch (e) {
      inputs.push({ file: path, error: describeError(e, path) });
      continue;
    }
    if (files.length === 0) {
      const message = `目录 ${path} 中没有可处理的文件（${DOCUMENT_EXTENSIONS.join(' ')}）`;
      inputs.push({ file: path, error: { code: 'no-documents', message, exitCode: EXIT.input } });
    }
    for (const file of files) inputs.push({ file });
  }
  const seen = new Set<string>();
  const unique = inputs.filter((i) => {
    if (i.error !== undefined) return true;
    if (seen.has(i.file)) return false;
    seen.add(i.file);
    return true;
  });
  return { inputs: unique, batch };
}
