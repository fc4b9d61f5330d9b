import { describe, expect, it } from 'vitest';
import type { Claim } from '../../model/claim.js';
import { sectionsOf } from '../../../test/support/narrative.js';
import { extractClaims } from './claims.js';

const claims = (text: string) => extractClaims(sectionsOf(text), [], 2024);
const show = (c: Claim) =>
  `${c.subject}${c.scope ? `@${c.scope}` : ''} ${c.measure}${c.basis ? `/${c.basis}` : ''} ${c.value}${c.unit}${c.of ? ` of ${c.of}` : ''}${c.whole ? ` whole ${c.whole}@${c.wholeScope ?? ''}` : ''}`;
const read = (text: string) => claims(text).map(show);

describe('extractClaims', () => {
  it('binds totals, changes and rates to their subject and the section’s scope', () => {
    expect(read('## 一、收入支出决算总体情况说明\n2024年度收入总计2,262.43万元，支出总计2,262.43万元。与上年相比，收入总计减少3,070.80万元，下降57.58%。\n')).toEqual([
      '收入总计@全部资金 amount 2262.43万元',
      '支出总计@全部资金 amount 2262.43万元',
      '收入总计@全部资金 change -3070.80万元',
      '收入总计@全部资金 change-percent -57.58%',
    ]);
    expect(read('## 四、财政拨款收入支出决算总体情况说明\n与上年度相比，财政拨款收、支总计各增加 34.22 万元，增长 10.08%。\n')).toEqual([
      '收入总计@财政拨款 change 34.22万元',
      '支出总计@财政拨款 change 34.22万元',
      '收入总计@财政拨款 change-percent 10.08%',
      '支出总计@财政拨款 change-percent 10.08%',
    ]);
  });

  it('reads the department’s staff and posts from its 概况, never a category’s or another unit’s', () => {
    const staff = (text: string) => read(text).filter((c) => c.startsWith('人员:'));
    expect(staff('## （三）人员概况\n本局总编制43个，其中:行政编制15个，参公事业编制22个，工勤编制1个。在职人员40人，其中:行政人员13人，事业人员5人；退休人员11人。\n')).toEqual([
      '人员:编制数 count 43个',
      '人员:在职人数 count 40人',
    ]);
    expect(staff('## 三、部门机构设置和所属单位情况\n现有38个处室，编制 339 名，其中行政编制 199 名、行政附属编制 104 名。实际在编在职人员 274 名，离退休人员 150 名。\n')).toEqual([
      '人员:编制数 count 339名',
      '人员:在职人数 count 274名',
    ]);
    // Only categories are stated (行政 and 事业 separately): no total for the department.
    expect(staff('## （一）部门概况\n内设机构2个。行政编制数7名，实有6人，下设事业单位1个，事业编制25名，实有21人。\n')).toEqual([]);
    // A number before the words, or words far from the number, count something else.
    expect(staff('## 一、部门概况\n本部门预算还包括联谊俱乐部 8 名在职人员。依据人员编制规定，内设机构5个。\n')).toEqual([]);
  });

  it('never gives the subject the amounts of its reasons', () => {
    const found = claims('## 五、财政拨款支出预算情况说明\n2．社会保障和就业支出1,836.22万元，与上年相比减少184.96万元。主要原因是退休人员基本养老金由社保中心发放。同时，省财政将单位缴费下达给省级部门，增加部门预算1,464.3万元。\n');
    expect(found.filter((c) => c.subject === '功能:208').map((c) => `${c.measure} ${c.value}`)).toEqual(['amount 1836.22', 'change -184.96']);
    expect(found.find((c) => c.value === '1464.3')?.subject).toBe('?');
  });

  it('reads last year’s amount that a comparison names before the change as last year’s', () => {
    const found = claims('## 六、“三公”经费支出决算情况说明\n公务接待费支出0.69万元，比2023年度的0.54万元增加0.15万元，主要原因是接待任务增加。\n');
    expect(found.map((c) => `${c.measure} ${c.period} ${c.value}`)).toEqual(['amount 本年 0.69', 'amount 上年 0.54', 'change 本年 0.15']);
  });

  it('makes the figure before 其中 the whole of the shares listed after it, across lines', () => {
    expect(read('## 三、支出决算情况说明\n2024年度支出合计2,262.43万元，其中：\n基本支出612.10万元，占比27.06%；\n项目支出1,650.32万元，占比72.94%。\n')).toEqual([
      '本年支出合计@全部资金 amount 2262.43万元',
      '基本支出@全部资金 amount 612.10万元',
      '基本支出@全部资金 share 27.06% whole 本年支出合计@全部资金',
      '项目支出@全部资金 amount 1650.32万元',
      '项目支出@全部资金 share 72.94% whole 本年支出合计@全部资金',
    ]);
    expect(read('## 五、一般公共预算财政拨款支出决算情况说明\n### （一）总体情况\n2024年一般公共预算财政拨款决算支出2,262.43万元，占本年支出合计的100.00%。\n')).toContain(
      '本年支出合计@一般公共预算 share 100.00% of 本年支出合计',
    );
  });

  it('reads §五(三) items by their class/款/项 chain, and a paragraph’s later sentences by its subject', () => {
    const text = [
      '## 五、一般公共预算财政拨款支出决算情况说明',
      '### （三）具体情况',
      '2024年度一般公共预算财政拨款支出年初预算5,997.45万元,支出决算2,262.43万元,完成年初预算的37.72%。',
      '8. 卫生健康支出（类）医疗保障管理事务（款）行政运行（项）。年初预算为 58.40 万元，支出决算为 37.01 万元，完成年初预算的 63.37%。',
      '卫生健康支出年初预算5,742.25万元,支出决算2,136.04万元,用于计划生育事务2万元。较上年决算减少2,452.29万元,下降53.45%。',
    ].join('\n');
    expect(read(text)).toEqual([
      '本年支出合计@一般公共预算 budget/年初 5997.45万元',
      '本年支出合计@一般公共预算 amount 2262.43万元',
      '本年支出合计@一般公共预算 completion/年初 37.72%',
      '功能:2101501@一般公共预算 budget/年初 58.40万元',
      '功能:2101501@一般公共预算 amount 37.01万元',
      '功能:2101501@一般公共预算 completion/年初 63.37%',
      '功能:210@一般公共预算 budget/年初 5742.25万元',
      '功能:210@一般公共预算 amount 2136.04万元',
      '功能:21007@一般公共预算 amount 2万元',
      '功能:210@一般公共预算 change -2452.29万元',
      '功能:210@一般公共预算 change-percent -53.45%',
    ]);
  });

  it('reads 三公 money and counts, unchanged figures and "no such money" statements', () => {
    const text = [
      '## 九、财政拨款“三公”经费支出决算情况说明',
      '因公出国（境）费支出0万元，与上年相同。',
      '3、公务用车运行维护费支出4.60万元，使用财政拨款负担的公务用车保有量共3辆。',
      '4、公务接待费支出0万元，共接待0批次，0人次。',
      '## 七、政府性基金预算财政拨款收支决算情况说明',
      '本年度无此项收支。',
    ].join('\n');
    expect(read(text)).toEqual([
      '三公:因公出国（境）费@财政拨款 amount 0万元',
      '三公:因公出国（境）费@财政拨款 change 0',
      '三公:公务用车运行维护费@财政拨款 amount 4.60万元',
      '三公:保有量@财政拨款 count 3辆',
      '三公:公务接待费@财政拨款 amount 0万元',
      '三公:接待批次@财政拨款 count 0批次',
      '三公:接待人次@财政拨款 count 0人次',
      '本年收入合计@政府性基金预算 amount 0',
      '本年支出合计@政府性基金预算 amount 0',
    ]);
  });

  it('keeps a list of budgets a list of budgets and names projects in 绩效 text', () => {
    expect(read('## 二、部门财政资金收支情况\n我局2024年年初预算支出数1176.57万元，其中：基本支出776.13万元，占65.97%。\n')).toEqual([
      '本年支出合计 budget/年初 1176.57万元',
      '基本支出 budget/年初 776.13万元',
      '基本支出 share 65.97% whole 本年支出合计@',
    ]);
    expect(read('## （二）分项绩效目标实现情况\n退役士兵安置年初预算21.8万元，完成年初预算98%，执行支出21.63351万元。\n')).toEqual([
      '项目:退役士兵安置 budget/年初 21.8万元',
      '项目:退役士兵安置 completion/年初 98%',
      '项目:退役士兵安置 amount 21.63351万元',
    ]);
  });

  it('keeps every number, with subject ? when nothing names it, and its line and sentence', () => {
    const [c] = claims('## 一、基本情况\n下设4个股室，参保率为98.5%。\n');
    expect(show(c!)).toBe('? count 4个');
    expect(claims('## 一、基本情况\n参保率为98.5%。\n').map(show)).toEqual(['? share 98.5%']);
    const [total] = claims('## 一、收入支出决算总体情况说明\n2024年度本部门（单位）全口径决算的收入总计\n\n2,262.43万元。\n');
    expect(total).toMatchObject({
      subject: '收入总计',
      source: { line: 4 },
      sentence: { line: 2 },
      quote: '2024年度本部门（单位）全口径决算的收入总计2,262.43万元。',
      written: '2,262.43万元',
    });
  });

  it('reads how a 决算 is compared with its budget, bound to the item, without a number', () => {
    const detail = '## 五、一般公共预算财政拨款支出决算情况说明\n### （三）具体情况\n';
    const item = claims(`${detail}1、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为 28.11 万元，支出决算为\n28.11 万元。决算数同预算数持平。\n`);
    expect(item.at(-1)).toMatchObject({ subject: '功能:2210201', measure: 'comparison', value: '0', direction: '持平', written: '决算数同预算数持平', basis: '预算' });
    const reversed = claims(`${detail}一般公共预算财政拨款支出年初预算为10.00万元，支出决算为9.00万元。年初预算数大于决算数，主要原因是节约。\n`);
    expect(reversed.at(-1)).toMatchObject({ measure: 'comparison', direction: '减少', written: '年初预算数大于决算数', basis: '年初' });
    expect(claims('## 一、基本情况\n报销比例大于70%，预算结余率小于10%的项目16个。\n').filter((c) => c.measure === 'comparison')).toEqual([]);
  });

  it('notes what an item is mainly used for on its claims, and reads full-width digits', () => {
    const detail = '## 五、一般公共预算财政拨款支出决算情况说明\n### （三）具体情况\n';
    const [budget] = claims(`${detail}1、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：事业单位医疗保险支出。年初预算为２８．１１万元。\n`);
    expect(budget).toMatchObject({ subject: '功能:2210201', purpose: '事业单位医疗保险支出', value: '28.11', written: '２８．１１万元' });
    const listed = claims(`${detail}一般公共预算财政拨款支出9746.50万元，主要用于以下方面：住房保障支出（类）461.08万元。\n`);
    expect(listed.every((c) => c.purpose === undefined)).toBe(true);
  });
});
