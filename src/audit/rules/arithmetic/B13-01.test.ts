import { describe, expect, it } from 'vitest';
import { jiangsuBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B13_01 } from './B13-01.js';

const run = (input = jiangsuBudget()) => auditWith([B13_01], input);

describe('B13-01 政府采购预算合计等于各品目、各专项、各采购物品之和', () => {
  it('passes on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('adds the procurement items up to their 专项, category and 合计', () => {
    const { failures } = ruleResult(run(changed(jiangsuBudget(), ['B13', '服务.物业费.物业管理费.物业管理服务.分散自行组织', '金额'], '4.00')), 'B13-01');
    expect(failures).toMatchObject([{ location: { table: 'B13', row: '服务.物业费.物业管理费' }, expected: '4.00', actual: '5.00' }]);
  });
});
