import { describe, expect, it } from 'vitest';
import { jiangsuBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, ruleResult } from '../../../../test/support/audit-fixture.js';
import { M_06 } from './M-06.js';

describe('M-06 无数据的预算表注明“本表无数据”', () => {
  it('passes an empty budget table that says why', () => {
    const result = auditWith([M_06], jiangsuBudget({ notes: { B10: '（无政府性基金支出）' } }));
    expect(result.findings).toEqual([]);
    expect(result.summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('warns on an empty budget table without a note', () => {
    const { failures } = ruleResult(auditWith([M_06], jiangsuBudget({ notes: { B10: '' } })), 'M-06');
    expect(failures).toMatchObject([{ severity: 'warning', location: { table: 'B10' } }]);
  });
});
