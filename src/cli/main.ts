// Entry of the juesuan CLI (bin/juesuan): run(argv) → exit status. Contract: DESIGN.md §5 and README.
import { parseCli, usage, type Command, type Tool } from './args.js';
import { check } from './check.js';
import { execute, type CommandOptions, type CommandSpec, type Io } from './command.js';
import { describeError, errorText } from './errors.js';
import { EXIT } from './exit.js';
import { facts } from './facts.js';
import { colorEnabled, makePaint } from './text.js';
import { removeTempDirsOnSignals } from '../pipeline/pool.js';

const SPECS: { [C in Command]: CommandSpec<C> } = { facts, check };

/** Loaded only when used: each brings its own dependencies (the server, the renderers). */
const TOOLS: Record<Tool, () => Promise<{ run(argv: readonly string[], io: Io): Promise<number> }>> = {
  serve: () => import('./serve.js'),
  draft: () => import('./draft.js'),
  template: () => import('./template.js'),
  enqueue: () => import('./enqueue.js'),
  worker: () => import('./worker.js'),
  jobs: () => import('./jobs.js'),
};

const runCommand = <C extends Command>(command: C, paths: string[], options: CommandOptions, io: Io): Promise<number> =>
  execute(SPECS[command], paths, options, io);

let signalsGuarded = false;

/** Ctrl-C or SIGTERM during a command removes the readers' scratch folders (OCR page images …) before exiting. */
function cleanUpOnSignals(): void {
  if (signalsGuarded) return;
  signalsGuarded = true;
  removeTempDirsOnSignals();
}

let pipeGuarded = false;

/** The process's own streams. A reader that goes away (`| head`) is not an error: EPIPE is ignored. */
export function processIo(): Io {
  if (!pipeGuarded) {
    pipeGuarded = true;
    const quiet = (e: NodeJS.ErrnoException): void => {
      if (e.code !== 'EPIPE') throw e;
    };
    process.stdout.on('error', quiet);
    process.stderr.on('error', quiet);
  }
  return {
    out: (text) =>
      new Promise((resolve, reject) => {
        if (text === '') return resolve();
        process.stdout.write(text, (e) => {
          if (e && (e as NodeJS.ErrnoException).code !== 'EPIPE') reject(new Error(`无法写出结果：${e.message}`));
          else resolve();
        });
      }),
    err: (text) => void process.stderr.write(text),
    paint: makePaint(colorEnabled(process.env, process.stdout.isTTY === true)),
  };
}

const STOPS_GRACEFULLY = new Set<Tool>(['serve', 'worker']);

/**
 * `ownsProcess`: the caller is the process's entry (bin/juesuan), so signals may end the process. In-process callers
 * (tests, embedders) keep their own signal handling.
 */
export async function run(argv: string[], io: Io = processIo(), ownsProcess = false): Promise<number> {
  try {
    const args = parseCli(argv);
    switch (args.kind) {
      case 'help':
        await io.out(usage(args.topic));
        return EXIT.ok;
      case 'usage-error':
        io.err(`juesuan：${args.message}\n\n${usage()}`);
        return EXIT.input;
      case 'run':
        if (ownsProcess) cleanUpOnSignals();
        return await runCommand(args.command, args.paths, { json: args.json }, io);
      case 'tool':
        // the server and the queue worker stop gracefully on their own signals (finishing the work in hand); the
        // other tools end at once, scratch space removed
        if (ownsProcess && !STOPS_GRACEFULLY.has(args.tool)) cleanUpOnSignals();
        return await (await TOOLS[args.tool]()).run(args.argv, io);
    }
  } catch (e) {
    io.err(errorText(describeError(e, undefined)));
    return EXIT.internal;
  }
}
