import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../draft/drafted.js';
import { renderChartSvg, svgToPng } from './charts.js';

const bar: ChartSpec = { id: 'b', title: '收入支出决算总计', kind: 'bar', unit: '万元', categories: ['2023年度', '2024年度'], series: [{ name: '收入总计', values: ['5333.23', '2262.43'] }] };
const pie: ChartSpec = { id: 'p', title: '支出结构', kind: 'pie', unit: '万元', categories: ['基本支出', '项目支出'], series: [{ name: '支出', values: ['612.10', '1650.32'] }] };

describe('charts', () => {
  it('draws bar and pie charts as SVG with Chinese labels and the printed decimals', () => {
    for (const spec of [bar, pie]) {
      const svg = renderChartSvg(spec);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain(spec.title);
      expect(svg).toContain(spec.series[0]!.values[1]);
    }
    expect(renderChartSvg(pie)).toContain('基本支出');
  });

  it('labels pie shares exactly as the narrative rounds them, not adjusted to add up to 100%', () => {
    const spec: ChartSpec = { id: 's', title: '支出决算结构', kind: 'pie', unit: '万元', categories: ['基本支出', '项目支出'], series: [{ name: '支出', values: ['612.10', '1650.32'] }], whole: '2262.43' };
    const svg = renderChartSvg(spec);
    // 612.10 / 2262.43 = 27.0549…%: of the stated total, as the narrative says, though the slices add to 2262.42.
    expect(svg).toContain('27.05%');
    expect(svg).toContain('72.94%');
    expect(svg).not.toContain('27.06%');
  });

  it('rasterises the same SVG to PNG for DOCX', () => {
    const png = svgToPng(renderChartSvg(bar), 1);
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    // 640 × 360 at zoom 1
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(640);
  });
});
