// Every migration, in order. A new one is a new file NNN-what.ts added here; a shipped one is never edited.
import type { Migration, MigrationProvider } from 'kysely';
import * as m001 from './001-initial.js';
import * as m002 from './002-search-grams.js';
import * as m003 from './003-also-reported-by.js';
import * as m004 from './004-table-reading.js';
import * as m005 from './005-versions.js';
import * as m006 from './006-reviews.js';
import * as m007 from './007-figures.js';
import * as m008 from './008-reading-summary.js';
import * as m009 from './009-disclosure-parts.js';
import * as m010 from './010-cross-document.js';
import * as m011 from './011-dashboard-summaries.js';
import * as m012 from './012-listing-indexes.js';

const MIGRATIONS: Record<string, Migration> = {
  '001-initial': m001,
  '002-search-grams': m002,
  '003-also-reported-by': m003,
  '004-table-reading': m004,
  '005-versions': m005,
  '006-reviews': m006,
  '007-figures': m007,
  '008-reading-summary': m008,
  '009-disclosure-parts': m009,
  '010-cross-document': m010,
  '011-dashboard-summaries': m011,
  '012-listing-indexes': m012,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
