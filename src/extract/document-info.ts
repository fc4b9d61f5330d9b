import type { DocumentKind } from '../model/disclosure.js';
import { TERMS } from '../model/glossary.js';
import type { Source } from '../model/source.js';
import type { Block } from '../read/layout.js';
import { compact } from './normalize.js';
import type { TableRegion } from './table-region.js';

/** How many leading lines make up the cover/title area. */
const TITLE_LINES = 8;
const WINDOW_LINES = 40;
const PARAGRAPH = 40;

const ORGANISATION = /(?:局|委员会|委|办公室|办|院|厅|部|中心|站|所|馆|会|队|处|署|社|团|校|园|公司)$/;

function leadingLines(blocks: Block[], n: number): string[] {
  const lines: string[] = [];
  for (const b of blocks) {
    if (lines.length === n) break;
    if (b.kind !== 'line') continue;
    const t = compact(b.text);
    if (t !== '' && !/^(目录|附件\d*[：:]?)$/.test(t)) lines.push(t);
  }
  return lines;
}

/** The cover: the short lines before the first paragraph of running text. */
function titleLines(blocks: Block[]): string[] {
  const lines = leadingLines(blocks, TITLE_LINES);
  const firstParagraph = lines.findIndex((t) => t.length > PARAGRAPH);
  return firstParagraph < 0 ? lines : lines.slice(0, firstParagraph);
}

/**
 * The kind of document its words name: the title first, the first pages second; undefined when they name none
 * (a file holding only the tables, with no title).
 */
export function namedKind(blocks: Block[]): DocumentKind | undefined {
  const title = titleLines(blocks).join('');
  const window = leadingLines(blocks, WINDOW_LINES).join('');
  for (const text of [title, window]) {
    if (text.includes('决算')) return text.includes('单位决算') && !text.includes('部门决算') ? TERMS.unitFinalAccounts : TERMS.departmentFinalAccounts;
    if (/绩效.*(自评|评价)|(自评|评价)报告/.test(text)) return TERMS.performanceReport;
    if (/(部门|单位)预算|预算公开|预算表|预算情况说明/.test(text)) return text.includes('单位预算') ? TERMS.unitBudget : TERMS.departmentBudget;
  }
  return undefined;
}

/**
 * The year reported on: the first four-digit year in the title area, else the first 20XX年度 anywhere, else the
 * year a table's title names ("2018年政府采购预算表": a file of tables without a cover).
 */
export function documentYear(blocks: Block[], regions: readonly TableRegion[] = []): number | undefined {
  for (const line of titleLines(blocks)) {
    const m = /(20\d{2}|19\d{2})年/.exec(line);
    if (m) return Number(m[1]);
  }
  for (const b of blocks) {
    if (b.kind !== 'line') continue;
    const m = /(20\d{2})年度/.exec(b.text);
    if (m) return Number(m[1]);
  }
  for (const r of regions) {
    const m = /(20\d{2})年/.exec(r.title);
    if (m) return Number(m[1]);
  }
  return undefined;
}

const cleanDepartment = (name: string): string => compact(name).replace(/[[【［][^\]】］]*[\]】］]$/, '');

/** "第二部分 " before a name in a heading or a contents line. */
const PART_PREFIX = /^第[一二三四五六七八九十]+部分/;

/** The organisation a title line names ("上海市普陀区规划和自然资源局2024年度部门决算" → the bureau), if any. */
function organisationIn(line: string): string | undefined {
  // the year may open the line ("2018 年度江苏省高级人民法院预算公开") or follow the name
  const name = cleanDepartment(compact(line).replace(PART_PREFIX, '').replace(/^\d{4}年度?/, '').replace(/(\d{4}年度?)?(部门|单位)?(整体支出)?(决算|预算|绩效).*$/, '').replace(/部门$/, ''));
  return name.length >= 4 && name.length <= 40 && ORGANISATION.test(name) ? name : undefined;
}

/** Organisations the cover names, first to last: on one line, or on two (a long name wraps on a cover). */
function coverNames(blocks: Block[]): string[] {
  const lines = titleLines(blocks);
  const names: string[] = [];
  lines.forEach((line, k) => {
    for (const text of [line, k + 1 < lines.length ? line + lines[k + 1]! : undefined]) {
      const name = text === undefined ? undefined : organisationIn(text);
      if (name && !names.includes(name)) names.push(name);
    }
  });
  return names;
}

/**
 * The department: as printed above the tables (部门名称, by most tables); else the organisation the cover names, unless the
 * document's headings and its 决算编制范围 sentence agree (twice or more) on another name that confirms none of
 * the cover's: a cover line can be garbled (a scan's large type) where the running headings are not.
 */
export function documentDepartment(blocks: Block[], regions: TableRegion[]): string | undefined {
  // the name printed above most tables: one table's may be cut short by a line break
  const printed = new Map<string, number>();
  for (const r of regions) if (r.department) printed.set(cleanDepartment(r.department), (printed.get(cleanDepartment(r.department)) ?? 0) + 1);
  const [mostPrinted] = [...printed].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (mostPrinted) return mostPrinted;
  const mentioned = new Map<string, number>();
  for (const m of departmentMentions(blocks, [])) mentioned.set(m.name, (mentioned.get(m.name) ?? 0) + 1);
  const [agreed, times = 0] = [...mentioned].sort((a, b) => b[1] - a[1])[0] ?? [];
  const cover = coverNames(blocks);
  const confirmed = cover.find((name) => mentioned.has(name));
  if (confirmed) return confirmed;
  if (agreed && times >= 2) return agreed;
  return cover[0] ?? [...mentioned.keys()][0];
}

/** The administrative area named at the start of the department's name (汾阳市, 新乡市凤泉区 …). */
export function documentRegion(department: string | undefined): string | undefined {
  // a party organ names its region after the party: 中国共产党江苏省委员会办公厅, 中共江苏省委办公厅
  const m = department && /^(?:中国共产党|中共)?(.+?(?:省|自治区|市|州|盟|地区))?(.+?(?:区|县|旗|市))?/.exec(department);
  if (!m) return undefined;
  const region = (m[1] ?? '') + (m[2] ?? '');
  return region && region.length < department!.length ? region : undefined;
}

/** The unit most tables are printed in. */
export function documentUnit(regions: TableRegion[]): string | undefined {
  const counts = new Map<string, number>();
  for (const r of regions) if (r.unit) counts.set(r.unit, (counts.get(r.unit) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

// "第二部分 上海市普陀区规划和自然资源局 2024 年度部门决算表", "纳入…2024年度部门决算编制范围"
const NAMED_HEADING = /^(?:第[一二三四五六七八九十]+部分)?(.{4,40}?)\d{4}年度?(?:部门|单位)决算(?:表|公开|情况说明|报告)?$/;
const SCOPE_SENTENCE = /纳入(.{4,40}?)\d{4}年度?(?:部门|单位)决算编制范围/;

/** Every place the document names its department: headings, the 决算编制范围 sentence, 部门名称 above tables. */
export function departmentMentions(blocks: Block[], regions: TableRegion[]): { name: string; quote: string; source: Source }[] {
  const mentions: { name: string; quote: string; source: Source }[] = [];
  for (const b of blocks) {
    if (b.kind !== 'line') continue;
    const text = compact(b.text);
    const m = NAMED_HEADING.exec(text) ?? SCOPE_SENTENCE.exec(text);
    const name = m && cleanDepartment(m[1]!);
    if (name && ORGANISATION.test(name)) mentions.push({ name, quote: b.text, source: b.source });
  }
  for (const r of regions) if (r.department) mentions.push({ name: cleanDepartment(r.department), quote: `部门名称：${r.department}`, source: r.source });
  return mentions;
}
