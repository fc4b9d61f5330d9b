import { FUNCTION_CODES } from '../../../catalog/function-codes.js';
import type { Finding } from '../../../model/finding.js';
import type { AuditContext } from '../../context.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { claimsOf, sectionName, where } from './lib/claims.js';
import { bare, chainNames, FUNCTION_TABLES, namesOf } from './lib/item-names.js';

/** Names many 款 share ("行政运行", "事业运行", "其他…支出"): naming one of them says nothing about which item it is. */
const GENERIC = /^(?:行政运行|一般行政管理事务|机关服务|事业运行|其他.*)$/;
/** Shorter names are words ("医疗", "补助") rather than the name of an item. */
const MIN_NAME = 4;

const bigrams = (text: string): Set<string> => new Set([...text].slice(1).map((c, i) => `${text[i]}${c}`));

/** Every 项 the document prints or the catalog knows, with a name specific enough to identify it. */
function itemNames(ctx: AuditContext): Map<string, string> {
  const codes = new Set([...FUNCTION_CODES.keys(), ...FUNCTION_TABLES.flatMap((t) => ctx.tableInfo(t)?.codes.map((c) => c.code) ?? [])]);
  const names = new Map<string, string>();
  for (const code of codes) {
    if (code.length !== 7) continue;
    for (const name of namesOf(ctx, code)) if (name.length >= MIN_NAME && !GENERIC.test(name)) names.set(name, code);
  }
  return names;
}

export const N_38 = defineRule(
  {
    id: 'N-38',
    family: 'narrative',
    severity: 'warning',
    title: '科目的“主要用于”说明写的是本科目的用途',
    description:
      '一般公共预算支出具体情况中，某个项级科目“主要用于：……”的说明，如果写的是另一个科目的用途（例如住房公积金（项）写成“主要用于：事业单位医疗保险支出”），多半是从其他科目复制后未改。说明与本科目名称毫无共同之处、又恰好写出另一个项级科目的名称时提示。',
    basis: '情况说明应说明每个项级科目的支出用途（预算法实施条例：决算按功能分类公开到项）；用途应与科目名称相符。',
    fix: '按本科目的实际支出内容改写“主要用于”的说明。',
    kinds: FINAL_ACCOUNTS,
  },
  (ctx, rule) => {
    const items = itemNames(ctx);
    const findings: Finding[] = [];
    const seen = new Set<string>();
    let checks = 0;
    for (const claim of claimsOf(ctx)) {
      const purpose = claim.purpose;
      if (!purpose || !claim.subject.startsWith('功能:') || seen.has(`${claim.section}|${claim.subject}`)) continue;
      seen.add(`${claim.section}|${claim.subject}`);
      const code = claim.subject.slice(3);
      const printed = chainNames(claim.label ?? '');
      const own = [...namesOf(ctx, code), ...[printed.项, printed.款].filter((n): n is string => !!n).map(bare)];
      // A catch-all or a running-cost item (其他…支出, 行政运行) may be for anything.
      if (own.some((name) => GENERIC.test(name))) continue;
      const chain = [printed.类, printed.款, printed.项].filter((n): n is string => !!n).map(bare);
      checks++;
      // A description sharing any two characters in a row with the item's own names may well describe it.
      const words = bigrams(purpose);
      if (own.some((name) => [...bigrams(name)].some((b) => words.has(b)))) continue;
      const other = [...items]
        .filter(([name, c]) => c !== code && purpose.includes(name) && !chain.some((n) => n.includes(name)))
        .sort((a, b) => b[0].length - a[0].length)[0];
      if (!other) continue;
      const [name, otherCode] = other;
      findings.push(
        makeFinding(rule, {
          message: `${sectionName(claim)}所列“${claim.label ?? code}”写作“主要用于：${purpose}”，这是 ${otherCode} ${name}的用途，与本科目（${code} ${own[0] ?? ''}）不符，可能是从其他科目复制后未改`,
          location: where(claim),
          expected: `${own[0] ?? code}的用途`,
          actual: `主要用于：${purpose}`,
          sources: [claim.source],
        }),
      );
    }
    return { checks, findings };
  },
);
