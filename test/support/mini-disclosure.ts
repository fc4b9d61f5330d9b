import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small, internally consistent 2024 决算 package (万元) with all ten tables, written for the tests. */
export const MINI_DISCLOSURE_PATH = join(import.meta.dirname, '..', '..', 'demo', 'mini-2024.txt');
export const MINI_DISCLOSURE = readFileSync(MINI_DISCLOSURE_PATH, 'utf8');
