import { describe, expect, it } from 'vitest';
import { readText } from '../../read/text-reader.js';
import type { GridBlock } from '../../read/layout.js';
import { fundingColumns, isFundingHeader, isFundingSubHeader, readFundingRow } from './funding-block.js';

const grid = (text: string) => readText('t.txt', text).blocks[0] as GridBlock;

describe('the money block', () => {
  it('splits 年初预算数 into 目标申报数 and 预算编制数 and reads a shifted row by its run of values', () => {
    const g = grid(
      [
        '项目资金预算安排及执行进度(万元)\t年初预算数\t\t全年预算数\t全年执行数\t资金结(转)余\t执行率\t得分\t偏差原因',
        '\t目标申报数\t预算编制数\t\t\t\t\t\t',
        '\t\t\t111.385\t111.385\t33.378\t33.378\t0\t100\t10',
        '市辖区财政资金\t111.385\t111.385\t33.378\t33.378\t0\t100.00\t10.00\t机构改革',
      ].join('\n'),
    );
    const [header, sub, total, source] = g.rows;
    expect(isFundingHeader(header!)).toBe(true);
    expect(isFundingSubHeader(sub!)).toBe(true);
    const columns = fundingColumns(header!, sub);
    expect(columns).toEqual(['declaredBudget', 'initialBudget', 'annualBudget', 'executed', 'balance', 'rate', 'score']);
    expect(readFundingRow(total!, columns)).toMatchObject({ label: '', values: { initialBudget: '111.385', annualBudget: '33.378', rate: '100', score: '10' } });
    expect(readFundingRow(source!, columns)).toMatchObject({ label: '市辖区财政资金', values: { executed: '33.378' }, reason: '机构改革' });
  });

  it('reads the 河南 layout with dashes and spaced percentages', () => {
    const g = grid(['项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分', '\t年度资金总额:\t5\t5\t2.71\t10\t54.2 %\t5.42', '\t财政拨款\t5\t5\t2.71\t-\t54.2 %\t-'].join('\n'));
    const columns = fundingColumns(g.rows[0]!);
    expect(readFundingRow(g.rows[1]!, columns)?.values).toEqual({ initialBudget: '5', annualBudget: '5', executed: '2.71', weight: '10', rate: '54.2', score: '5.42' });
    expect(readFundingRow(g.rows[2]!, columns)?.values).toEqual({ initialBudget: '5', annualBudget: '5', executed: '2.71', rate: '54.2' });
  });

  it('reads a rate column headed 预算执行数 (B/A) as a rate, and ignores rows without values', () => {
    const g = grid(['资金情况 (万元)\t\t全年预算数 (A)\t全年执行数 (B)\t预算执行数 (B/A)', '\t地方资金\t\t\t'].join('\n'));
    expect(fundingColumns(g.rows[0]!)).toEqual(['annualBudget', 'executed', 'rate']);
    expect(readFundingRow(g.rows[1]!, ['annualBudget'])).toBeUndefined();
  });
});
