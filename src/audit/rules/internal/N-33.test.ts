import { describe, expect, it } from 'vitest';
import { cells } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_33 } from './N-33.js';

const text = (second: string) =>
  `## 五、一般公共预算财政拨款支出决算情况说明\n### （一）总体情况\n2024年度一般公共预算财政拨款支出2280.29万元。\n### （二）结构情况\n2024年度一般公共预算财政拨款支出${second}万元，主要用于以下方面。\n`;
const flags = (t: string, facts = [] as ReturnType<typeof cells>) => runNarrative([N_33], { text: t, facts, tables: facts.length ? ['T05'] : [] }).findings.map((f) => f.severity);

describe('N-33 说明中两处陈述的同一数字一致', () => {
  it('passes a figure restated identically', () => {
    expect(flags(text('2280.29'))).toEqual([]);
  });

  it('reports a restatement that differs (one last digit: warning; more: error)', () => {
    expect(flags(text('2280.30'))).toEqual(['warning']);
    expect(flags(text('2281.29'))).toEqual(['error']);
  });

  it('leaves figures the tables print to the table rules', () => {
    expect(flags(text('2281.29'), cells('T05', { 合计: { 小计: '2280.29' } }))).toEqual([]);
  });
});
