// Runs the built CLI as its own process (bin/juesuan does the same) and, on the way out, writes the process's peak
// resident memory and wall time to the file named by JUESUAN_MEASURE, so the hostile-input suite can hold each case
// to its budget. External programs the readers start (pdftoppm, tesseract) are not counted: they are bounded by
// their own time limits and one page each.
import { writeFileSync } from 'node:fs';

const started = process.hrtime.bigint();
const { run } = await import(new URL('../../../dist/cli/main.js', import.meta.url).href);
const status = await run(process.argv.slice(2), undefined, true);
if (process.env.JUESUAN_MEASURE) {
  const wallMs = Number((process.hrtime.bigint() - started) / 1_000_000n);
  writeFileSync(process.env.JUESUAN_MEASURE, JSON.stringify({ status, maxRssKb: process.resourceUsage().maxRSS, wallMs }));
}
process.exitCode = status;
