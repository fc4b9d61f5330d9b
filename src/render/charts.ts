// Charts: one code path for every format. ECharts draws a ChartSpec as SVG on the server (no DOM, no canvas);
// HTML and PDF embed the SVG, DOCX gets a PNG rasterised from the same SVG by resvg.
//
// Why resvg (@resvg/resvg-js) for the PNG: it ships its native binary inside per-platform npm packages (no
// download at install time, no system library), renders SVG text with the fonts we point it at (Noto CJK), and
// is widely used and maintained. Rasterising through Chromium would make DOCX output depend on a browser being
// installed and cost a browser start per document; canvas-based packages need system Cairo/Pango.
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import Big from 'big.js';
import * as echarts from 'echarts';
import type { ChartSpec } from '../draft/drafted.js';
import { formatPercent, ratio } from '../draft/number-format.js';

export const CHART_FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif";

export interface ChartSize {
  width: number;
  height: number;
}

export const DEFAULT_CHART_SIZE: ChartSize = { width: 640, height: 360 };

/** ECharts option for a spec. Values are plotted from the decimals but labelled with the printed strings. */
export function chartOption(spec: ChartSpec): echarts.EChartsCoreOption {
  const label = (series: number) => (p: { dataIndex: number }) => spec.series[series]?.values[p.dataIndex] ?? '';
  const base = {
    animation: false,
    textStyle: { fontFamily: CHART_FONT },
    title: { text: spec.title, subtext: `单位：${spec.unit}`, left: 'center', textStyle: { fontFamily: CHART_FONT, fontSize: 16 } },
    color: ['#2f5597', '#c55a11', '#548235', '#7f6000', '#7030a0', '#2e75b6', '#bf9000', '#a5a5a5'],
  };
  if (spec.kind === 'pie') {
    const series = spec.series[0];
    // Shares computed exactly and rounded as the narrative rounds them; ECharts' own percent adjusts shares so they
    // add to 100, which would print 27.06% beside a text that says 27.05%.
    const values = spec.categories.map((_, i) => new Big(series?.values[i] ?? '0'));
    const whole = spec.whole !== undefined ? new Big(spec.whole) : values.reduce((a, b) => a.plus(b), new Big(0));
    const share = (i: number) => {
      const rate = ratio(values[i]!, whole);
      return rate ? `（${formatPercent(rate)}）` : '';
    };
    return {
      ...base,
      legend: { bottom: 0, type: 'plain', textStyle: { fontFamily: CHART_FONT } },
      series: [
        {
          type: 'pie',
          name: series?.name ?? spec.title,
          radius: ['0%', '55%'],
          center: ['50%', '52%'],
          data: spec.categories.map((name, i) => ({ name, value: Number(series?.values[i] ?? 0) })),
          label: { formatter: (p: { name: string; dataIndex: number }) => `${p.name}\n${label(0)(p)}${share(p.dataIndex)}`, fontFamily: CHART_FONT },
        },
      ],
    };
  }
  return {
    ...base,
    legend: { bottom: 0, textStyle: { fontFamily: CHART_FONT } },
    grid: { left: 60, right: 30, top: 70, bottom: 60, containLabel: true },
    xAxis: { type: 'category', data: spec.categories, axisLabel: { fontFamily: CHART_FONT, interval: 0 } },
    yAxis: { type: 'value', axisLabel: { fontFamily: CHART_FONT } },
    series: spec.series.map((s, k) => ({
      type: 'bar',
      name: s.name,
      data: s.values.map((v) => Number(v)),
      barMaxWidth: 48,
      label: { show: true, position: 'top', formatter: label(k), fontFamily: CHART_FONT },
    })),
  };
}

/** The chart as a standalone SVG document (server-side rendering, no DOM). */
export function renderChartSvg(spec: ChartSpec, size: ChartSize = DEFAULT_CHART_SIZE): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(chartOption(spec));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * Noto Sans CJK of Debian's fonts-noto-cjk (or of other layouts): the first one present. One file only: parsing
 * a 20 MB collection is most of the rasterising time, and bold titles are synthesised from the regular face.
 */
const FONT_FILES = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc'];

/** The SVG rasterised to PNG at `scale` (2 = print quality for a 16 cm wide image). */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const fontFiles = FONT_FILES.filter((f) => existsSync(f)).slice(0, 1);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    // without Noto CJK on the machine, fall back to whatever the system has rather than printing no text
    font: { loadSystemFonts: fontFiles.length === 0, fontFiles, defaultFontFamily: 'Noto Sans CJK SC', sansSerifFamily: 'Noto Sans CJK SC' },
  });
  return new Uint8Array(resvg.render().asPng());
}

export interface RenderedChart {
  spec: ChartSpec;
  svg: string;
  size: ChartSize;
  /** The PNG fallback, rasterised on first use and kept (DOCX and XLSX share it). */
  png(): Uint8Array;
}

/** Every chart of a package, drawn once and shared by the formats that embed it. */
export function renderCharts(specs: readonly ChartSpec[], size: ChartSize = DEFAULT_CHART_SIZE): Map<string, RenderedChart> {
  return new Map(
    specs.map((spec) => {
      const svg = renderChartSvg(spec, size);
      let png: Uint8Array | undefined;
      return [spec.id, { spec, svg, size, png: () => (png ??= svgToPng(svg)) }];
    }),
  );
}
