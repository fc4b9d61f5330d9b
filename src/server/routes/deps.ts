// What the route modules are given: the store, the analyser and the server's settings.
import type { Ingester } from '../../pipeline/ingest.js';
import type { Analyser } from '../../pipeline/pool.js';
import type { Reauditor } from '../../pipeline/reaudit.js';
import type { Repository } from '../../store/repository.js';
import type { LayoutCache } from '../source-view-layouts.js';
import type { PageRenderer } from '../source-view-pages.js';
import type { JobsProgress } from './service.js';

export interface ApiDeps {
  repo: Repository;
  analyser: Analyser;
  reauditor: Reauditor;
  /** How uploads reach the store: analysed here, or through the job queue (DATABASE_URL). */
  ingester: Ingester;
  /** Progress of the job queue (GET /api/jobs); absent without one. */
  jobs?: (() => Promise<JobsProgress>) | undefined;
  /** Largest accepted upload in bytes. */
  maxUploadBytes: number;
  /** Shown by /api/health. */
  driver?: string | undefined;
  layouts: LayoutCache;
  pages: PageRenderer;
}
