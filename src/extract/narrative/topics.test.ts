import { describe, expect, it } from 'vitest';
import { narrowScope, phraseScope, sectionTopic, topicScope } from './topics.js';

describe('sectionTopic', () => {
  it('reads the topic from the innermost heading that names one, whatever its number', () => {
    expect(sectionTopic(['第三部分 情况说明', '一、收入支出决算总体情况说明'])).toBe('overview');
    expect(sectionTopic(['四、财政拨款收入支出决算总体情况说明'])).toBe('fiscal');
    expect(sectionTopic(['七、财政拨款“三公”经费支出决算情况说明', '（二）具体情况'])).toBe('three-public');
    expect(sectionTopic(['十、其他重要事项情况说明', '（一）机关运行经费支出情况说明'])).toBe('operating');
    expect(sectionTopic(['十一、政府采购支出情况说明'])).toBe('procurement');
    expect(sectionTopic(['（三）国有资产占有使用情况'])).toBe('assets');
    expect(sectionTopic(['八、政府性基金预算支出决算情况说明', '9、 国有资本经营预算支出决算情况说明'])).toBe('capital');
    expect(sectionTopic(['六、一般公共预算财政拨款基本支出决算情况说明'])).toBe('basic');
    expect(sectionTopic(['（四）预算绩效情况说明', '1、预算绩效管理工作开展情况'])).toBe('performance');
    expect(sectionTopic(['一、基本情况'])).toBe('other');
  });

  it('reads a 预算’s sections the same way', () => {
    expect(sectionTopic(['一、关于2018年度收支预算总表的说明'])).toBe('overview');
    expect(sectionTopic(['二、部门预算编制说明'])).toBe('overview');
    expect(sectionTopic(['三、关于2018年度收入预算的说明'])).toBe('income');
    expect(sectionTopic(['四、关于2018年度支出预算的说明'])).toBe('expenditure');
    expect(sectionTopic(['五、关于2018年度财政拨款支出预算的说明'])).toBe('fiscal');
    expect(sectionTopic(['七、一般公共预算基本支出预算的说明'])).toBe('basic');
  });

  it('refines the general-budget section by its (一)(二)(三) parts, however they are worded', () => {
    const five = '五、一般公共预算财政拨款支出决算情况说明';
    expect(sectionTopic([five])).toBe('general-total');
    expect(sectionTopic([five, '(一) 财政拨款支出决算总体情况'])).toBe('general-total');
    expect(sectionTopic([five, '（二）结构情况。'])).toBe('general-structure');
    expect(sectionTopic([five, '(三) 一般公共预算财政拨款支出决算具体情况'])).toBe('general-detail');
  });
});

describe('scopes', () => {
  it('gives each topic the money its figures are counted in', () => {
    expect(topicScope('income')).toBe('全部资金');
    expect(topicScope('fiscal')).toBe('财政拨款');
    expect(topicScope('basic')).toBe('一般公共预算');
    expect(topicScope('fund')).toBe('政府性基金预算');
    expect(topicScope('performance')).toBeUndefined();
  });

  it('lets a phrase narrow its section’s scope or name a sibling budget, never widen it', () => {
    expect(narrowScope('全部资金', '财政拨款')).toBe('财政拨款');
    expect(narrowScope('一般公共预算', '财政拨款')).toBe('一般公共预算');
    expect(narrowScope('一般公共预算', '政府性基金预算')).toBe('政府性基金预算');
    expect(narrowScope(undefined, '一般公共预算')).toBe('一般公共预算');
    expect(narrowScope('财政拨款', undefined)).toBe('财政拨款');
    expect(phraseScope('政府性基金预算财政拨款支出总计')).toBe('政府性基金预算');
    expect(phraseScope('国有资金经营预算支出')).toBe('国有资本经营预算');
    expect(phraseScope('财政拨款收入')).toBe('财政拨款');
    expect(phraseScope('基本支出')).toBeUndefined();
  });
});
