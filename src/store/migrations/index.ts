// Every migration, in order. A new one is a new file NNN-what.ts added here; a shipped one is never edited.
import type { Migration, MigrationProvider } from 'kysely';
import * as m001 from './001-initial.js';
import * as m002 from './002-search-grams.js';
import * as m003 from './003-also-reported-by.js';
import * as m004 from './004-table-reading.js';

const MIGRATIONS: Record<string, Migration> = {
  '001-initial': m001,
  '002-search-grams': m002,
  '003-also-reported-by': m003,
  '004-table-reading': m004,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
