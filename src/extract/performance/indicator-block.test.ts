import { describe, expect, it } from 'vitest';
import { readText } from '../../read/text-reader.js';
import type { GridBlock } from '../../read/layout.js';
import { readIndicatorHeader, readIndicatorRow, type IndicatorContext } from './indicator-block.js';

const rows = (text: string) => (readText('t.txt', text).blocks[0] as GridBlock).rows;

describe('indicator rows', () => {
  const shanxi = rows(
    [
      '绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t调整后指标值\t实际完成值\t定性指标情况说明\t分值\t得分\t偏差原因分析及改进措施',
      '\t产出指标\t数量指标\t档案资料入库率\t100%\t100%\t100%\t\t20\t20\t',
      '\t\t质量指标\t档案标准化建设\t显著提升\t达成预期目标\t\t10\t10\t\t',
      '\t\t\t时效指标\t市域内一站\t\t不低于上年\t达成预期\t10\t10\t',
      '\t效益指标\t成本指标\t整理≤万元\t111.385万\t33.38万\t\t10\t5\t\t机构改革',
      '服务对象满意度\t\t参保群众对医保\t≥%\t≥85%\t≥85%\t\t\t10\t10\t',
      '\t\t\t指标2:\t\t\t\t\t\t',
    ].join('\n'),
  );

  it('reads aligned rows by position and shifted ones by content', () => {
    const header = readIndicatorHeader(shanxi[0]!)!;
    expect(header).toMatchObject({ level1: 1, level2: 2, name: 3, weight: 8, score: 9 });
    const context: IndicatorContext = {};
    const read = shanxi.slice(1).map((r) => readIndicatorRow(r, header, context));
    expect(read[0]).toMatchObject({ level1: '产出指标', level2: '数量指标', name: '档案资料入库率', initialTarget: '100%', target: '100%', actual: '100%', weight: '20', score: '20' });
    expect(read[1]).toMatchObject({ level1: '产出指标', level2: '质量指标', name: '档案标准化建设', target: '显著提升', actual: '达成预期目标', weight: '10', score: '10' });
    expect(read[2]).toMatchObject({ level2: '时效指标', name: '市域内一站', weight: '10' });
    expect(read[3]).toMatchObject({ level1: '效益指标', level2: '成本指标', target: '111.385万', actual: '33.38万', score: '5', reason: '机构改革' });
    expect(read[4]).toMatchObject({ level2: '服务对象满意度', name: '参保群众对医保', target: '≥85%', actual: '≥85%' });
    expect(read[5]).toBeUndefined();
    expect(read[0]?.source).toMatchObject({ line: 2, column: 4 });
  });

  it('reads 偏差度 and keeps NaN as printed', () => {
    const henan = rows(
      ['一级指标\t二级指标\t三级指标\t年度指标值\t实际值完成值\t分值\t得分\t偏差度\t偏差原因分析及改进措施', '成本指标\t经济成本指标\t不适用1\t≥0000\t100\t3\t1.8\tNaN\t不适用本项指标', '\t\t政府采购执行率\t≥90%\t0%\t2\t0\t- 100.00\t本单位没有政府采购'].join('\n'),
    );
    const header = readIndicatorHeader(henan[0]!)!;
    const context: IndicatorContext = {};
    expect(readIndicatorRow(henan[1]!, header, context)).toMatchObject({ level1: '成本指标', level2: '经济成本指标', target: '≥0000', actual: '100', weight: '3', score: '1.8', deviation: 'NaN' });
    expect(readIndicatorRow(henan[2]!, header, context)).toMatchObject({ level1: '成本指标', name: '政府采购执行率', deviation: '-100.00', reason: '本单位没有政府采购' });
  });

  it('reads scores printed with 分 and rows of a grid without score columns', () => {
    const scored = rows(['一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分', '绩效指标\t产出指标(60)\t质量指标\t指标1:\t100%\t93%\t20分\t15.8分'].join('\n'));
    expect(readIndicatorRow(scored[1]!, readIndicatorHeader(scored[0]!), {})).toMatchObject({ level1: '产出指标（60）', weight: '20', score: '15.8', target: '100%', actual: '93%' });
    const unscored = rows(['绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t全年实际完成值', '\t产出指标\t数量指标\t信息公开\t100\t100'].join('\n'));
    expect(readIndicatorRow(unscored[1]!, readIndicatorHeader(unscored[0]!), {})).toMatchObject({ name: '信息公开', target: '100', actual: '100' });
  });
});
