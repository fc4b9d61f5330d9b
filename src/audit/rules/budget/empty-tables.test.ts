import { describe, expect, it } from 'vitest';
import { jiangsuBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, ruleResult } from '../../../../test/support/audit-fixture.js';
import { BUDGET_EMPTY_TABLE_RULE } from './empty-tables.js';

describe('BM-02', () => {
  it('passes an empty table that says why, and warns on one that does not', () => {
    expect(auditWith([BUDGET_EMPTY_TABLE_RULE], jiangsuBudget({ notes: { B10: '（无政府性基金支出）' } })).findings).toEqual([]);
    const { failures } = ruleResult(auditWith([BUDGET_EMPTY_TABLE_RULE], jiangsuBudget({ notes: { B10: '' } })), 'BM-02');
    expect(failures).toMatchObject([{ severity: 'warning', location: { table: 'B10' } }]);
  });
});
