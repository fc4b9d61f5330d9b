import type { Finding } from '../../../model/finding.js';
import { halfWidthDigits } from '../../../model/half-width.js';
import type { Source } from '../../../model/source.js';
import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { claimsOf, explains } from './lib/claims.js';
import { sectionText, sentenceAt } from './lib/text.js';

/** "对…2024年整体支出情况实施了…自评": the year a 整体支出 evaluation is about. */
const EVALUATED = /对[^。；\n]{0,40}?((?:19|20)\d{2})\s*年度?[^。；\n]{0,8}?整体支出/g;

/** A 情况说明 sentence opening with its year ("2024年度收入总计…", "柳林县医疗保障局[部门]2022年度…"). */
const OPENING_YEAR = /^[^，。；：\d与比较截至较]{0,30}?((?:19|20)\d{2})\s*年(?!\d)/;

/**
 * A heading or table title naming the 决算 it belongs to ("第三部分 2023年度部门决算情况说明", "2023年度收入支出决算总表");
 * not one about another year's 决算 ("2023年度决算审计发现问题整改情况").
 */
const LABEL_YEAR = /((?:19|20)\d{2})\s*年度?[^，。；：:]{0,16}?(?:(?:部门|单位)决算|决算(?:总?表|情况说明|公开))/;

/** The balance-sheet date of the 决算: "截至2024年12月31日", "截止2024年底（年末）". */
const YEAR_END = /截[至止]\s*((?:19|20)\d{2})\s*年\s*(?:12\s*月\s*31\s*日|末|底)/g;
/** What is counted at the balance-sheet date (vehicles, assets, staff), not a project's history ("截至2023年底累计投入"). */
const HOLDINGS = /车辆|资产|设备|编制|实有|人数|人员/;

interface Statement {
  year: number;
  quote: string;
  phrase: string;
  section: string;
  source: Source;
}

export const N_24 = defineRule(
  {
    id: 'N-24',
    family: 'narrative',
    severity: 'error',
    title: '标题、表名、“截至”日期与正文的决算年度一致',
    description: '封面标题所示的决算年度，应与各部分标题、表名、“截至××年12月31日”的日期以及正文所说的年度一致。',
    basis: '决算公开文件报告的是一个年度的收支，标题与正文年度不一致说明套用了其他年度的文件。',
    fix: '统一改为本决算年度。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const year = ctx.disclosure.document.year;
    if (!year) return notEvaluable('未能从标题确定决算年度');
    const statements: Statement[] = [];
    const headings = new Set<string>();
    for (const section of ctx.disclosure.sections) {
      // A heading naming its year's 决算 ("2023年度部门决算情况说明"), unless it names the document's year too.
      section.path.forEach((heading, depth) => {
        const scan = halfWidthDigits(heading);
        const label = LABEL_YEAR.exec(scan);
        if (!label || headings.has(heading) || scan.includes(`${year}`)) return;
        headings.add(heading);
        statements.push({ year: Number(label[1]), quote: heading, phrase: heading.slice(label.index, label.index + label[0].length), section: section.path.slice(0, depth + 1).join(' > '), source: section.source });
      });
      const t = sectionText(section);
      for (const pattern of [EVALUATED, YEAR_END]) {
        for (const m of t.scan.matchAll(pattern)) {
          const quote = sentenceAt(t.text, m.index);
          // "截至2023年12月31日…，截至2024年12月31日…" compares two year-ends.
          if (pattern === YEAR_END && Number(m[1]) !== year && (halfWidthDigits(quote).includes(`${year}`) || !HOLDINGS.test(quote))) continue;
          statements.push({ year: Number(m[1]), quote, phrase: t.text.slice(m.index, m.index + m[0].length), section: t.section, source: t.sourceAt(m.index) });
        }
      }
    }
    for (const table of ctx.disclosure.tables) {
      const label = LABEL_YEAR.exec(halfWidthDigits(table.title));
      if (label && !halfWidthDigits(table.title).includes(`${year}`)) statements.push({ year: Number(label[1]), quote: table.title, phrase: label[0], section: table.title, source: table.source });
    }
    const seen = new Set<string>();
    for (const c of claimsOf(ctx)) {
      if (!explains(c) || seen.has(c.quote)) continue;
      seen.add(c.quote);
      const m = OPENING_YEAR.exec(halfWidthDigits(c.quote));
      if (m) statements.push({ year: Number(m[1]), quote: c.quote, phrase: c.quote.slice(0, m[0].length), section: c.section, source: c.sentence });
    }
    // One finding per year named in place of the document's: every heading, title, date and sentence naming it.
    const byYear = new Map<number, Statement[]>();
    for (const s of statements) if (s.year !== year) byYear.set(s.year, [...(byYear.get(s.year) ?? []), s]);
    const findings: Finding[] = [...byYear].map(([other, [first, ...rest]]) =>
      makeFinding(rule, {
        message: `标题所示决算年度为${year}年，正文却称“${first!.phrase}”（${other}年）${rest.length ? `，另有 ${rest.length} 处（${[...new Set(rest.map((r) => `“${r.phrase}”`))].slice(0, 3).join('、')}${rest.length > 3 ? '等' : ''}）也写作${other}年` : ''}：年度前后不一致`,
        location: { section: first!.section, quote: first!.quote },
        expected: `${year}`,
        actual: `${other}`,
        sources: [...new Map([first!, ...rest].map((s) => [JSON.stringify(s.source), s.source])).values()],
      }),
    );
    return { checks: statements.length, findings };
  },
);
