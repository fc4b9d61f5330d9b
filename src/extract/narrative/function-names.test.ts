import { describe, expect, it } from 'vitest';
import type { TableInfo } from '../../model/disclosure.js';
import { chainNames, findFunctionNames, FunctionIndex } from './function-names.js';

const index = new FunctionIndex();
const codes = (text: string, context?: string) => findFunctionNames(text, index, context).map((f) => `${f.code ?? '?'}:${f.label}`);

describe('findFunctionNames', () => {
  it('resolves a printed chain to its deepest code, with or without 支出 and spaces', () => {
    expect(codes('8. 卫生健康支出（类）医疗保障管理事务（款）行政运行（项）。')).toEqual(['2101501:卫生健康支出（类）医疗保障管理事务（款）行政运行（项）']);
    expect(codes('2. 社会保障和就业（类）行政事业单位养老支出（款） 机关事业单位基本养老保险缴费支出（项）： 支出决算')[0]).toMatch(/^2080505:/);
    expect(codes('主要用于以下方面：社会保障和就业（类）支出 8.96 万元')).toEqual(['208:社会保障和就业（类）支出']);
    expect(codes('社会保障和就业支出(类)82.46万元')).toEqual(['208:社会保障和就业支出(类)']);
  });

  it('resolves a 项 under its class when the 款 name is wrong, and gives up on an unknown 项', () => {
    expect(codes('住房保障支出（类）住房保障支出（款）住房公积金（项）')[0]).toMatch(/^2210201:/);
    expect(codes('社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位退休人员活动费支出（项）')[0]).toMatch(/^\?:/);
  });

  it('resolves a chain that starts at its 款 under the one class with such a 款, or the class of the context', () => {
    // 江苏 budgets: "1．法院（款）行政运行（项）支出 14857.61 万元", its tables printing 2040501 行政运行
    const table: TableInfo = { id: 'B05', title: '', reading: { status: 'complete', numbers: 1, facts: 1, nonFacts: 0, unread: [] }, source: { line: 1 }, codes: [{ code: '2040501', name: '行政运行', source: { line: 1 } }] };
    expect(findFunctionNames('1．法院（款）行政运行（项）支出 14857.61 万元', new FunctionIndex([table]))[0]?.code).toBe('2040501');
    expect(codes('1.人大事务（款）行政运行（项）支出6372.32万元', '201')[0]).toMatch(/^\?:/);
    // the 款 is known, its 项 not: unresolved, never 公安's 行政运行 (2040201)
    expect(codes('公共安全支出（类）法院（款）行政运行（项）')[0]).toMatch(/^\?:/);
    expect(codes('1．法院（款）行政运行（项）')[0]).toMatch(/^\?:/);
    // 行政运行 as a 款 name is no 款 anywhere: unresolved, never guessed
    expect(codes('行政运行（款）其他支出（项）')[0]).toMatch(/^\?:/);
  });

  it('reads bare names: classes anywhere, 款 and 项 only below the class named before', () => {
    expect(codes('卫生健康支出年初预算5,742.25万元，用于计划生育事务2万元，医疗救助1475.15万元')).toEqual(['210:卫生健康支出', '21007:计划生育事务', '21013:医疗救助']);
    expect(codes('行政运行58.40万元')).toEqual([]);
    expect(codes('行政运行58.40万元', '21015')).toEqual(['2101501:行政运行']);
  });

  it('knows the codes and names the document’s own tables print', () => {
    const chain = '灾害防治及应急管理支出（类）应急管理事务（款）安全监管（项）';
    expect(findFunctionNames(chain, index)[0]?.code).toBe(undefined);
    const table: TableInfo = { id: 'T05', title: '', reading: { status: 'complete', numbers: 1, facts: 1, nonFacts: 0, unread: [] }, source: { line: 1 }, codes: [{ code: '2240106', name: '安全监管', source: { line: 1 } }] };
    expect(findFunctionNames(chain, new FunctionIndex([table]))[0]?.code).toBe('2240106');
  });
});

describe('chainNames', () => {
  it('lists the printed names by level', () => {
    expect(chainNames('12、住房保障支出（类）住房保障支出（款）住房公积金（项）')).toEqual({ 类: '住房保障支出', 款: '住房保障支出', 项: '住房公积金' });
  });
});
