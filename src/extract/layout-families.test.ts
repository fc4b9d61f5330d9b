// Layout families real publications use (issue 10 §3): each reproducer is the smallest text that showed the fault.
import { describe, expect, it } from 'vitest';
import { readText } from '../read/text-reader.js';
import { extractDisclosure } from './index.js';

const extract = (text: string) => extractDisclosure(readText('doc.txt', text));
const facts = (text: string, table: string) =>
  Object.fromEntries(extract(text).facts.filter((f) => f.table === table).map((f) => [`${f.row}|${f.column}`, f.value]));
const HEAD = '测试县示例局\n2024年度部门决算\n';

describe('layout families', () => {
  it('keeps a table region open over long header lines and section lines, so its numbers are never lost', () => {
    const text = `${HEAD}收入决算表\n金额单位：万元\n科目编码 科目名称 本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 附属单位上缴收入 其他收入\n合计 100.00 100.00\n208 社会保障和就业支出 100.00 100.00\n`;
    const t02 = extract(text).tables.find((t) => t.id === 'T02')!.reading;
    expect(t02.status).not.toBe('empty');
    expect(t02.unread.length + t02.facts).toBe(4);
  });

  it('reads a title wrapped onto a line that is itself a shorter title as the longer one', () => {
    const text = `${HEAD}一般公共预算财政拨款\n支出决算表\n金额单位：万元\n科目编码\t科目名称\t小计\t基本支出\t项目支出\n合计\t\t100.00\t70.00\t30.00\n208\t社会保障和就业支出\t100.00\t70.00\t30.00\n`;
    expect(extract(text).document.tables).toEqual(['T05']);
    expect(facts(text, 'T05')['208|小计']).toBe('100.00');
  });

  it('reads 公开06 with its economic codes split into 类 | 款, and never swallows an equal 款 as a reprint of its 类', () => {
    const text = `${HEAD}一般公共预算财政拨款基本支出决算明细表\n金额单位：万元\n人员经费\t\t\t\t公用经费\n科目编码\t\t科目名称\t决算数\t科目编码\t\t科目名称\t决算数\n类\t款\t\t\t类\t款\n301\t\t工资福利支出\t55.00\t302\t\t商品和服务支出\t15.00\n\t01\t基本工资\t55.00\t\t01\t办公费\t15.00\n人员经费合计\t\t\t55.00\t公用经费合计\t\t\t15.00\n`;
    expect(facts(text, 'T06')).toEqual({ '301|决算数': '55.00', '30101|决算数': '55.00', '302|决算数': '15.00', '30201|决算数': '15.00', '人员经费合计|决算数': '55.00', '公用经费合计|决算数': '15.00' });
    expect(extract(text).tables[0]!.reading.status).toBe('complete');
  });

  it('reads a row printed again (a continued page) once, but leaves a different row under a taken key unread', () => {
    const table = `${HEAD}支出决算表\n金额单位：万元\n科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出\n合计\t\t100.00\t70.00\t30.00\n208\t社会保障和就业支出\t100.00\t70.00\t30.00\n`;
    const again = `${table}208\t社会保障和就业支出\t100.00\t70.00\t30.00\n`;
    expect(extract(again).tables[0]!.reading).toMatchObject({ status: 'complete', unread: [] });
    const misread = `${table}208\t卫生健康支出\t100.00\t70.00\t30.00\n`;
    expect(extract(misread).tables[0]!.reading.unread.map((u) => u.text)).toEqual(['100.00', '70.00', '30.00']);
  });

  it('matches columns whose header repeats 决算数 under every column', () => {
    const text = `${HEAD}财政拨款收入支出决算总表\n金额单位：万元\n收入\t\t\t支出\n项目\t行次\t金额\t项目\t行次\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\t国有资本经营预算财政拨款\n\t\t决算数\t\t\t决算数\t决算数\t决算数\t决算数\n一、一般公共预算财政拨款\t1\t100.00\t八、社会保障和就业支出\t40\t100.00\t100.00\n本年收入合计\t27\t100.00\t本年支出合计\t59\t100.00\t100.00\n总计\t32\t100.00\t总计\t64\t100.00\t100.00\n`;
    expect(facts(text, 'T04')).toMatchObject({ '208|合计': '100.00', '208|一般公共预算财政拨款': '100.00', '支出总计|合计': '100.00' });
    expect(extract(text).tables[0]!.reading).toMatchObject({ status: 'complete' });
  });
});
