import type { Disclosure } from '../model/disclosure.js';
import type { TableId } from '../model/table-id.js';

/**
 * A disclosure package ready to render: the tables' facts as given (never changed by drafting), plus the
 * 概况, 情况说明 and 名词解释 written from them, and the charts that go with them. This is the contract between
 * src/draft (which produces it) and src/render (which lays it out as HTML, PDF, DOCX or XLSX).
 */
export interface DraftedDisclosure {
  /** The facts and document info the draft was written from; renderers lay out the standard tables from these. */
  disclosure: Disclosure;
  /** Title as printed on the cover, e.g. 某某局2024年度部门决算. */
  title: string;
  /** The parts of the package in print order (第一部分 部门概况, 第三部分 情况说明, 第四部分 名词解释 …). */
  parts: DraftPart[];
  /** Tables in print order, each with the 说明 printed under it when it has no data. */
  tables: DraftTable[];
  charts: ChartSpec[];
}

export interface DraftPart {
  /** Stable id, e.g. 'overview', 'explanation', 'glossary'. */
  id: string;
  heading: string;
  sections: DraftSection[];
}

export interface DraftSection {
  /** Stable id, e.g. 'income-expenditure-total', 'three-public'. */
  id: string;
  /** The heading as printed; '' for a section that has none of its own (the 名词解释 list under its part heading). */
  heading: string;
  /** Heading level inside its part: 1 for 一、…, 2 for （一）…; absent means 1. */
  level?: number;
  paragraphs: DraftParagraph[];
  /** Charts (by ChartSpec.id) drawn after this section's text. */
  charts?: string[];
}

/** A paragraph is a sequence of runs; renderers concatenate their text and may style figures and gaps. */
export type DraftParagraph = readonly DraftRun[];

export type DraftRun =
  | { kind: 'text'; text: string }
  /** A number written from the facts, formatted as the regime prints it. */
  | { kind: 'figure'; text: string }
  /** Something only the user can know (主要原因, 概况 text): printed as a visible placeholder, counted by the CLI. */
  | { kind: 'gap'; text: string };

export interface DraftTable {
  id: TableId;
  /** The 说明 printed under an empty table (e.g. 本单位2024年度没有政府性基金预算财政拨款收入…). */
  note?: string;
}

/** A chart as data; src/render draws it with ECharts (SVG) for every output format. */
export interface ChartSpec {
  id: string;
  title: string;
  kind: 'bar' | 'pie';
  /** Unit of the values, e.g. 万元. */
  unit: string;
  categories: string[];
  /** Values as exact decimal strings, one per category. */
  series: { name: string; values: string[] }[];
  /**
   * Pie charts: the total the shares are of, as the narrative states them (本年支出合计), when it is not just the
   * sum of the slices (the printed parts may differ from the printed total by 尾差).
   */
  whole?: string;
}
