import { describe, expect, it } from 'vitest';
import { itemName, itemStatements, listStatements } from './statements.js';

const src = { line: 1 };

describe('project statements of 自评 reports', () => {
  it('names the project an item talks about', () => {
    expect(itemName('宣传经费项目完成情况：我单位开展宣传，实际支出0万元，完成率100%。')).toBe('宣传经费');
    expect(itemName('退役士兵安置年初预算21.8万元，完成年初预算98%。')).toBe('退役士兵安置');
    expect(itemName('医保扶贫方面：做好救助工作。2025年县级配套城乡医疗救助184.61万元，完成年初预算7%。')).toBe('县级配套城乡医疗救助');
    expect(itemName('5、工资福利及公用经费预算及追加：5689079.87 元')).toBe('工资福利及公用经费');
    expect(itemName('没有金额的句子。')).toBeUndefined();
  });

  it('binds each claimed rate to the spending of its sentence and the budget before it', () => {
    const lines = itemStatements('退役士兵安置年初预算21.8万元，完成年初预算98%，执行支出21.63351万元。绩效指标：足额发放。总体绩效目标完成率100%。', src);
    expect(lines).toEqual([
      expect.objectContaining({ label: '退役士兵安置', initialBudget: '21.8', executed: '21.63351', rate: '98', rateBasis: 'initialBudget', unit: '万元' }),
      expect.objectContaining({ label: '退役士兵安置', executed: '21.63351', rate: '100', rateBasis: 'target', quote: '总体绩效目标完成率100%。' }),
    ]);
  });

  it('takes a bare amount after the name as the budget, and the nearest budget for later spending', () => {
    expect(itemStatements('办公场所租赁费5万元，绩效目标：保障运行。总体绩效目标完成率100%。', src)[0]).toMatchObject({ initialBudget: '5', rate: '100', rateBasis: 'target' });
    const item = itemStatements('5、工资福利及公用经费预算及追加：5689079.87 元工资福利及公用经费预算：4797515 元。2022 年实际支出 4797515 元，完成预算的 100%。工资福利追加；891564.87 元。2022 年实际支出 891564.87 元。', src);
    expect(item.map((l) => [l.initialBudget, l.executed, l.rate])).toEqual([
      ['4797515', '4797515', '100'],
      ['4797515', '891564.87', undefined],
    ]);
  });

  it('reads the lists of projects by what the list is about', () => {
    expect(listStatements('预算调整后项目预算支出4910.92108万元，项目支出主要包括：劳务派遣人员43.30121万元、宣传活动经费0万元和医保退休职工服务中心经费0.6万元。', src)).toEqual([
      expect.objectContaining({ label: '劳务派遣人员', annualBudget: '43.30121' }),
      expect.objectContaining({ label: '宣传活动经费', annualBudget: '0' }),
      expect.objectContaining({ label: '医保退休职工服务中心经费', annualBudget: '0.6' }),
    ]);
    expect(listStatements('决算收支情况：部门支出5294.26万元，主要为：网络经费6万元。', src)[0]).toMatchObject({ executed: '6' });
    expect(listStatements('没有清单。', src)).toEqual([]);
  });
});
