import { describe, expect, it } from 'vitest';
import { buildDisclosure, cells, type FactInput } from '../../test/support/disclosure.js';
import { createContext } from './context.js';
import type { RuleRef } from './engine.js';
import { evaluateIdentity, term, type Identity } from './identity.js';

const rule: RuleRef = { id: 'T', family: 'arithmetic', severity: 'error' };

const rowSum = (row: Record<string, string>, unit = '万元') => {
  const ctx = createContext(buildDisclosure({ unit, facts: cells('T03', { '21015': row }) }));
  const identity: Identity = {
    subject: '支出决算表 21015 医疗保障管理事务',
    total: term('T03', '21015', '本年支出合计', '表中本年支出合计'),
    parts: [term('T03', '21015', '基本支出', '基本支出'), term('T03', '21015', '项目支出', '项目支出')],
  };
  return evaluateIdentity(ctx, rule, identity);
};

const reprint = (a: string, b: string, unit = '万元') => {
  const facts: FactInput[] = [
    { table: 'T01', row: '210', column: '金额', value: a },
    { table: 'T03', row: '210', column: '本年支出合计', value: b },
  ];
  const ctx = createContext(buildDisclosure({ unit, facts }));
  return evaluateIdentity(ctx, rule, { subject: '210 卫生健康支出', total: term('T01', '210', '金额', '总表'), parts: [term('T03', '210', '本年支出合计', '支出决算表')] });
};

describe('evaluateIdentity', () => {
  it('passes an exact sum', () => {
    expect(rowSum({ 本年支出合计: '106.97', 基本支出: '90.74', 项目支出: '16.23' })).toEqual({ evaluated: true });
  });

  it('reports a difference within the rounding tolerance as info 尾差 with the computed sum', () => {
    const { finding } = rowSum({ 本年支出合计: '106.98', 基本支出: '90.74', 项目支出: '16.23' });
    expect(finding).toMatchObject({ severity: 'info', expected: '106.97', actual: '106.98', difference: '0.01', tolerance: '0.01' });
    expect(finding?.message).toContain('支出决算表 21015 医疗保障管理事务：基本支出 90.74 + 项目支出 16.23 = 106.97，表中本年支出合计 106.98');
    expect(finding?.message).toContain('尾差');
    expect(finding?.location).toEqual({ table: 'T03', row: '21015', column: '本年支出合计' });
    expect(finding?.sources).toHaveLength(3);
  });

  it('fails beyond the tolerance, and at once in exact 元 tables', () => {
    expect(rowSum({ 本年支出合计: '107.00', 基本支出: '90.74', 项目支出: '16.23' }).finding).toMatchObject({ severity: 'error', difference: '0.03' });
    expect(rowSum({ 本年支出合计: '106.98', 基本支出: '90.74', 项目支出: '16.23' }, '元').finding).toMatchObject({ severity: 'error', tolerance: '0.00' });
  });

  it('counts a blank cell as 0 and says it is blank', () => {
    const { finding } = rowSum({ 基本支出: '90.74', 项目支出: '16.23' });
    expect(finding).toMatchObject({ severity: 'error', expected: '106.97', actual: '0.00' });
    expect(finding?.message).toContain('表中本年支出合计 空');
  });

  it('has nothing to evaluate when every cell is blank', () => {
    expect(rowSum({})).toEqual({ evaluated: false });
  });

  it('makes a one-unit gap between two printings of the same 万元 amount a warning', () => {
    expect(reprint('236.63', '236.63')).toEqual({ evaluated: true });
    const { finding } = reprint('236.63', '236.64');
    expect(finding).toMatchObject({ severity: 'warning', tolerance: '0.00' });
    expect(finding?.message).toContain('236.63');
    expect(reprint('236.63', '236.65').finding?.severity).toBe('error');
    expect(reprint('236.63', '236.64', '元').finding?.severity).toBe('error');
  });

  it('evaluates Σ parts ≤ total and subtracted parts', () => {
    const ctx = createContext(buildDisclosure({ facts: cells('T07', { 合计: { 年初结转和结余: '5.00', 本年收入: '10.00', 本年支出小计: '12.00', 年末结转和结余: '4.00' } }) }));
    const at = (column: string, negate?: boolean) => term('T07', '合计', column, column, negate);
    const balance = evaluateIdentity(ctx, rule, { subject: 'T07', total: at('年末结转和结余'), parts: [at('年初结转和结余'), at('本年收入'), at('本年支出小计', true)] });
    expect(balance.finding).toMatchObject({ expected: '3.00', actual: '4.00' });
    expect(balance.finding?.message).toContain('年初结转和结余 5.00 + 本年收入 10.00 − 本年支出小计 12.00 = 3.00');
    const within = evaluateIdentity(ctx, rule, { subject: 'T07', total: at('本年支出小计'), parts: [at('本年收入')], relation: 'atMost' });
    expect(within).toEqual({ evaluated: true });
    const over = evaluateIdentity(ctx, rule, { subject: 'T07', total: at('本年收入'), parts: [at('本年支出小计')], relation: 'atMost' });
    expect(over.finding).toMatchObject({ severity: 'error', expected: '10.00', actual: '12.00', difference: '2.00' });
    expect(over.finding?.message).toContain('超过');
  });
});
