// Starting the HTTP server on a store.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Ingester } from '../pipeline/ingest.js';
import { createPool, type Analyser } from '../pipeline/pool.js';
import { createReauditor, type Reauditor } from '../pipeline/reaudit.js';
import type { Store } from '../store/open.js';
import { createApp } from './app.js';
import { ApiError } from './errors.js';
import type { JobsProgress } from './routes/service.js';

export { createApp, DEFAULT_MAX_UPLOAD_BYTES, WEB_ROOT, type AppOptions } from './app.js';

export interface ServerOptions {
  store: Store;
  port?: number | undefined;
  host?: string | undefined;
  token?: string | undefined;
  analyser?: Analyser | undefined;
  maxUploadBytes?: number | undefined;
  webRoot?: string | false | undefined;
  /** Uploads through the job queue (see AppOptions.ingester). */
  ingester?: Ingester | undefined;
  jobs?: (() => Promise<JobsProgress>) | undefined;
}

export interface RunningServer {
  /** http://host:port/ */
  url: string;
  port: number;
  analyser: Analyser;
  reauditor: Reauditor;
  close(): Promise<void>;
}

/** Whether a listening address is reachable only from this machine. */
export const isLoopback = (host: string): boolean => /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i.test(host);

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  // Without a token, anyone who can reach the server could upload and delete: only this machine may.
  if (!options.token && !isLoopback(host)) {
    throw new ApiError('token-required', `监听地址 ${host} 允许其他机器访问，必须先设置访问令牌（环境变量 JUESUAN_TOKEN），否则任何人都能上传和删除数据。只在本机使用时请用 --host 127.0.0.1`);
  }
  const analyser = options.analyser ?? createPool({ threads: 0 });
  const reauditor = createReauditor(options.store.repo, analyser);
  const app = createApp({
    repo: options.store.repo,
    analyser,
    reauditor,
    token: options.token,
    maxUploadBytes: options.maxUploadBytes,
    webRoot: options.webRoot,
    driver: options.store.driver,
    ingester: options.ingester,
    jobs: options.jobs,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    analyser,
    reauditor,
    close: async () => {
      await reauditor.stop();
      await new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        // Keep-alive connections with no request in flight would hold close() open.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
    },
  };
}
