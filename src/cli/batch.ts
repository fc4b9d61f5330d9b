// Files through the pipeline for `facts` and `check`: several at once on the pipeline's pool (one thread per
// available core, never more than files), a single one in this thread (no thread start-up for one document).
// Every failure comes back as plain data, one outcome per file. The readers and the rules are loaded only where
// they run: a batch's threads load them; this thread the pipeline when it reads the single file or audits a package,
// and the rules when `check` compares the documents given together.
import { availableParallelism } from 'node:os';
import type { Analysis } from '../model/analysis.js';
import type { Disclosure } from '../model/disclosure.js';
import { combinePackages } from '../pipeline/packages.js';
import { createPool } from '../pipeline/pool.js';
import type { Command } from './args.js';
import { describeError, type ErrorInfo } from './errors.js';

export interface JobResults {
  facts: { disclosure: Disclosure };
  check: Analysis;
}

/** One file's result, or (`files`) one package's: a disclosure published in several files, read as one. */
export type Outcome<C extends Command> = { file: string; files?: string[]; ok: true; result: JobResults[C] } | { file: string; ok: false; error: ErrorInfo };

interface Runner {
  analyseFile(file: string): Promise<Analysis>;
  extractFile(file: string): Promise<Disclosure>;
}

const pipeline = () => import('../pipeline/analyse.js');

const run = <C extends Command>(runner: Runner, command: C, file: string): Promise<JobResults[C]> =>
  (command === 'check' ? runner.analyseFile(file) : runner.extractFile(file).then((disclosure) => ({ disclosure }))) as Promise<JobResults[C]>;

export interface RunOptions<C extends Command> {
  /** Worker threads to use; default: one per available core, never more than files. */
  workers?: number;
  /** Called as each file finishes, in completion order. */
  onDone?: (outcome: Outcome<C>, done: number, total: number) => void;
}

/** Process files with `command`; results come back in the order of `files`. Never rejects. */
export async function runFiles<C extends Command>(command: C, files: readonly string[], options: RunOptions<C> = {}): Promise<Outcome<C>[]> {
  const threads = files.length > 1 ? Math.max(1, Math.min(options.workers ?? availableParallelism(), files.length)) : 0;
  const pool = threads > 0 ? createPool({ threads }) : undefined;
  const runner: Runner = pool ?? (await pipeline());
  let done = 0;
  try {
    return await Promise.all(
      files.map(async (file) => {
        let outcome: Outcome<C>;
        try {
          outcome = { file, ok: true, result: await run(runner, command, file) };
        } catch (e) {
          outcome = { file, ok: false, error: describeError(e, file) };
        }
        options.onDone?.(outcome, ++done, files.length);
        return outcome;
      }),
    );
  } finally {
    await pool?.close();
  }
}

/**
 * The files of one package (a department's tables in one file, its explanation in another: extract/package-parts.ts)
 * as one outcome, in the place of the first of them, with the disclosure made of all of them (for `check`, audited
 * as one). Every other outcome stays as it was.
 */
export async function joinPackages<C extends Command>(command: C, outcomes: readonly Outcome<C>[]): Promise<Outcome<C>[]> {
  const read = outcomes.flatMap((o, k) => (o.ok ? [{ k, disclosure: o.result.disclosure }] : []));
  const joined = new Map<number, Outcome<C>>();
  const dropped = new Set<number>();
  for (const { disclosure, from } of combinePackages(read.map((r) => r.disclosure))) {
    if (from.length < 2) continue;
    const [first, ...rest] = from.map((i) => read[i]!.k);
    const result = (command === 'check' ? (await pipeline()).analyseDisclosure(disclosure) : { disclosure }) as JobResults[C];
    joined.set(first!, { file: outcomes[first!]!.file, files: from.map((i) => outcomes[read[i]!.k]!.file), ok: true, result });
    for (const k of rest) dropped.add(k);
  }
  return outcomes.flatMap((o, k) => (dropped.has(k) ? [] : [joined.get(k) ?? o]));
}

/** For `check`: documents of one department given together are also checked against each other. */
export async function checkAcross<C extends Command>(command: C, outcomes: readonly Outcome<C>[]): Promise<Outcome<C>[]> {
  if (command !== 'check') return [...outcomes];
  const { checkTogether } = await import('../pipeline/check-together.js');
  const read = outcomes.flatMap((o, k) => (o.ok ? [{ k, analysis: o.result as Analysis }] : []));
  const checked = new Map(checkTogether(read.map((r) => r.analysis)).map((analysis, i) => [read[i]!.k, analysis]));
  return outcomes.map((o, k) => (o.ok && checked.has(k) ? { ...o, result: checked.get(k) as JobResults[C] } : o));
}
