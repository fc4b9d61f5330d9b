import { describe, expect, it } from 'vitest';
import { buildDisclosure, cells } from '../../test/support/disclosure.js';
import { createContext } from './context.js';
import type { RuleInfo } from './engine.js';
import { evaluateIdentity, term } from './identity.js';
import { FINAL_ACCOUNTS } from './kinds.js';
import { plausibleMisread } from './ocr-misread.js';

describe('plausibleMisread', () => {
  it('accepts one dropped, added or mistaken character, or a moved decimal point', () => {
    expect(plausibleMisread('5551377.4', '5551377.42')).toBe(true);
    expect(plausibleMisread('1381.72', '1387.72')).toBe(true);
    expect(plausibleMisread('13877.2', '1387.72')).toBe(true);
    expect(plausibleMisread('11387.72', '1387.72')).toBe(true);
  });

  it('rejects values that no single slip explains', () => {
    expect(plausibleMisread('1387.72', '1387.72')).toBe(false);
    expect(plausibleMisread('1000.00', '1387.72')).toBe(false);
    expect(plausibleMisread('5551377.4', '5551399.42')).toBe(false);
  });
});

describe('an identity broken by an OCR number', () => {
  const rule: RuleInfo = { id: 'T03-01', family: 'arithmetic', severity: 'error', title: 't', description: 't', basis: 't', fix: 't', kinds: FINAL_ACCOUNTS };
  const identity = {
    subject: '支出决算表 合计',
    total: term('T03', '合计', '本年支出合计', '表中本年支出合计'),
    parts: [term('T03', '合计', '基本支出', '基本支出'), term('T03', '合计', '项目支出', '项目支出')],
  };
  const evaluate = (total: string, confidence?: number) =>
    evaluateIdentity(
      createContext(buildDisclosure({ unit: '元', facts: [...cells('T03', { 合计: { 基本支出: '5000000.00', 项目支出: '551377.42' } }), { table: 'T03', row: '合计', column: '本年支出合计', value: total, ...(confidence === undefined ? {} : { confidence }) }] })),
      rule,
      identity,
    ).finding;

  it('is a probable misread when one slip of recognition would mend it', () => {
    const finding = evaluate('5551377.4', 0.93);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toMatch(/^可能是识别错误：表中本年支出合计 识别为 5551377\.4（扫描件文字识别，置信度 93%），若为 5551377\.42 则此式成立/);
  });

  it('stays an error of the document when the number was printed in the text layer, or no slip explains it', () => {
    expect(evaluate('5551377.4')?.severity).toBe('error');
    expect(evaluate('5551000.00', 0.95)?.severity).toBe('error');
  });

  it('is a probable misread whenever a number in it was recognised with low confidence', () => {
    const finding = evaluate('5551000.00', 0.42);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('可能是识别错误');
    expect(finding?.message).not.toContain('若为');
  });
});
