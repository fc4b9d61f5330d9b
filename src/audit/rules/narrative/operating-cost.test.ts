import { describe, expect, it } from 'vitest';
import { cells } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { OPERATING_COST_RULES } from './operating-cost.js';

const text = (cost: string) => `## （一）机关运行经费支出情况说明\n2024年机关运行经费支出${cost}万元。\n`;
const run = (cost: string) => runNarrative(OPERATING_COST_RULES, { text: text(cost), facts: cells('T06', { 公用经费合计: { 决算数: '21.34' } }) });

describe('机关运行经费 ≤ 公用经费', () => {
  it('passes a cost within the basic public expenses and warns above them', () => {
    expect(run('4.14').findings).toEqual([]);
    expect(run('24.14').findings[0]).toMatchObject({ rule: 'X-15N', severity: 'warning', actual: '24.14万元' });
  });
});
