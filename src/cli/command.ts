// What `facts` and `check` share: inputs → results → one stdout write, progress and errors on stderr.
import type { Command } from './args.js';
import { checkAcross, joinPackages, runFiles, type JobResults, type Outcome } from './batch.js';
import { errorText, type ErrorInfo } from './errors.js';
import { EXIT, worstExitCode } from './exit.js';

import { resolveInputs } from './inputs.js';
import type { Paint } from './text.js';

/** Where a command writes. `out` is called at most once, with the whole output (all or nothing). */
export interface Io {
  out(text: string): Promise<void>;
  err(text: string): void;
  paint: Paint;
}

/** What makes a command: how its result is written and what status it gives. */
export interface CommandSpec<C extends Command> {
  command: C;
  /** The JSON object of one result (without `file`/`ok`). */
  json(result: JobResults[C]): object;
  human(result: JobResults[C], paint: Paint): string;
  exitCode(result: JobResults[C]): number;
  /** A few words for the progress line, e.g. "错误 2 个、警告 1 个". */
  brief(result: JobResults[C]): string;
  /** How results with status 0 and 1 are counted in the batch total line. */
  tally: { 0: string; 1?: string };
}

export interface CommandOptions {
  json: boolean;
}

const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const publicError = ({ code, message, stack }: ErrorInfo) => (stack ? { code, message, stack } : { code, message });

export async function execute<C extends Command>(spec: CommandSpec<C>, paths: readonly string[], options: CommandOptions, io: Io): Promise<number> {
  const { inputs, batch } = await resolveInputs(paths);
  const files = inputs.flatMap((i) => (i.error ? [] : [i.file]));

  if (!batch) {
    const input = inputs[0];
    const outcome: Outcome<C> | undefined = input?.error
      ? { file: input.file, ok: false, error: input.error }
      : (await runFiles(spec.command, files))[0];
    if (!outcome) return EXIT.input;
    if (!outcome.ok) {
      io.err(errorText(outcome.error));
      return outcome.error.exitCode;
    }
    await io.out(options.json ? toJson(spec.json(outcome.result)) : spec.human(outcome.result, io.paint));
    return spec.exitCode(outcome.result);
  }

  // Nothing to read at all (folders without documents, missing paths): there is no report, only the reasons.
  if (files.length === 0) {
    for (const i of inputs) io.err(errorText(i.error!));
    return worstExitCode(inputs.map((i) => i.error!.exitCode));
  }

  const progress = files.length > 1;
  const processed = await runFiles(spec.command, files, {
    onDone: (o, done, total) => {
      if (progress) io.err(`[${done}/${total}] ${o.file} … ${o.ok ? spec.brief(o.result) : o.error.message}\n`);
    },
  });
  let k = 0;
  const outcomes = await checkAcross(
    spec.command,
    await joinPackages(
      spec.command,
      inputs.map((i): Outcome<C> => (i.error ? { file: i.file, ok: false, error: i.error } : processed[k++]!)),
    ),
  );
  for (const o of outcomes) if (o.ok && o.files) io.err(`合并为一份公开：${o.files.join(' + ')}\n`);
  const codes = outcomes.map((o) => (o.ok ? spec.exitCode(o.result) : o.error.exitCode));

  if (options.json) {
    await io.out(toJson(outcomes.map((o) => (o.ok ? { file: o.file, ...(o.files ? { files: o.files } : {}), ok: true, ...spec.json(o.result) } : { file: o.file, ok: false, error: publicError(o.error) }))));
  } else {
    const rule = io.paint('dim', '─'.repeat(60));
    const parts = outcomes.map((o) => (o.ok ? spec.human(o.result, io.paint) : `${io.paint(['bold', 'red'], '✖ 无法处理')} ${o.file}\n${errorText(o.error)}`));
    const labels: Record<number, string | undefined> = { ...spec.tally, [EXIT.input]: '无法读取', [EXIT.internal]: '内部错误' };
    const counts = [0, 1, 2, 3].flatMap((c) => {
      const n = codes.filter((x) => x === c).length;
      return n > 0 && labels[c] ? [`${labels[c]} ${n} 个`] : [];
    });
    await io.out(`${parts.join(`\n${rule}\n\n`)}\n${rule}\n共 ${inputs.length} 个文件${outcomes.length < inputs.length ? `（合并为 ${outcomes.length} 份公开）` : ''}：${counts.join('、')}\n`);
  }
  return worstExitCode(codes);
}
