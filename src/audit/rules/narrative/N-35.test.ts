import { describe, expect, it } from 'vitest';
import { cells } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_35 } from './N-35.js';

const run = (text: string, facts = cells('T05', { '2101506': { 小计: '69.62' } })) => runNarrative([N_35], { text, facts });
const flags = (text: string, facts?: Parameters<typeof run>[1]) => run(text, facts).findings.map((f) => `${f.rule} ${f.severity} ${f.actual}`);

describe('N-35 说明中金额的单位与文件金额单位相符（元、万元不混用）', () => {
  it('reports a 万元 figure written in 元 (an amount the document prints in 万元)', () => {
    expect(flags('## 1、预算绩效管理工作开展情况\n二级项目绩效自评个数2个，涉及资金69.62元。')).toEqual(['N-35 error 69.62元']);
  });

  it('passes an amount in 元 that is no 万元 figure of the document, and 69.62万元 itself', () => {
    expect(flags('## 1、预算绩效管理工作开展情况\n二级项目绩效自评个数2个，涉及资金68.62元。')).toEqual([]);
    expect(flags('## 1、预算绩效管理工作开展情况\n二级项目绩效自评个数2个，涉及资金69.62万元。')).toEqual([]);
  });
});
