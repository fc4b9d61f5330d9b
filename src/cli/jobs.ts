// One file through the pipeline, with every failure turned into plain data. Runs in the main thread or
// in a worker (worker.ts); the result must survive structured cloning.
import type { Disclosure } from '../model/disclosure.js';
import { analyseFile, extractFile, type Analysis } from '../pipeline/analyse.js';
import type { Command } from './args.js';
import { describeError, type ErrorInfo } from './errors.js';

export interface JobResults {
  facts: { disclosure: Disclosure };
  check: Analysis;
}

export type Outcome<C extends Command> =
  | { file: string; ok: true; result: JobResults[C] }
  | { file: string; ok: false; error: ErrorInfo };

export interface JobRequest {
  command: Command;
  file: string;
}

const JOBS: { [C in Command]: (file: string) => Promise<JobResults[C]> } = {
  facts: async (file) => ({ disclosure: await extractFile(file) }),
  check: analyseFile,
};

/** Never rejects. */
export async function runJob<C extends Command>(command: C, file: string): Promise<Outcome<C>> {
  try {
    return { file, ok: true, result: await JOBS[command](file) };
  } catch (e) {
    return { file, ok: false, error: describeError(e, file) };
  }
}
