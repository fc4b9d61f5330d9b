// Starting the HTTP server on a store.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Ingester } from '../pipeline/ingest.js';
import { createPool, type Analyser } from '../pipeline/pool.js';
import { createReauditor, type Reauditor } from '../pipeline/reaudit.js';
import type { Store } from '../store/open.js';
import { createApp } from './app.js';

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
  jobs?: (() => Promise<object>) | undefined;
}

export interface RunningServer {
  /** http://host:port/ */
  url: string;
  port: number;
  analyser: Analyser;
  reauditor: Reauditor;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
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
  const host = options.host ?? '127.0.0.1';
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
