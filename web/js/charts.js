/* global document, window, ResizeObserver */
// ECharts, loaded only by the pages that draw charts (about 200 KB compressed). The file is ECharts' "common"
// build (line, bar, pie, tooltip, legend), served by our server at a hashed URL taken from the import map.
let loading;

export function loadECharts() {
  loading ??= new Promise((resolve, reject) => {
    if (window.echarts) return resolve(window.echarts);
    const script = document.createElement('script');
    script.src = import.meta.resolve('/vendor/echarts.js');
    script.async = true;
    script.onload = () => (window.echarts ? resolve(window.echarts) : reject(new Error('图表组件加载失败。')));
    script.onerror = () => {
      loading = undefined;
      reject(new Error('图表组件加载失败，请检查网络后刷新页面。'));
    };
    document.head.append(script);
  });
  return loading;
}

// ECharts measures text itself: it needs the real font names ('inherit' would be measured as the default font).
const FONT = 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
const COLORS = ['#8b0000', '#1f5f99', '#b7791f', '#1a7f37', '#6f42c1', '#57606a'];

/**
 * A chart in `el` (SVG, so it stays sharp and can be inspected), resized with its box. `describe` is the text
 * alternative: the chart is an image to assistive technology, and the page shows the same numbers as a table.
 */
export async function chart(el, option, describe) {
  const echarts = await loadECharts();
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', describe);
  const instance = echarts.init(el, null, { renderer: 'svg', locale: 'ZH' });
  instance.setOption({ color: COLORS, animation: false, textStyle: { fontFamily: FONT }, ...option });
  const observer = new ResizeObserver(() => instance.resize());
  observer.observe(el);
  return {
    instance,
    dispose() {
      observer.disconnect();
      instance.dispose();
    },
  };
}

/** 元 (exact decimal string) → 万元 as a number for plotting only; tables show the exact printed values. */
export function tenThousands(figure) {
  if (!figure) return null;
  if (figure.yuan !== null && figure.yuan !== undefined) return Number(figure.yuan) / 10000;
  if (figure.unit === '万元') return Number(figure.value);
  return null;
}
