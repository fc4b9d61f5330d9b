// `juesuan check`: the audit report, as JSON or grouped Chinese text; status 1 when there are errors.
import type { CommandSpec } from './command.js';
import { checkExitCode } from './exit.js';
import { formatCheckReport } from './report.js';

export const check: CommandSpec<'check'> = {
  command: 'check',
  json: ({ disclosure, findings, summary }) => ({ document: disclosure.document, findings, summary }),
  human: (analysis, paint) => formatCheckReport(analysis, paint),
  exitCode: ({ findings }) => checkExitCode(findings),
  brief: ({ summary }) => `错误 ${summary.errors} 个、警告 ${summary.warnings} 个、提示 ${summary.infos} 个`,
  tally: { 0: '无错误', 1: '有错误' },
};
