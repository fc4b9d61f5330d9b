import { describe, expect, it } from 'vitest';
import { readText } from '../../read/text-reader.js';
import { HENAN_TABLES, SHANXI_TABLE } from '../../../test/support/performance-texts.js';
import { extractPerformance } from './index.js';

const extract = (text: string) => extractPerformance(readText('t.txt', text).blocks);

describe('extractPerformance', () => {
  it('returns tables, reports and 综述 in document order', () => {
    const text = [
      '（四）预算绩效情况说明',
      '临时工工资项目绩效自评综述：项目绩效自评得分为100分。项目全年预算数为11.88万元，执行数为11.88万元，完成预算的100%。',
      SHANXI_TABLE,
      HENAN_TABLES,
    ].join('\n');
    expect(extract(text).map((e) => `${e.kind}:${e.name}`)).toEqual(['report:临时工工资', 'project:医保档案规范化整理经费', 'project:综合业务费', 'department:示例局']);
  });

  it('skips blocks the caller marks as standard tables', () => {
    const blocks = readText('t.txt', '临时工工资项目绩效自评综述：项目绩效自评得分为100分。').blocks;
    expect(extractPerformance(blocks, () => true)).toEqual([]);
  });

  it('never throws on noise', () => {
    const noise = ['项目支出绩效自评表', '\t\t\t', '总分\t优\t', '绩效自评报告', '其中：', '综述：', '\t年初预算数\t全年预算数', '\t—\t—\t%\t'].join('\n');
    expect(() => extract(noise)).not.toThrow();
    expect(extract('')).toEqual([]);
  });
});
