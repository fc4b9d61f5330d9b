import { TERMS as T } from '../../../model/glossary.js';
import { identityRule, term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { T06 } from './lib/basic-expenditure.js';

/** 三公 columns of 公开09 (决算数) and the basic economic lines that feed them (economic-codes.json `sangong`). */
const THREE_PUBLIC_LINES: ReadonlyArray<readonly [column: string, economic: readonly string[]]> = [
  [T.overseasTravel, ['30212']],
  [T.vehicleOperation, ['30231']],
  [T.officialReception, ['30217']],
  [T.vehiclePurchase, ['31013', '30913']],
];

export const X_14 = identityRule({
  id: 'X-14',
  family: 'cross-table',
  // Usually: 公开09 covers all 财政拨款 (basic and project, carried-over money included), 公开06 only basic
  // general-budget money, so 公开09 ≥ 公开06; a larger 公开06 line means under-reported 三公 or a mis-coded line.
  severity: 'warning',
  title: '“三公”经费决算数不小于基本支出明细表对应经济科目',
  description: '“三公”经费支出决算表中的因公出国（境）费、公务用车运行维护费、公务接待费、公务用车购置费，通常不小于基本支出明细表中对应经济科目的金额。',
  basis: '通常成立：“三公”经费表含项目支出和结转资金，基本支出明细表只含一般公共预算基本支出，所以前者不应小于后者。',
  fix: '核对“三公”经费表和经济科目，改正少报的“三公”经费或记错的经济科目。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T06', 'T09'],
  identities: () =>
    THREE_PUBLIC_LINES.map(([column, economic]) => ({
      subject: column,
      total: term('T09', T.finalAmount, column, `${tableName('T09')}决算数`),
      parts: economic.map((code) => term('T06', code, T.finalAmount, `${T06} ${code}`)),
      relation: 'atMost' as const,
    })),
});
