import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { makeTempDir, removeTempDir } from '../temp-dir.js';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UnsupportedFormatError } from '../../model/errors.js';

/** Where LibreOffice is looked for besides PATH (Debian, the official packages, macOS). */
const KNOWN = ['/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];

/** The LibreOffice executable: $JUESUAN_SOFFICE, then soffice or libreoffice on PATH, then known places. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const executable = (path: string) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (env['JUESUAN_SOFFICE']) return executable(env['JUESUAN_SOFFICE']) ? env['JUESUAN_SOFFICE'] : undefined;
  for (const dir of (env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ['soffice', 'libreoffice']) if (executable(join(dir, name))) return join(dir, name);
  }
  return KNOWN.find(executable);
}

export interface ConvertOptions {
  /** The LibreOffice executable; found by findSoffice when absent; null when there is none. */
  soffice?: string | null;
  timeoutMs?: number;
}

/**
 * Converts a legacy office file (.xls, .doc, OpenDocument) with LibreOffice headless, in a private temporary
 * directory with its own LibreOffice profile (so conversions can run in parallel), within a time limit after
 * which the whole process group is killed. `what` names the format in messages ("XLS 工作簿").
 */
export async function convertWithLibreOffice(file: string, bytes: Uint8Array, from: string, to: 'xlsx' | 'docx', what: string, options: ConvertOptions = {}): Promise<Uint8Array> {
  const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
  if (!soffice) {
    throw new UnsupportedFormatError(file, `这是旧版 ${what}（.${from}），读取它需要先安装 LibreOffice（Debian/Ubuntu：apt-get install libreoffice-calc-nogui libreoffice-writer-nogui），或在 Excel/WPS 中另存为 .${to} 后再导入`);
  }
  const timeoutMs = options.timeoutMs ?? 120_000;
  const dir = await makeTempDir('convert');
  try {
    const input = join(dir, `input.${from}`);
    const out = join(dir, 'out');
    await writeFile(input, bytes);
    const args = ['--headless', '--norestore', '--nologo', '--nodefault', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--convert-to', to, '--outdir', out, input];
    const result = await run(soffice, args, timeoutMs, dir);
    if (result === 'timeout') throw new UnsupportedFormatError(file, `用 LibreOffice 转换旧版 ${what} 超过 ${Math.round(timeoutMs / 1000)} 秒仍未完成，已停止`);
    const produced = (await readdir(out).catch(() => [] as string[])).find((f) => f.endsWith(`.${to}`));
    if (!produced) throw new UnsupportedFormatError(file, `LibreOffice 无法转换这个旧版 ${what}（文件可能已损坏或加密）${result.stderr ? `：${result.stderr.slice(0, 200)}` : ''}`);
    return new Uint8Array(await readFile(join(out, produced)));
  } finally {
    await removeTempDir(dir);
  }
}

function run(command: string, args: string[], timeoutMs: number, home: string): Promise<{ code: number | null; stderr: string } | 'timeout'> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, HOME: home } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 4096) stderr += d.toString('utf8');
    });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL'); // soffice starts soffice.bin: end the whole group
      } catch {
        child.kill('SIGKILL');
      }
      resolve('timeout');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr: stderr.trim() });
    });
  });
}
