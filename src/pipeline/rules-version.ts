// The version of the rules that produced an analysis: stored with every disclosure, so that a change of the
// reader, extractor, rules or catalogs is noticed and the stored disclosures are audited again (reaudit.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
/** The layers whose code decides what is extracted and found. */
const LAYERS = ['read', 'extract', 'audit', 'catalog', 'model'];

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(resolve(ROOT, '..', 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function* codeFiles(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* codeFiles(path);
    else if (/\.(ts|js|json)$/.test(e.name) && !/\.(test|d)\.ts$|\.map$/.test(e.name)) yield path;
  }
}

let cachedVersion: string | undefined;

/**
 * `<package version>+<fingerprint>`: the fingerprint hashes the code of the reader, extractor, rules and
 * catalogs, so that any change to them — in src/ under tests, in dist/ when installed — gives a new version.
 */
export function currentRulesVersion(): string {
  if (cachedVersion) return cachedVersion;
  const hash = createHash('sha256');
  for (const layer of LAYERS) {
    for (const file of codeFiles(join(ROOT, layer))) {
      hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  cachedVersion = `${packageVersion()}+${hash.digest('hex').slice(0, 12)}`;
  return cachedVersion;
}
