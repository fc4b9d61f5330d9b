import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** ../shared beside the repository (present on developer machines and in CI, absent in a bare clone). */
export const SHARED_DIR = resolve(import.meta.dirname, '../../../shared');
export const hasShared = existsSync(join(SHARED_DIR, 'golden'));
export const SKIP_REASON = `../shared 不存在（${SHARED_DIR}），跳过语料测试`;

/** Path of a seed document by its id ("000"), or of a sample by its name. */
export function corpusDocument(id: string): string {
  const seeds = join(SHARED_DIR, 'seeds');
  const seed = readdirSync(seeds).find((f) => f.startsWith(`${id}_`));
  if (seed) return join(seeds, seed);
  const samples = join(SHARED_DIR, 'samples');
  const sample = readdirSync(samples).find((f) => f.replace(/\.[^.]+$/, '') === id);
  if (!sample) throw new Error(`no corpus document ${id}`);
  return join(samples, sample);
}

export interface GoldenFacts {
  document: { department: string; year: number; kind: string; unit: string; tables: string[] };
  facts: { table: string; row: string; column: string; value: string; unit: string }[];
}

export function goldenFacts(id: string): GoldenFacts {
  return JSON.parse(readFileSync(join(SHARED_DIR, 'golden', `${id}.facts.json`), 'utf8')) as GoldenFacts;
}

/** Exact decimal equality as the golden data define it: "100.00" equals "100". */
export function sameDecimal(a: string, b: string): boolean {
  const canon = (v: string) => {
    const [int = '', frac = ''] = v.split('.');
    const f = frac.replace(/0+$/, '');
    return f ? `${int}.${f}` : int;
  };
  return canon(a) === canon(b);
}

/** An item of `<id>.findings.json` (golden/README.md §2). */
export interface GoldenItem {
  id?: string;
  severity?: 'error' | 'warning';
  what: string;
  figures: string[];
}

export interface GoldenFindings {
  must_flag: GoldenItem[];
  must_not_flag_as_error: GoldenItem[];
}

export function goldenFindings(id: string): GoldenFindings {
  return JSON.parse(readFileSync(join(SHARED_DIR, 'golden', `${id}.findings.json`), 'utf8')) as GoldenFindings;
}

// As ../shared/tools/golden-check.mjs matches: thousands separators and whitespace removed on both sides, every
// figure a substring of the finding's JSON.
const squash = (text: string): string => text.replace(/(?<=\d)[,，](?=\d{3})/g, '').replace(/\s+/g, '');

/** Whether some finding of one of the severities carries all of the item's figures. */
export function matchesGolden(findings: readonly { severity: string }[], item: GoldenItem, severities: readonly string[]): boolean {
  return findings.some((f) => severities.includes(f.severity) && item.figures.every((x) => squash(JSON.stringify(f)).includes(squash(x))));
}
