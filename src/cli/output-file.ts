// Writing a result file the way a user can trust: all or nothing (a temporary file beside the target, renamed over
// it when complete), never over one of the user's inputs.
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

const real = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/** True when `out` names the same file as one of `inputs` (through links or relative paths). */
export const isSameFile = (out: string, inputs: readonly string[]): boolean => inputs.some((i) => real(i) === real(out));

export async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}
