import { describe, expect, it } from 'vitest';
import type { ClaimTopic } from '../../model/claim.js';
import { SubjectFinder } from './subjects.js';

const finder = new SubjectFinder();
/** The subject bound to the number that ends `text` (the text is everything before the number). */
const before = (text: string, topic: ClaimTopic, kind: 'money' | 'count' = 'money', unit?: string) => {
  const m = finder.closest(finder.find(text, topic, kind, undefined, unit), 0, text.length);
  return m ? `${m.subjects.join('+')}${m.scope ? `@${m.scope}` : ''}` : undefined;
};

describe('SubjectFinder', () => {
  it('names totals, income and expenditure types with the scope their words give', () => {
    expect(before('2024年度收入总计', 'overview')).toBe('收入总计');
    expect(before('与上年度相比，收、支总计各增加', 'overview')).toBe('收入总计+支出总计');
    expect(before('政府性基金预算财政拨款支出总计增加', 'fund')).toBe('支出总计@政府性基金预算');
    expect(before('2024年度收入合计', 'income')).toBe('本年收入合计');
    expect(before('其中：一般公共预算财政拨款收入', 'income')).toBe('本年收入合计@一般公共预算');
    expect(before('上级补助收入', 'income')).toBe('上级补助收入');
    expect(before('2024年一般公共预算财政拨款决算支出', 'general-total')).toBe('本年支出合计@一般公共预算');
    expect(before('其中一般公共预算项目支出', 'performance')).toBe('项目支出@一般公共预算');
    expect(before('10个项目支出合计金额', 'profile')).toBe('项目支出');
  });

  it('reads section-specific words only in their section', () => {
    expect(before('政府采购货物支出', 'procurement')).toBe('政府采购:货物');
    expect(before('政府采购货物支出', 'overview')).toBeUndefined();
    expect(before('“三公”经费财政拨款支出全年预算', 'three-public')).toBe('三公:合计');
    expect(before('公务用车购置及运行费预算为', 'three-public')).toBe('三公:公务用车购置及运行维护费');
    expect(before('公务接待费', 'basic')).toBe('经济:30217');
    expect(before('劳务派遣人员经费执行支出', 'performance')).toBeUndefined();
    expect(before('人员经费', 'basic')).toBe('人员经费');
  });

  it('tells vehicles from equipment by the unit', () => {
    expect(before('其中：机要通信用车', 'assets', 'count', '辆')).toBe('车辆:机要通信用车');
    expect(before('本部门共有车辆', 'assets', 'count', '辆')).toBe('车辆:合计');
    expect(before('单价100万元以上设备（不含车辆）', 'assets', 'count', '台（套）')).toBe('设备:单价100万元以上设备');
  });

  it('reads function and economic items in the sections that list them', () => {
    expect(before('卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：支出决算为', 'general-detail')).toBe('功能:2101501');
    expect(before('机关事业单位基本养老保险缴', 'basic')).toBe('经济:30108');
    expect(before('办公设备购置', 'basic')).toBe('经济:31002');
  });

  it('names a 预算’s own totals and funds only in a budget’s narrative', () => {
    const budget = new SubjectFinder([], 'budget');
    const of = (text: string, topic: ClaimTopic) => budget.closest(budget.find(text, topic, 'money'), 0, text.length)?.subjects.join('+');
    expect(of('2018年度收入、支出预算总计', 'overview')).toBe('收入总计+支出总计');
    expect(of('财政拨款收、支总预算', 'fiscal')).toBe('收入总计+支出总计');
    expect(of('2018年支出预算', 'expenditure')).toBe('本年支出合计');
    expect(of('其中：单位预留机动经费', 'expenditure')).toBe('单位预留机动经费');
    expect(of('会议费预算', 'three-public')).toBe('会议费');
    expect(before('2018年度收入、支出预算总计', 'overview')).toBeUndefined();
  });
});
