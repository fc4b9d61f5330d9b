import { describe, expect, it } from 'vitest';
import { cells } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { X_17 } from './X-17.js';

const THREE = '## 九、财政拨款“三公”经费支出决算情况说明\n';
const run = (text: string, facts = cells('T10', { 车辆数合计: { 统计数: '2' } })) => runNarrative([X_17], { text, facts });

describe('X-17 财政拨款负担的公务用车保有量不超过车辆总数', () => {
  it('passes a 保有量 within the vehicles the department holds', () => {
    expect(run(`${THREE}3、公务用车运行维护费支出4.60万元，使用财政拨款负担的公务用车保有量共2辆。`).findings).toEqual([]);
  });

  it('reports a 保有量 above the vehicles the department holds', () => {
    const { findings } = run(`${THREE}3、公务用车运行维护费支出4.60万元，使用财政拨款负担的公务用车保有量共3辆。`);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'X-17', severity: 'error', actual: '3辆' });
    expect(findings[0]?.message).toContain('保有量');
  });
});
