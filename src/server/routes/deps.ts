// What the route modules are given: the store, the analyser and the server's settings.
import type { Repository } from '../../store/repository.js';
import type { Analyser } from '../analyser.js';
import type { Reauditor } from '../reauditor.js';
import type { LayoutCache } from '../source-view-layouts.js';
import type { PageRenderer } from '../source-view-pages.js';

export interface ApiDeps {
  repo: Repository;
  analyser: Analyser;
  reauditor: Reauditor;
  /** Largest accepted upload in bytes. */
  maxUploadBytes: number;
  /** Shown by /api/health. */
  driver?: string | undefined;
  layouts: LayoutCache;
  pages: PageRenderer;
}
