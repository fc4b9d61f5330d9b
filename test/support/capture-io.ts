// The CLI's Io, kept in memory: what a command wrote to stdout and stderr.
import type { Io } from '../../src/cli/command.js';

export function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: async (t) => void out.push(t), err: (t) => void err.push(t), paint: (_s, t) => t };
  return { io, out, err, text: () => out.join(''), errors: () => err.join('') };
}
