// A print-ready single HTML file: inline CSS, A4 pages, wide tables on landscape pages (CSS named pages), table
// headers that repeat on every page (thead), Noto CJK fonts, charts as inline SVG, gaps highlighted. The PDF is
// this file printed by Chromium, so what the browser shows is what the PDF prints.
import type { DraftedDisclosure, DraftParagraph } from '../draft/drafted.js';
import { renderCharts, type RenderedChart } from './charts.js';
import { documentPlan, type PlanItem } from './document.js';
import { isCovered, type PrintedCell } from './grid.js';
import { layoutTables, type ColumnKind, type PrintedTable } from './table-layout.js';

export interface HtmlRenderOptions {
  /** Charts already drawn (shared with other formats); drawn here otherwise. */
  charts?: Map<string, RenderedChart>;
  tables?: PrintedTable[];
  /**
   * How charts are embedded: inline SVG (default; sharp at any zoom, selectable labels) or PNG. The PDF uses PNG:
   * printed SVG labels become loose numbers in the PDF's text layer, which a reader of the package (ours included)
   * would take for narrative figures without units.
   */
  chartsAs?: 'svg' | 'png';
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Relative column widths by what a column holds (the browser still widens a column for unbreakable amounts). */
const COLUMN_WEIGHT: Record<ColumnKind, number> = { code: 1.1, 'code-part': 0.5, name: 2.8, label: 3.4, 'row-number': 0.6, amount: 1.4 };

const STYLE = `
@page { size: A4 portrait; margin: 20mm 18mm 18mm 18mm; }
@page landscape { size: A4 landscape; margin: 14mm 12mm 14mm 12mm; }
html { font-family: "Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", serif; font-size: 11.5pt; line-height: 1.7; color: #000; }
body { margin: 0; }
h1, h2, h3, h4, .table-title, table { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif; }
.cover { break-after: page; min-height: 230mm; display: flex; flex-direction: column; justify-content: center; text-align: center; }
.cover h1 { font-size: 26pt; line-height: 1.5; margin: 0 0 12mm 0; }
.cover p { font-size: 14pt; margin: 0; }
h2.part { font-size: 16pt; text-align: center; margin: 0 0 6mm 0; break-before: page; break-after: avoid; }
h3 { font-size: 13pt; margin: 5mm 0 2mm 0; break-after: avoid; }
h4 { font-size: 12pt; margin: 4mm 0 2mm 0; break-after: avoid; }
p.text { text-indent: 2em; margin: 0 0 2mm 0; text-align: justify; }
.figure { font-variant-numeric: tabular-nums; }
mark.gap { background: #fff2a8; color: #9c2500; border-bottom: 1.5pt dashed #d04a00; padding: 0 1pt; }
/* In print, filled boxes and rules behind text read as table lines to a PDF reader, and justified Chinese spreads
   characters apart in the text layer: gaps are marked by colour and weight only, paragraphs are ragged-right. */
@media print { mark.gap { background: none; border: 0; padding: 0; font-weight: bold; color: #b00000; } p.text { text-align: start; } }
figure.chart { margin: 4mm auto; text-align: center; break-inside: avoid; }
figure.chart svg, figure.chart img { max-width: 100%; height: auto; }
section.table { break-before: page; }
section.table.landscape { page: landscape; }
h2.part + section.table.portrait { break-before: auto; }
.table-title { font-size: 15pt; font-weight: bold; text-align: center; margin: 0 0 1mm 0; }
/* inset from the right edge: a line ending at the margin reads (in PDF) as wrapped text that continues below */
.table-label { text-align: right; font-size: 9.5pt; margin: 0; padding-right: 3em; }
.table-year { text-align: center; font-size: 10pt; margin: 0; }
.table-meta { display: flex; justify-content: space-between; font-size: 9.5pt; margin: 0 0 1.5mm 0; }
table.standard { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.35; }
table.standard.dense { font-size: 7.5pt; }
table.standard th, table.standard td { border: 0.75pt solid #000; padding: 1.2pt 2.5pt; vertical-align: middle; }
table.standard thead { display: table-header-group; }
table.standard tr { break-inside: avoid; }
table.standard th { font-weight: bold; text-align: center; background: #f2f2f2; }
table.standard td.amount { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.standard td.code, table.standard td.row-number { text-align: center; white-space: nowrap; }
table.standard td.section { font-weight: bold; }
table.standard td.name.l1 { padding-left: 1em; }
table.standard td.name.l2 { padding-left: 2em; }
table.standard td.bold { font-weight: bold; }
table.standard td.total-label { text-align: center; }
p.table-note { font-size: 9pt; margin: 1.5mm 0 0 0; text-indent: 0; }
/* on screen: a page-wide column of text, wide tables as wide as a landscape page */
@media screen { body { max-width: 180mm; margin: 0 auto; padding: 10mm; } section.table.landscape { width: 273mm; margin-left: calc((180mm - 273mm) / 2); } }
`;

/** The package as one self-contained HTML document. */
export function renderHtml(drafted: DraftedDisclosure, options: HtmlRenderOptions = {}): string {
  const tables = options.tables ?? layoutTables(drafted);
  const charts = options.charts ?? renderCharts(drafted.charts);
  const body = documentPlan(drafted, tables)
    .map((item) => renderItem(item, charts, options.chartsAs ?? 'svg'))
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="决算通 juesuan">
<title>${escape(drafted.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function renderItem(item: PlanItem, charts: Map<string, RenderedChart>, chartsAs: 'svg' | 'png'): string {
  switch (item.kind) {
    case 'cover':
      return `<section class="cover"><h1>${escape(item.title)}</h1></section>`;
    case 'part':
      return `<h2 class="part">${escape(item.heading)}</h2>`;
    case 'section': {
      const tag = item.level >= 2 ? 'h4' : 'h3';
      return `<${tag}>${escape(item.heading)}</${tag}>`;
    }
    case 'paragraph':
      return `<p class="text">${runsHtml(item.runs)}</p>`;
    case 'chart': {
      const chart = charts.get(item.chart.id);
      if (!chart) return '';
      if (chartsAs === 'png') {
        const src = `data:image/png;base64,${Buffer.from(chart.png()).toString('base64')}`;
        return `<figure class="chart"><img src="${src}" alt="${escape(item.chart.title)}" width="${chart.size.width}" height="${chart.size.height}"></figure>`;
      }
      return `<figure class="chart" role="img" aria-label="${escape(item.chart.title)}">${chart.svg}</figure>`;
    }
    case 'table':
      return tableHtml(item.table);
  }
}

/** Figures and gaps are marked so a reader sees what was computed and what is still to be filled in. */
export function runsHtml(runs: DraftParagraph): string {
  return runs
    .map((r) => (r.kind === 'gap' ? `<mark class="gap" title="待补充">${escape(r.text)}</mark>` : r.kind === 'figure' ? `<span class="figure">${escape(r.text)}</span>` : escape(r.text)))
    .join('');
}

function cellHtml(cell: PrintedCell, tag: 'th' | 'td'): string {
  const classes = [cell.role, cell.level ? `l${cell.level}` : '', cell.bold && tag === 'td' ? 'bold' : '', cell.role === 'label' && cell.colSpan > 1 ? 'total-label' : ''].filter(Boolean);
  const attrs = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${classes.length ? ` class="${classes.join(' ')}"` : ''}`;
  return `<${tag}${attrs}>${escape(cell.text)}</${tag}>`;
}

export function tableHtml(table: PrintedTable): string {
  const total = table.columns.reduce((s, k) => s + COLUMN_WEIGHT[k], 0);
  const cols = table.columns.map((k) => `<col style="width:${((COLUMN_WEIGHT[k] / total) * 100).toFixed(2)}%">`).join('');
  const rows = table.rows.map((row, r) => {
    const tag = r < table.headerRows ? 'th' : 'td';
    return `<tr>${row.map((slot) => (isCovered(slot) ? '' : cellHtml(slot, tag))).join('')}</tr>`;
  });
  const head = rows.slice(0, table.headerRows).join('\n');
  const body = rows.slice(table.headerRows).join('\n');
  const meta = [table.department ? `<span>部门名称：${escape(table.department)}</span>` : '<span></span>', `<span>${escape(table.unitLine)}</span>`].join('');
  return `<section class="table ${table.orientation}" id="${table.id}">
<h3 class="table-title">${escape(table.title)}</h3>
<p class="table-label">${escape(table.label)}</p>
${table.yearLine ? `<p class="table-year">${escape(table.yearLine)}</p>\n` : ''}<div class="table-meta">${meta}</div>
<table class="standard${table.columns.length > 12 ? ' dense' : ''}">
<colgroup>${cols}</colgroup>
<thead>
${head}
</thead>
<tbody>
${body}
</tbody>
</table>
${table.notes.map((n) => `<p class="table-note">${escape(n)}</p>`).join('\n')}
</section>`;
}
