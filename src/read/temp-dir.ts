// Scratch space of the readers (OCR page images, LibreOffice conversions). Every folder lives under one folder of
// this process (threads share it), which goes on every exit path: when the work is done, when the process exits,
// and on Ctrl-C or SIGTERM in the CLI. Folders left by a process that was killed outright are swept by the next.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

const PREFIX = 'juesuan-';
const processRoot = (pid: number) => join(tmpdir(), `${PREFIX}${pid}`);

let exitHooked = false;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the folders of processes that no longer run (killed before they could clean up). */
function sweepDeadProcesses(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(/^juesuan-(\d+)$/.exec(name)?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

function processFolder(): string {
  const root = processRoot(process.pid);
  if (!existsSync(root)) {
    sweepDeadProcesses();
    mkdirSync(root, { recursive: true, mode: 0o700 });
  }
  if (isMainThread && !exitHooked) {
    exitHooked = true;
    process.once('exit', removeAll);
  }
  return root;
}

/** Removes this process's scratch folders at once (synchronously: it runs on exit). */
export function removeAll(): void {
  rmSync(processRoot(process.pid), { recursive: true, force: true });
}

/** A new scratch folder; remove it with `removeTempDir` when done (on every path: use try/finally). */
export async function makeTempDir(purpose: string): Promise<string> {
  return mkdtemp(join(processFolder(), `${purpose}-`));
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/**
 * For a command-line process: Ctrl-C, SIGTERM and SIGHUP remove the scratch folders before the process ends with the
 * usual status (128 + signal). A server installs its own graceful stop instead and relies on the exit hook.
 */
export function removeTempDirsOnSignals(): void {
  const codes: [NodeJS.Signals, number][] = [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ];
  for (const [signal, code] of codes) {
    process.once(signal, () => {
      removeAll();
      process.exit(code);
    });
  }
}
