// `juesuan check`: the audit report, as JSON or grouped Chinese text; status 1 when there are errors or numbers
// that could not be read.
import type { CommandSpec } from './command.js';
import { checkExitCode } from './exit.js';
import { formatCheckReport, readingBrief, tableReadings } from './report.js';

export const check: CommandSpec<'check'> = {
  command: 'check',
  json: ({ disclosure, findings, summary }) => ({ document: disclosure.document, tables: tableReadings(disclosure), findings, summary }),
  human: (analysis, paint) => formatCheckReport(analysis, paint),
  exitCode: (analysis) => checkExitCode(analysis),
  brief: ({ summary }) => `错误 ${summary.errors} 个、警告 ${summary.warnings} 个、提示 ${summary.infos} 个${readingBrief(summary)}`,
  tally: { 0: '无错误', 1: '有错误或未能完整读取' },
};
