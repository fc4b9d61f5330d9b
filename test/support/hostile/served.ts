// `juesuan serve` on an embedded store in a process of its own, as an administrator runs it, and the HTTP helpers
// the hostile-input cases attack it with (test/hostile-server.test.ts, test/hostile-disk-full.test.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../../bin/juesuan');
export const built = existsSync(resolve(import.meta.dirname, '../../../dist/cli/main.js'));

export interface Served {
  url: string;
  process: ChildProcess;
  output(): string;
  /** SIGTERM, and the exit status. */
  stop(): Promise<number | null>;
}

/**
 * Starts `juesuan serve` on a data directory, scratch space in `scratch`, with node options and environment of the
 * case's own; resolves once its database is open.
 */
export async function serve(data: string, scratch: string, extra: { nodeArgs?: string[]; env?: Record<string, string> } = {}): Promise<Served> {
  const child = spawn(process.execPath, [...(extra.nodeArgs ?? []), BIN, 'serve', '--port', '0', '--data', data], {
    env: { ...process.env, TMPDIR: scratch, NO_COLOR: '1', DATABASE_URL: '', JUESUAN_TOKEN: '', ...extra.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (output += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (output += c));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve exited ${child.exitCode}: ${output}`);
    if (Date.now() - started > 120_000) throw new Error(`serve did not open its database: ${output}`);
    // Printed once its database is open (the URL is printed before, as soon as it listens).
    if (/已有决算 \d+ 份/.test(output)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const url = /决算通已启动：(http:\/\/\S+)/.exec(output)![1]!;
  return {
    url,
    process: child,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * What the readers left in the scratch space: nothing but the server's own folder (src/read/temp-dir.ts), which
 * goes when the server exits.
 */
export const scratchLeft = (scratch: string, pid: number | undefined): string[] =>
  readdirSync(scratch, { recursive: true })
    .map(String)
    .filter((f) => f !== `juesuan-${pid}`);

/** The server's peak resident memory so far, kB (Linux). */
export const peakRssKb = (pid: number): number => Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);

/** A multipart body encoded beforehand: encoding 49 MB would hold this process while it times `/`. */
export interface Encoded {
  type: string;
  bytes: Buffer;
}

export async function encode(form: FormData): Promise<Encoded> {
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { type: request.headers.get('Content-Type')!, bytes: Buffer.from(await request.arrayBuffer()) };
}

/**
 * One request on a connection of its own. fetch would reuse a kept-alive connection that the server closes after 5 s
 * idle; while this process is busy building a 49 MB body its timers run late, it writes into the closed connection,
 * and a POST is not retried (EPIPE): an artefact of the test, not of the server.
 */
export function send(url: string, body?: Encoded): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, {
      method: body ? 'POST' : 'GET',
      agent: false,
      headers: body ? { 'Content-Type': body.type, 'Content-Length': body.bytes.length } : {},
    });
    req.once('error', reject);
    req.once('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.once('error', reject);
      res.once('end', () => resolve(new Response(Buffer.concat(chunks), { status: res.statusCode, headers: res.headers as Record<string, string> })));
    });
    req.end(body?.bytes);
  });
}

export interface Answer {
  status: number;
  code?: string;
  message?: string;
  body: unknown;
}

export async function answer(res: Response): Promise<Answer> {
  const body = (await res.json()) as { error?: { code: string; message: string } };
  return { status: res.status, code: body.error?.code, message: body.error?.message, body };
}

export function form(...files: { name: string; bytes: Uint8Array | Blob }[]): FormData {
  const data = new FormData();
  for (const f of files) data.append('file', f.bytes instanceof Blob ? f.bytes : new Blob([Buffer.from(f.bytes)]), f.name);
  return data;
}
