// `juesuan facts`: every number of the standard tables, as JSON or a table-by-table listing.
import type { CommandSpec } from './command.js';
import { EXIT } from './exit.js';
import { formatFactsListing, tableReadings } from './report.js';

export const facts: CommandSpec<'facts'> = {
  command: 'facts',
  json: ({ disclosure }) => ({ document: disclosure.document, tables: tableReadings(disclosure), facts: disclosure.facts }),
  human: ({ disclosure }, paint) => formatFactsListing(disclosure, paint),
  exitCode: () => EXIT.ok,
  brief: ({ disclosure }) => `${disclosure.document.tables.length} 张表、${disclosure.facts.length} 个数字`,
  tally: { 0: '已抽取' },
};
