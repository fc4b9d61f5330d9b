import { describe, expect, it } from 'vitest';
import { cells } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { X_22 } from './X-22.js';

const text = (cost: string) => `## （一）机关运行经费支出情况说明\n2024年机关运行经费支出${cost}万元。\n`;
const run = (cost: string) => runNarrative([X_22], { text: text(cost), facts: cells('T06', { 公用经费合计: { 决算数: '21.34' } }) });

describe('X-22 说明中的机关运行经费不超过基本支出中的公用经费', () => {
  it('passes a cost within the basic public expenses', () => {
    expect(run('4.14').findings).toEqual([]);
  });

  it('warns on a cost above them', () => {
    expect(run('24.14').findings[0]).toMatchObject({ rule: 'X-22', severity: 'warning', actual: '24.14万元' });
  });
});
